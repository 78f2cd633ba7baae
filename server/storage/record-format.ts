// Byte layout of one write-ahead-log record ("frame"). All integers little-endian.
//
//   offset  size  field
//   0       4     payloadBytes  u32, length of the payload
//   4       4     payloadCrc    u32, crc32c(payload)
//   8       4     indexLow      u32, record index mod 2^32
//   12      4     indexHigh     u32, floor(record index / 2^32)  (index <= 2^53 - 1)
//   16      4     headerCrc     u32, crc32c(bytes 0..15)
//   20      n     payload       opaque bytes, n = payloadBytes (may be 0)
//
// Why more than [length][crc][payload]:
// - headerCrc makes the length trustworthy before we use it: a flipped length bit is
//   detected as such instead of sending the reader to a wrong offset, and a run of
//   zero bytes (a file extended but never written, as filesystems leave after a crash)
//   never parses as a valid empty record (crc32c of 16 zero bytes is not 0).
// - the index in every frame lets replay prove the log is gap-free and in order, across
//   segment files too, and tells a stale or misplaced frame from the expected one.
// Record indexes start at 1, so an index of 0 in a frame is always invalid.

import { crc32c } from './crc32c';
import { assertSafeIndex, invariant } from './invariant';

export const FRAME_HEADER_BYTES = 20;
/** Largest payload the format can describe; wal.ts enforces a smaller configurable cap. */
export const FRAME_PAYLOAD_BYTES_MAX = 0xffff_ffff;
const INDEX_HIGH_LIMIT = 2 ** 21; // 2^32 * 2^21 = 2^53

export type DecodedFrame =
  | { kind: 'frame'; index: number; payload: Buffer; frameBytes: number }
  | { kind: 'bad'; reason: string };

export function encodeFrame(index: number, payload: Uint8Array): Buffer {
  assertSafeIndex(index, 'record index');
  invariant(index >= 1, 'record indexes start at 1');
  invariant(payload.length <= FRAME_PAYLOAD_BYTES_MAX, 'payload longer than the frame format allows');
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.writeUInt32LE(crc32c(payload), 4);
  frame.writeUInt32LE(index % 2 ** 32, 8);
  frame.writeUInt32LE(Math.floor(index / 2 ** 32), 12);
  frame.writeUInt32LE(crc32c(frame.subarray(0, 16)), 16);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

/**
 * Decodes the frame starting at `offset`. Never throws on bad input: the caller decides
 * whether a bad frame is a torn tail or corruption. The returned payload is a view into
 * `buf` (no copy).
 */
export function decodeFrame(buf: Buffer, offset: number): DecodedFrame {
  const available = buf.length - offset;
  if (available < FRAME_HEADER_BYTES) {
    return { kind: 'bad', reason: `incomplete header: ${available} of ${FRAME_HEADER_BYTES} bytes present` };
  }
  if (crc32c(buf.subarray(offset, offset + 16)) !== buf.readUInt32LE(offset + 16)) {
    return { kind: 'bad', reason: 'header checksum mismatch' };
  }
  const payloadBytes = buf.readUInt32LE(offset);
  const indexHigh = buf.readUInt32LE(offset + 12);
  const index = indexHigh * 2 ** 32 + buf.readUInt32LE(offset + 8);
  if (indexHigh >= INDEX_HIGH_LIMIT || index === 0) {
    return { kind: 'bad', reason: `record index ${index} out of range` };
  }
  if (payloadBytes > available - FRAME_HEADER_BYTES) {
    const present = available - FRAME_HEADER_BYTES;
    return { kind: 'bad', reason: `incomplete payload: ${present} of ${payloadBytes} bytes present` };
  }
  const payloadStart = offset + FRAME_HEADER_BYTES;
  const payload = buf.subarray(payloadStart, payloadStart + payloadBytes);
  if (crc32c(payload) !== buf.readUInt32LE(offset + 4)) {
    return { kind: 'bad', reason: 'payload checksum mismatch' };
  }
  return { kind: 'frame', index, payload, frameBytes: FRAME_HEADER_BYTES + payloadBytes };
}

/**
 * The offset of the first fully valid frame starting after `from`, or -1. Replay uses it
 * to tell a torn tail (nothing valid follows the bad bytes) from corruption in the
 * middle of the log (valid data follows, so records would be silently lost by cutting).
 * Cost is one cheap length check per byte plus a 16-byte CRC where that passes.
 */
export function findNextValidFrame(buf: Buffer, from: number): number {
  for (let offset = from; offset + FRAME_HEADER_BYTES <= buf.length; offset++) {
    // Prefilter: the length must fit in the rest of the file, the high index bits be 0.
    if (buf.readUInt32LE(offset) > buf.length - offset - FRAME_HEADER_BYTES) continue;
    if (buf.readUInt32LE(offset + 12) >= INDEX_HIGH_LIMIT) continue;
    if (decodeFrame(buf, offset).kind === 'frame') return offset;
  }
  return -1;
}
