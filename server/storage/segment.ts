// Segment files: naming, listing, and checking the frames of one file.
//
// The log is a sequence of files `wal-<first index, 16 digits>.log`, each holding
// consecutive frames (record-format.ts) and nothing else: no file header, so a segment
// whose creation was cut short is simply empty. Only the last segment is ever written.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StorageCorruptionError } from './errors';
import { assertSafeIndex } from './invariant';
import { decodeFrame, findNextValidFrame } from './record-format';

export interface WalRecord {
  readonly index: number;
  readonly payload: Uint8Array;
}

export interface SegmentFile {
  readonly firstIndex: number;
  readonly name: string;
  readonly path: string;
}

const SEGMENT_INDEX_DIGITS = 16; // 2^53 - 1 has 16 decimal digits
const SEGMENT_NAME = /^wal-(\d{16})\.log$/;

export function segmentFileName(firstIndex: number): string {
  assertSafeIndex(firstIndex, 'segment first index');
  return `wal-${String(firstIndex).padStart(SEGMENT_INDEX_DIGITS, '0')}.log`;
}

export function parseSegmentFileName(name: string): number | null {
  const match = SEGMENT_NAME.exec(name);
  if (match === null) return null;
  const firstIndex = Number(match[1]);
  return Number.isSafeInteger(firstIndex) && firstIndex >= 1 ? firstIndex : null;
}

/** Segment files of `dir` in index order; other files are ignored. */
export async function listSegments(dir: string): Promise<SegmentFile[]> {
  const segments: SegmentFile[] = [];
  for (const name of await fs.readdir(dir)) {
    const firstIndex = parseSegmentFileName(name);
    if (firstIndex !== null) segments.push({ firstIndex, name, path: path.join(dir, name) });
  }
  return segments.sort((a, b) => a.firstIndex - b.firstIndex);
}

export interface SegmentScan {
  readonly records: WalRecord[];
  /** Bytes from the start of the file up to the end of the last intact frame. */
  readonly validBytes: number;
  /** Set when the last segment ends in a torn or corrupt frame that nothing valid follows. */
  readonly torn: { readonly offset: number; readonly reason: string } | null;
}

/**
 * Checks every frame of one segment. The rules (see wal.ts for why):
 * - frames must carry consecutive indexes starting at the file's first index;
 * - a bad frame in a segment that is not the last one is corruption;
 * - a bad frame in the last segment is a torn tail only if no valid frame starts
 *   anywhere after it; if one does, records after the damage exist and cutting would
 *   lose them silently, so it is corruption.
 * Corruption throws StorageCorruptionError (WAL_CORRUPT) naming the file and offset.
 */
export function scanSegment(buf: Buffer, segment: SegmentFile, isLast: boolean): SegmentScan {
  const records: WalRecord[] = [];
  let offset = 0;
  let expectedIndex = segment.firstIndex;
  while (offset < buf.length) {
    const decoded = decodeFrame(buf, offset);
    if (decoded.kind === 'bad') {
      if (!isLast) {
        throw new StorageCorruptionError('WAL_CORRUPT', segment.path, offset,
          `${decoded.reason} in a segment that is not the last (record ${expectedIndex} expected)`);
      }
      const validAt = findNextValidFrame(buf, offset + 1);
      if (validAt !== -1) {
        throw new StorageCorruptionError('WAL_CORRUPT', segment.path, offset,
          `${decoded.reason} (record ${expectedIndex} expected), but a valid record follows at byte offset ${validAt}`);
      }
      return { records, validBytes: offset, torn: { offset, reason: decoded.reason } };
    }
    if (decoded.index !== expectedIndex) {
      throw new StorageCorruptionError('WAL_CORRUPT', segment.path, offset,
        `record ${decoded.index} found where record ${expectedIndex} was expected`);
    }
    records.push({ index: decoded.index, payload: decoded.payload });
    expectedIndex++;
    offset += decoded.frameBytes;
  }
  return { records, validBytes: offset, torn: null };
}
