// Byte-level helpers of the snapshot codec: a growable writer, a bounds-checked reader
// that fails with a clear message (never a RangeError from deep inside), unsigned LEB128
// varints for safe integers, and CRC-32 (IEEE, the zlib/PNG polynomial).
import * as zlib from 'node:zlib';

export class SnapshotFormatError extends Error {
  override readonly name = 'SnapshotFormatError';
  readonly code = 'SNAPSHOT_MALFORMED';
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

type Crc32 = (bytes: Uint8Array, previous?: number) => number;
/** zlib's native CRC-32 where Node has it (20.15+), the same function in JavaScript otherwise. */
const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

/** CRC-32 of `bytes`, continuing from `previous` (0 to start). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return nativeCrc32 !== undefined ? nativeCrc32(bytes, previous) >>> 0 : crc32Portable(bytes, previous);
}

export function crc32Portable(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** Length of the unsigned LEB128 of `value` (ByteWriter.varint). */
export function varintBytes(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) bytes++;
  return bytes;
}

/** Writes the unsigned LEB128 of `value` (a safe integer) into `target` at `at`; answers the offset after it. */
export function writeVarint(target: Uint8Array, at: number, value: number): number {
  let rest = value;
  while (rest >= 0x80) {
    target[at++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  target[at++] = rest;
  return at;
}

export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buffer = Buffer.alloc(initialBytes);
  }

  get size(): number {
    return this.length;
  }

  u8(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  u32le(value: number): void {
    this.reserve(4);
    this.length = this.buffer.writeUInt32LE(value >>> 0, this.length);
  }

  /** Unsigned LEB128 of a safe integer: at most 8 bytes. */
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: not a safe unsigned integer: ${value}`);
    this.reserve(8);
    this.length = writeVarint(this.buffer, this.length, value);
  }

  bytes(value: Uint8Array): void {
    this.reserve(value.byteLength);
    this.buffer.set(value, this.length);
    this.length += value.byteLength;
  }

  /** Length-prefixed bytes. */
  lengthPrefixed(value: Uint8Array): void {
    this.varint(value.byteLength);
    this.bytes(value);
  }

  /** Length-prefixed UTF-8. */
  string(value: string): void {
    const length = Buffer.byteLength(value, 'utf8');
    this.varint(length);
    this.reserve(length);
    this.length += this.buffer.write(value, this.length, length, 'utf8');
  }

  /** Length-prefixed byte string (byte-string.ts): one byte per character. */
  byteString(value: string): void {
    this.varint(value.length);
    this.reserve(value.length);
    this.length += this.buffer.write(value, this.length, value.length, 'latin1');
  }

  /** Hands out what was written (a copy) and starts empty again. */
  take(): Uint8Array {
    const out = Buffer.allocUnsafeSlow(this.length);
    this.buffer.copy(out, 0, 0, this.length);
    this.length = 0;
    return out;
  }

  /**
   * Like take(), without the copy: a view of the writer's own buffer, which the next
   * write overwrites. For a consumer that is done with each piece before asking for more.
   */
  takeView(): Uint8Array {
    const view = this.buffer.subarray(0, this.length);
    this.length = 0;
    return view;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class ByteReader {
  private position: number;
  private readonly data: Buffer;

  constructor(
    data: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.position = start;
  }

  get offset(): number {
    return this.position;
  }

  get atEnd(): boolean {
    return this.position === this.end;
  }

  fail(what: string, problem: string): never {
    throw new SnapshotFormatError(`snapshot: ${what} at offset ${this.position}: ${problem}`);
  }

  u8(what: string): number {
    if (this.position >= this.end) this.fail(what, 'truncated');
    return this.data[this.position++]!;
  }

  /** A minimal (canonical) unsigned LEB128 of at most 8 bytes, at most `max`. */
  varint(what: string, max = Number.MAX_SAFE_INTEGER): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const byte = this.u8(what);
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (byte === 0 && i > 0) this.fail(what, 'non-minimal varint');
        if (value > max) this.fail(what, `${value} exceeds ${max}`);
        return value;
      }
      scale *= 0x80;
    }
    return this.fail(what, 'varint longer than 8 bytes');
  }

  /** A view (not a copy) of the next `length` bytes. */
  bytes(what: string, length: number): Uint8Array {
    if (length > this.end - this.position) this.fail(what, `needs ${length} bytes, ${this.end - this.position} left`);
    const view = this.data.subarray(this.position, this.position + length);
    this.position += length;
    return view;
  }

  lengthPrefixed(what: string, maxBytes: number): Uint8Array {
    return this.bytes(what, this.varint(`${what} length`, maxBytes));
  }

  /** Length-prefixed bytes as a byte string (a copy: it does not pin `data`). */
  byteString(what: string, maxBytes: number): string {
    const length = this.varint(`${what} length`, maxBytes);
    if (length > this.end - this.position) this.fail(what, `needs ${length} bytes, ${this.end - this.position} left`);
    const value = this.data.toString('latin1', this.position, this.position + length);
    this.position += length;
    return value;
  }

  string(what: string, maxBytes: number): string {
    const bytes = this.lengthPrefixed(what, maxBytes);
    try {
      return UTF8.decode(bytes);
    } catch {
      return this.fail(what, 'invalid UTF-8');
    }
  }
}
