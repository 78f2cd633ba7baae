// Child process for wal-kill9.test.ts. Opens the WAL, then appends records forever from
// several concurrent writers with group commit, printing "A <index>" for each record only
// after its flush() resolved (i.e. after fdatasync). The parent SIGKILLs it at a random
// moment. stdout to a pipe is synchronous on Linux, so every printed line reached the
// parent before the kill could land after it.
//
// Usage: node scripts/run-ts.js test/storage/wal-kill9-child.ts DIR ROUND SEGMENT_BYTES

import { Wal } from '../../server/storage/wal';
import type { StorageLogger } from '../../server/storage/logger';
import { killPayload } from './kill9-payload';

const WRITERS = 6;
const KEEP_RECORDS = 500; // bound the directory: truncate older segments at startup

const stderrLogger: StorageLogger = {
  warn: (obj, msg) => process.stderr.write(`warn ${msg} ${JSON.stringify(obj)}\n`),
  info: () => undefined,
  error: (obj, msg) => process.stderr.write(`error ${msg} ${JSON.stringify(obj)}\n`),
};

/** Never outlive the test: exit when the parent's end of stdin closes, or after a while. */
function stopWithParent(): void {
  process.stdin.on('end', () => process.exit(2));
  process.stdin.on('error', () => process.exit(2));
  process.stdin.resume();
  setTimeout(() => process.exit(3), 60_000);
}

async function main(): Promise<void> {
  stopWithParent();
  const [dir, roundText, segmentText] = process.argv.slice(2);
  const round = Number(roundText);
  const { wal } = await Wal.open(dir, { segmentBytes: Number(segmentText), logger: stderrLogger });
  if (wal.lastIndex - wal.firstIndex > 2 * KEEP_RECORDS) {
    const below = wal.lastIndex - KEEP_RECORDS;
    process.stdout.write(`T ${below}\n`); // announced before any file is deleted
    await wal.truncateBefore(below);
  }
  process.stdout.write(`R ${wal.nextIndex}\n`);
  let batch = round;
  const writer = async (): Promise<never> => {
    for (;;) {
      batch = (batch * 1103515245 + 12345) % 2 ** 31;
      const count = 1 + (batch % 4);
      const indexes: number[] = [];
      for (let i = 0; i < count; i++) {
        const index = wal.nextIndex;
        if (wal.append(killPayload(index, round)) !== index) throw new Error('append returned an unexpected index');
        indexes.push(index);
      }
      await wal.flush();
      process.stdout.write(indexes.map((index) => `A ${index}\n`).join(''));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

main().catch((err: unknown) => {
  process.stderr.write(`child failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
