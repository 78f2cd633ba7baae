// Streaming a snapshot out (SnapshotReader: bounded-memory chunks, e.g. to a lagging
// peer) and in (SnapshotReceiver: chunks from a peer, CRC checked before it counts).

import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { crc32c } from './crc32c';
import { diskError, StorageCorruptionError, StorageError } from './errors';
import { invariant } from './invariant';
import { decodeSnapshotHeader, SNAPSHOT_HEADER_BYTES } from './snapshot-format';
import type { SnapshotTempFile } from './snapshot-temp-file';

export interface SnapshotInfo {
  readonly slot: number;
  readonly payloadBytes: number;
  /** crc32c of the payload: what a receiver passes to finish(). */
  readonly payloadCrc: number;
  readonly file: string;
}

export interface SnapshotChunk {
  /** Offset of `data` within the payload. */
  readonly offset: number;
  readonly data: Buffer;
}

export class SnapshotReader {
  readonly info: SnapshotInfo;
  private readonly handle: FileHandle;
  private readonly chunkBytes: number;

  private constructor(info: SnapshotInfo, handle: FileHandle, chunkBytes: number) {
    this.info = info;
    this.handle = handle;
    this.chunkBytes = chunkBytes;
  }

  /** Opens `file` and checks its header, slot and size (not yet the payload CRC: see chunks()). */
  static async open(file: string, expectedSlot: number, chunkBytes: number): Promise<SnapshotReader> {
    invariant(Number.isSafeInteger(chunkBytes) && chunkBytes > 0, 'snapshot chunkBytes must be a positive integer');
    const handle = await fs.open(file, 'r');
    try {
      const headerBytes = Buffer.alloc(SNAPSHOT_HEADER_BYTES);
      const { bytesRead } = await handle.read(headerBytes, 0, SNAPSHOT_HEADER_BYTES, 0);
      const header = decodeSnapshotHeader(headerBytes.subarray(0, bytesRead), file);
      if (header.slot !== expectedSlot) {
        throw new StorageCorruptionError('SNAPSHOT_CORRUPT', file, 16, `header says slot ${header.slot}, file name says ${expectedSlot}`);
      }
      const { size } = await handle.stat();
      if (size !== SNAPSHOT_HEADER_BYTES + header.payloadBytes) {
        throw new StorageCorruptionError('SNAPSHOT_CORRUPT', file, 24,
          `file is ${size} bytes but the header promises ${SNAPSHOT_HEADER_BYTES + header.payloadBytes}`);
      }
      return new SnapshotReader({ ...header, file }, handle, chunkBytes);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /**
   * The payload in order, at most chunkBytes per chunk. After the last chunk the CRC of
   * everything read is compared with the header: a mismatch throws SNAPSHOT_CORRUPT, so
   * a consumer must not act on the data before the iteration completes.
   */
  async *chunks(): AsyncGenerator<SnapshotChunk> {
    let crc = 0;
    for (let offset = 0; offset < this.info.payloadBytes; ) {
      const data = await this.readChunk(offset, Math.min(this.chunkBytes, this.info.payloadBytes - offset));
      crc = crc32c(data, crc);
      yield { offset, data };
      offset += data.length;
    }
    this.checkPayloadCrc(crc);
  }

  /** Raw payload bytes at `offset` (e.g. to resend one chunk); not CRC-checked on its own. */
  async readChunk(offset: number, length: number): Promise<Buffer> {
    const data = Buffer.allocUnsafe(length);
    await this.readInto(data, 0, offset, length);
    return data;
  }

  /**
   * Reads `length` payload bytes at `offset` into `target` at `at` (a frame with room for
   * its header, or a whole-payload buffer: no copy in between); not CRC-checked on its own.
   */
  async readInto(target: Uint8Array, at: number, offset: number, length: number): Promise<void> {
    invariant(offset >= 0 && length >= 0 && offset + length <= this.info.payloadBytes, 'snapshot read outside the payload');
    invariant(at >= 0 && at + length <= target.length, 'snapshot read past the end of its target');
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.handle.read(target, at + filled, length - filled, SNAPSHOT_HEADER_BYTES + offset + filled);
      if (bytesRead === 0) {
        throw new StorageCorruptionError('SNAPSHOT_CORRUPT', this.info.file, SNAPSHOT_HEADER_BYTES + offset + filled, 'file ended early');
      }
      filled += bytesRead;
    }
  }

  /** The whole payload in one buffer, read in place and checked against the header's CRC. */
  async readAll(): Promise<Buffer> {
    const total = this.info.payloadBytes;
    const payload = Buffer.allocUnsafe(total);
    let crc = 0;
    for (let offset = 0; offset < total; offset += this.chunkBytes) {
      const length = Math.min(this.chunkBytes, total - offset);
      await this.readInto(payload, offset, offset, length);
      crc = crc32c(payload.subarray(offset, offset + length), crc);
    }
    this.checkPayloadCrc(crc);
    return payload;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** `crc` of the whole payload as read must be the header's. */
  private checkPayloadCrc(crc: number): void {
    if (crc !== this.info.payloadCrc) {
      throw new StorageCorruptionError('SNAPSHOT_CORRUPT', this.info.file, SNAPSHOT_HEADER_BYTES, 'payload checksum mismatch');
    }
  }
}

/**
 * Receives a snapshot of known size in sequential chunks. Chunks must arrive in order
 * (offset === receivedBytes) and one at a time; finish(expectedCrc) verifies size and
 * CRC, and only then does the snapshot become visible. A failed finish deletes it.
 */
export class SnapshotReceiver {
  readonly slot: number;
  readonly totalBytes: number;
  private readonly temp: SnapshotTempFile;
  private readonly commit: (temp: SnapshotTempFile) => Promise<SnapshotInfo>;
  private readonly release: () => void;
  private busy = false;
  private done = false;

  constructor(
    temp: SnapshotTempFile,
    totalBytes: number,
    commit: (temp: SnapshotTempFile) => Promise<SnapshotInfo>,
    release: () => void,
  ) {
    this.slot = temp.slot;
    this.temp = temp;
    this.totalBytes = totalBytes;
    this.commit = commit;
    this.release = release;
  }

  get receivedBytes(): number {
    return this.temp.bytesWritten;
  }

  /** crc32c of the bytes received so far. */
  get receivedCrc(): number {
    return this.temp.crc;
  }

  async writeChunk(offset: number, data: Uint8Array): Promise<void> {
    this.enter();
    try {
      if (offset !== this.temp.bytesWritten) {
        throw new StorageError('SNAPSHOT_TRANSFER', `snapshot ${this.slot}: chunk at offset ${offset}, expected ${this.temp.bytesWritten}`);
      }
      if (offset + data.length > this.totalBytes) {
        throw new StorageError('SNAPSHOT_TRANSFER', `snapshot ${this.slot}: chunk ends at ${offset + data.length}, beyond the announced ${this.totalBytes} bytes`);
      }
      await this.temp.append(data).catch(async (err: unknown) => {
        await this.abortAfterError();
        throw err;
      });
    } finally {
      this.busy = false;
    }
  }

  /** Verifies the received bytes against the sender's crc32c, then installs the snapshot. */
  async finish(expectedCrc: number): Promise<SnapshotInfo> {
    this.enter();
    try {
      if (this.temp.bytesWritten !== this.totalBytes) {
        await this.abortAfterError();
        throw new StorageError('SNAPSHOT_TRANSFER', `snapshot ${this.slot}: received ${this.temp.bytesWritten} of ${this.totalBytes} bytes`);
      }
      if (this.temp.crc !== expectedCrc >>> 0) {
        await this.abortAfterError();
        throw new StorageCorruptionError('SNAPSHOT_CORRUPT', this.temp.path, SNAPSHOT_HEADER_BYTES,
          `received payload crc32c ${hex(this.temp.crc)} but the sender announced ${hex(expectedCrc >>> 0)}; discarded`);
      }
      this.done = true;
      try {
        return await this.commit(this.temp);
      } finally {
        this.release();
      }
    } finally {
      this.busy = false;
    }
  }

  /** Gives up on the transfer and deletes the partial file. */
  async abort(): Promise<void> {
    if (this.done) return;
    await this.abortAfterError();
  }

  private enter(): void {
    if (this.done) throw new StorageError('SNAPSHOT_TRANSFER', `snapshot ${this.slot}: receive already finished or aborted`);
    if (this.busy) throw new StorageError('SNAPSHOT_TRANSFER', `snapshot ${this.slot}: concurrent calls; await each chunk`);
    this.busy = true;
  }

  private async abortAfterError(): Promise<void> {
    this.done = true;
    try {
      await this.temp.discard();
    } catch (err) {
      throw diskError(err, `discarding ${this.temp.path}`);
    } finally {
      this.release();
    }
  }
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}
