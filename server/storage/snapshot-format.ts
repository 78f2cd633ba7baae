// Byte layout and naming of snapshot files. All integers little-endian.
//
//   offset  size  field
//   0       8     magic         ASCII "PXKVSNAP"
//   8       4     version       u32, currently 1
//   12      4     reserved      u32, 0
//   16      8     slot          u64 as (low u32, high u32), <= 2^53 - 1
//   24      8     payloadBytes  u64 as (low u32, high u32)
//   32      4     payloadCrc    u32, crc32c(payload)
//   36      4     headerCrc     u32, crc32c(bytes 0..35)
//   40      n     payload       opaque state-machine image, n = payloadBytes
//
// The header is written last (a placeholder first, the real one once the payload's
// length and CRC are known), then the file is fsynced and renamed into place, so a
// `.snap` file is either complete or the rename never happened.
// Names: `snapshot-<slot, 16 digits>.snap`; in-progress files end in `.tmp`.

import { crc32c } from './crc32c';
import { StorageCorruptionError } from './errors';
import { assertSafeIndex } from './invariant';

export const SNAPSHOT_HEADER_BYTES = 40;
export const SNAPSHOT_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('PXKVSNAP', 'ascii');
const SLOT_DIGITS = 16;
const SNAP_NAME = /^snapshot-(\d{16})\.snap$/;
const TMP_NAME = /^snapshot-\d{16}\.tmp$/;

export interface SnapshotHeader {
  readonly slot: number;
  readonly payloadBytes: number;
  readonly payloadCrc: number;
}

export function snapshotFileName(slot: number): string {
  assertSafeIndex(slot, 'snapshot slot');
  return `snapshot-${String(slot).padStart(SLOT_DIGITS, '0')}.snap`;
}

export function snapshotTempFileName(slot: number): string {
  assertSafeIndex(slot, 'snapshot slot');
  return `snapshot-${String(slot).padStart(SLOT_DIGITS, '0')}.tmp`;
}

export function parseSnapshotFileName(name: string): number | null {
  const match = SNAP_NAME.exec(name);
  if (match === null) return null;
  const slot = Number(match[1]);
  return Number.isSafeInteger(slot) ? slot : null;
}

export function isSnapshotTempFileName(name: string): boolean {
  return TMP_NAME.test(name);
}

export function encodeSnapshotHeader(header: SnapshotHeader): Buffer {
  assertSafeIndex(header.slot, 'snapshot slot');
  assertSafeIndex(header.payloadBytes, 'snapshot payloadBytes');
  const buf = Buffer.alloc(SNAPSHOT_HEADER_BYTES);
  MAGIC.copy(buf, 0);
  buf.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 8);
  writeU64(buf, 16, header.slot);
  writeU64(buf, 24, header.payloadBytes);
  buf.writeUInt32LE(header.payloadCrc >>> 0, 32);
  buf.writeUInt32LE(crc32c(buf.subarray(0, 36)), 36);
  return buf;
}

/** Parses and checks a header read from `file`; throws SNAPSHOT_CORRUPT on any mismatch. */
export function decodeSnapshotHeader(buf: Buffer, file: string): SnapshotHeader {
  const corrupt = (detail: string): StorageCorruptionError => new StorageCorruptionError('SNAPSHOT_CORRUPT', file, 0, detail);
  if (buf.length < SNAPSHOT_HEADER_BYTES) throw corrupt(`header incomplete: ${buf.length} of ${SNAPSHOT_HEADER_BYTES} bytes`);
  if (!buf.subarray(0, 8).equals(MAGIC)) throw corrupt('not a snapshot file (bad magic)');
  if (crc32c(buf.subarray(0, 36)) !== buf.readUInt32LE(36)) throw corrupt('header checksum mismatch');
  const version = buf.readUInt32LE(8);
  if (version !== SNAPSHOT_FORMAT_VERSION) throw corrupt(`unsupported snapshot format version ${version}`);
  const slot = readU64(buf, 16);
  const payloadBytes = readU64(buf, 24);
  if (slot === null || payloadBytes === null) throw corrupt('slot or length beyond 2^53');
  return { slot, payloadBytes, payloadCrc: buf.readUInt32LE(32) };
}

function writeU64(buf: Buffer, offset: number, value: number): void {
  buf.writeUInt32LE(value % 2 ** 32, offset);
  buf.writeUInt32LE(Math.floor(value / 2 ** 32), offset + 4);
}

function readU64(buf: Buffer, offset: number): number | null {
  const value = buf.readUInt32LE(offset + 4) * 2 ** 32 + buf.readUInt32LE(offset);
  return Number.isSafeInteger(value) ? value : null;
}
