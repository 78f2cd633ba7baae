// Property tests: whatever damage a log suffers, replay either returns exactly the
// records before the first damaged one (cutting a torn tail) or throws WAL_CORRUPT —
// which of the two is dictated by where the damage is — and never a changed record.

import fc from 'fast-check';
import { promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StorageError } from '../../server/storage/errors';
import { FRAME_HEADER_BYTES } from '../../server/storage/record-format';
import { parseSegmentFileName } from '../../server/storage/segment';
import { Wal } from '../../server/storage/wal';
import { makeTempDir, removeDir } from './helpers';

interface Placement {
  readonly segment: number; // position of its file among the segment files
  readonly start: number; // byte offset of the frame in that file
  readonly end: number;
}

/** Where each record's frame lies, derived from file names and payload lengths alone. */
function placeRecords(dir: string, payloadLengths: number[]): { files: string[]; placements: Placement[] } {
  const names = readdirSync(dir).filter((name) => parseSegmentFileName(name) !== null).sort();
  const firsts = names.map((name) => parseSegmentFileName(name) as number);
  const placements: Placement[] = [];
  let offset = 0;
  for (let i = 0; i < payloadLengths.length; i++) {
    const index = i + 1;
    const segment = firsts.filter((first) => first <= index).length - 1;
    if (firsts[segment] === index) offset = 0;
    const end = offset + FRAME_HEADER_BYTES + payloadLengths[i];
    placements.push({ segment, start: offset, end });
    offset = end;
  }
  return { files: names.map((name) => path.join(dir, name)), placements };
}

type Expected = { kind: 'corrupt' } | { kind: 'prefix'; count: number };

/** The documented outcome for a set of damaged records. */
function expectedOutcome(damaged: boolean[], placements: Placement[], segmentCount: number): Expected {
  const firstDamaged = damaged.indexOf(true);
  if (firstDamaged === -1) return { kind: 'prefix', count: damaged.length };
  const lastSegment = segmentCount - 1;
  const damageOutsideLast = damaged.some((isDamaged, i) => isDamaged && placements[i].segment !== lastSegment);
  if (damageOutsideLast) return { kind: 'corrupt' };
  const intactAfterDamage = damaged.some((isDamaged, i) => !isDamaged && i > firstDamaged);
  return intactAfterDamage ? { kind: 'corrupt' } : { kind: 'prefix', count: firstDamaged };
}

const damageCase = fc.record({
  payloads: fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 40 }),
  segmentBytes: fc.integer({ min: 64, max: 4096 }),
  flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { maxLength: 3 }),
  truncation: fc.option(fc.record({ lastFile: fc.boolean(), file: fc.nat(), at: fc.nat() })),
});

describe('Wal replay under random damage (property)', () => {
  it('returns exactly the undamaged prefix or throws WAL_CORRUPT, as the damage dictates, never altered bytes', async () => {
    let runs = 0;
    const outcomes = { intact: 0, tailCut: 0, corrupt: 0 };
    await fc.assert(
      fc.asyncProperty(damageCase, async ({ payloads, segmentBytes, flips, truncation }) => {
        const dir = makeTempDir('wal-prop');
        try {
          const { wal } = await Wal.open(dir, { segmentBytes });
          await wal.appendAndSync(payloads);
          await wal.close();
          const { files, placements } = placeRecords(dir, payloads.map((p) => p.length));
          const sizes = files.map((file) => statSync(file).size);
          const damaged = payloads.map(() => false);
          const markRange = (segment: number, from: number, to: number): void => {
            placements.forEach((p, i) => {
              if (p.segment === segment && p.end > from && p.start < to) damaged[i] = true;
            });
          };

          // Bit flips at distinct byte positions across all files (so non-last segments get hit too).
          const totalBytes = sizes.reduce((a, b) => a + b, 0);
          const flipped = new Map<number, number>();
          for (const flip of flips) flipped.set(flip.at % totalBytes, 1 << flip.bit);
          for (const [global, mask] of flipped) {
            let segment = 0;
            let offset = global;
            while (offset >= sizes[segment]) offset -= sizes[segment++];
            const handle = await fs.open(files[segment], 'r+');
            const byte = Buffer.alloc(1);
            await handle.read(byte, 0, 1, offset);
            byte[0] ^= mask;
            await handle.write(byte, 0, 1, offset);
            await handle.close();
            markRange(segment, offset, offset + 1);
          }
          // A truncation strictly inside one file, biased towards the last (the realistic case).
          if (truncation !== null) {
            const segment = truncation.lastFile ? files.length - 1 : truncation.file % files.length;
            const at = truncation.at % sizes[segment];
            await fs.truncate(files[segment], at);
            markRange(segment, at, Infinity);
          }

          const expected = expectedOutcome(damaged, placements, files.length);
          let replayed;
          try {
            replayed = await Wal.open(dir, { segmentBytes });
          } catch (err) {
            if (!(err instanceof StorageError) || err.code !== 'WAL_CORRUPT') throw err;
            expect(expected.kind).toBe('corrupt');
            outcomes.corrupt++;
            return;
          }
          await replayed.wal.close();
          expect(expected).toEqual({ kind: 'prefix', count: replayed.records.length });
          replayed.records.forEach((record, i) => {
            expect(record.index).toBe(i + 1);
            expect(Buffer.from(record.payload).equals(Buffer.from(payloads[i]))).toBe(true);
          });
          if (replayed.records.length === payloads.length) outcomes.intact++;
          else outcomes.tailCut++;
        } finally {
          runs++;
          removeDir(dir);
        }
      }),
      { numRuns: 300 },
    );
    console.log(`wal damage property: ${runs} runs, outcomes ${JSON.stringify(outcomes)}`);
    expect(outcomes.tailCut).toBeGreaterThan(0);
    expect(outcomes.corrupt).toBeGreaterThan(0);
  });

  it('matches an in-memory model across appends, reopens and truncateBefore', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), payloads: fc.array(fc.uint8Array({ maxLength: 120 }), { minLength: 1, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('reopen' as const) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: 60 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), fc.integer({ min: 100, max: 1000 }), async (ops, segmentBytes) => {
        const dir = makeTempDir('wal-model');
        try {
          const model = new Map<number, Buffer>();
          let truncatedBefore = 1;
          let { wal } = await Wal.open(dir, { segmentBytes });
          for (const step of ops) {
            if (step.kind === 'append') {
              const indexes = await wal.appendAndSync(step.payloads);
              indexes.forEach((index, i) => model.set(index, Buffer.from(step.payloads[i])));
            } else if (step.kind === 'truncate') {
              await wal.truncateBefore(step.at);
              truncatedBefore = Math.max(truncatedBefore, step.at);
              // Never deletes a record at or above a truncation point.
              expect(wal.firstIndex).toBeLessThanOrEqual(truncatedBefore);
            } else {
              await wal.close();
              const reopened = await Wal.open(dir, { segmentBytes });
              wal = reopened.wal;
              const expected = [...model.entries()].filter(([index]) => index >= wal.firstIndex);
              expect(reopened.records.map((r) => r.index)).toEqual(expected.map(([index]) => index));
              reopened.records.forEach((r, i) => expect(Buffer.from(r.payload).equals(expected[i][1])).toBe(true));
              expect(wal.nextIndex).toBe(model.size + 1);
            }
          }
          await wal.close();
        } finally {
          removeDir(dir);
        }
      }),
      { numRuns: 100 },
    );
  });
});
