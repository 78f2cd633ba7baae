// A snapshot being written (locally, or received from a peer) under its `.tmp` name.
// The payload is written after the header's place; the header goes in last by seal(),
// when length and CRC are known. Nothing here makes the file visible as a snapshot:
// SnapshotStore renames it once sealed.

import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32c } from './crc32c';
import { diskError, errnoCode } from './errors';
import type { StorageIo } from './file-io';
import { invariant } from './invariant';
import { encodeSnapshotHeader, SNAPSHOT_HEADER_BYTES, snapshotTempFileName, type SnapshotHeader } from './snapshot-format';

export class SnapshotTempFile {
  readonly slot: number;
  readonly path: string;
  private readonly io: StorageIo;
  private handle: FileHandle | null;
  private payloadBytes = 0;
  private payloadCrc = 0;

  private constructor(slot: number, file: string, handle: FileHandle, io: StorageIo) {
    this.slot = slot;
    this.path = file;
    this.handle = handle;
    this.io = io;
  }

  static async create(dir: string, slot: number, io: StorageIo): Promise<SnapshotTempFile> {
    const file = path.join(dir, snapshotTempFileName(slot));
    try {
      // 'w' truncates a leftover from an attempt that crashed before SnapshotStore.open cleaned up.
      return new SnapshotTempFile(slot, file, await fs.open(file, 'w', 0o600), io);
    } catch (err) {
      throw diskError(err, `creating ${file}`);
    }
  }

  get bytesWritten(): number {
    return this.payloadBytes;
  }

  get crc(): number {
    return this.payloadCrc;
  }

  async append(data: Uint8Array): Promise<void> {
    invariant(this.handle !== null, 'append to a sealed or discarded snapshot temp file');
    if (data.length === 0) return;
    try {
      await this.io.writeAt(this.handle, data, SNAPSHOT_HEADER_BYTES + this.payloadBytes);
    } catch (err) {
      throw diskError(err, `writing ${data.length} bytes to ${this.path}`);
    }
    this.payloadCrc = crc32c(data, this.payloadCrc);
    this.payloadBytes += data.length;
  }

  /** Writes the header, fsyncs and closes. After this the file only needs renaming. */
  async seal(): Promise<SnapshotHeader> {
    invariant(this.handle !== null, 'seal of a sealed or discarded snapshot temp file');
    const header: SnapshotHeader = { slot: this.slot, payloadBytes: this.payloadBytes, payloadCrc: this.payloadCrc };
    const handle = this.handle;
    this.handle = null;
    try {
      await this.io.writeAt(handle, encodeSnapshotHeader(header), 0);
      await this.io.syncData(handle);
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw diskError(err, `sealing ${this.path}`);
    }
    await handle.close();
    return header;
  }

  /** Closes and deletes the file; safe to call at any point, errors other than I/O are not expected. */
  async discard(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    if (handle !== null) await handle.close().catch(() => undefined);
    await fs.unlink(this.path).catch((err: unknown) => {
      if (errnoCode(err) !== 'ENOENT') throw diskError(err, `deleting ${this.path}`);
    });
  }
}
