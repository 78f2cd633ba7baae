// Opening a log directory: read every segment, check it, repair a torn tail.
//
// A process crash (or power loss) can leave the last write incomplete. Records in that
// write were never acknowledged (acknowledgement waits for fdatasync), so cutting them
// loses nothing anyone was promised. Damage anywhere else means the disk lost or
// changed data we had synced; we refuse to start rather than forget a promise or an
// accepted value. The exact torn-vs-corrupt rule lives in segment.ts (scanSegment).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diskError, StorageCorruptionError } from './errors';
import { ensureDirectory, syncDirectory } from './file-io';
import type { StorageLogger } from './logger';
import { listSegments, scanSegment, segmentFileName, type SegmentFile, type WalRecord } from './segment';

export const FIRST_RECORD_INDEX = 1;

export interface ReplayedLog {
  readonly records: WalRecord[];
  /** Every segment file, oldest first; the last one is where appends go. */
  readonly segments: SegmentFile[];
  /** Size of the last segment after any tail repair. */
  readonly lastSegmentBytes: number;
  readonly nextIndex: number;
}

export async function replayLog(dir: string, logger: StorageLogger): Promise<ReplayedLog> {
  try {
    await ensureDirectory(dir);
  } catch (err) {
    throw diskError(err, `creating wal directory ${dir}`);
  }
  const segments = await listSegments(dir);
  if (segments.length === 0) return createFirstSegment(dir);

  const records: WalRecord[] = [];
  let nextIndex = segments[0].firstIndex;
  let lastSegmentBytes = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const isLast = i === segments.length - 1;
    if (segment.firstIndex !== nextIndex) {
      throw new StorageCorruptionError('WAL_CORRUPT', segment.path, 0,
        `segment starts at record ${segment.firstIndex} but the log before it ends at record ${nextIndex - 1} (missing or extra records)`);
    }
    const contents = await fs.readFile(segment.path);
    const scan = scanSegment(contents, segment, isLast);
    for (const record of scan.records) records.push(record);
    nextIndex += scan.records.length;
    lastSegmentBytes = scan.validBytes;
    if (scan.torn !== null) {
      logger.warn(
        { file: segment.path, offset: scan.torn.offset, cutBytes: contents.length - scan.torn.offset, reason: scan.torn.reason, nextIndex },
        'wal: torn record at the tail of the log (never acknowledged); truncating it away',
      );
      await truncateFile(segment.path, scan.validBytes);
    }
  }
  logger.info({ dir, segments: segments.length, records: records.length, nextIndex }, 'wal: replayed');
  return { records, segments, lastSegmentBytes, nextIndex };
}

async function createFirstSegment(dir: string): Promise<ReplayedLog> {
  const name = segmentFileName(FIRST_RECORD_INDEX);
  const segment: SegmentFile = { firstIndex: FIRST_RECORD_INDEX, name, path: path.join(dir, name) };
  try {
    await (await fs.open(segment.path, 'wx', 0o600)).close();
    await syncDirectory(dir);
  } catch (err) {
    throw diskError(err, `creating ${segment.path}`);
  }
  return { records: [], segments: [segment], lastSegmentBytes: 0, nextIndex: FIRST_RECORD_INDEX };
}

async function truncateFile(file: string, bytes: number): Promise<void> {
  try {
    const handle = await fs.open(file, 'r+');
    try {
      await handle.truncate(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw diskError(err, `truncating torn tail of ${file}`);
  }
}
