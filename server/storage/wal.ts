// The write-ahead log: opaque records, each given the next record index, made durable
// with group commit.
//
// Group commit: append() only buffers a frame. flush() asks for everything appended so
// far to be durable. One writer loop does the I/O: it takes *all* buffered frames, writes
// them with one write per segment touched, issues one fdatasync, then resolves every
// flush() those frames cover. Frames appended while that fdatasync is in flight wait in
// the buffer and are covered together by the next single fdatasync. So N concurrent
// callers cost about two fsyncs, not N, and no promise resolves before its record is on
// disk.
//
// Write-through (the default with the real file system): segments are opened O_DSYNC, so
// a write returns only once its data and the size needed to read it are on disk, which is
// exactly what write + fdatasync gave. A flush is then one trip to the thread pool instead
// of two; on a busy machine each trip (a thread wake-up and a completion) costs tens of µs.
//
// Failure: if a write or fdatasync fails (ENOSPC -> DISK_FULL, EIO or anything else ->
// DISK_IO) the log enters a failed state for good. We never retry an fsync: after a
// failed fsync Linux may already have dropped the dirty pages, so a later "successful"
// fsync would claim durability for data that is gone. All waiting and future calls get
// the same StorageError; the process is expected to restart and replay.
//
// Files: see segment.ts (naming, torn-tail rule) and record-format.ts (frame layout).

import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { diskError, StorageError } from './errors';
import { nodeIo, syncDirectory, type StorageIo } from './file-io';
import { assertSafeIndex, invariant } from './invariant';
import { silentLogger, type StorageLogger } from './logger';
import { encodeFrame, FRAME_HEADER_BYTES } from './record-format';
import { segmentFileName, type SegmentFile, type WalRecord } from './segment';
import { replayLog } from './wal-replay';

export type { WalRecord } from './segment';

const MIB = 1024 * 1024;

export interface WalOptions {
  /** A segment rolls when the next frame would take it past this size (a lone larger record is allowed). */
  readonly segmentBytes?: number;
  /** Largest payload append() accepts. */
  readonly recordBytesMax?: number;
  /** Bound on bytes appended but not yet handed to the disk; beyond it append() throws WAL_BACKLOG_FULL. */
  readonly backlogBytesMax?: number;
  readonly logger?: StorageLogger;
  /** Write/sync primitives; tests inject faults here. */
  readonly io?: StorageIo;
  /**
   * Open segments O_DSYNC and skip the separate fdatasync (see the top of this file).
   * Default: on with the real file system where the platform has O_DSYNC; off when `io`
   * is injected, so a test's fault in syncData still lands where it aims.
   */
  readonly writeThrough?: boolean;
}

export const WAL_DEFAULTS = {
  segmentBytes: 64 * MIB,
  recordBytesMax: 64 * MIB,
  backlogBytesMax: 256 * MIB,
} as const;

export interface WalOpenResult {
  readonly wal: Wal;
  /** Every record still in the log, in index order (including any below a truncation point that shares a segment). */
  readonly records: WalRecord[];
}

interface ActiveSegment {
  readonly file: SegmentFile;
  readonly handle: FileHandle;
  bytes: number;
}

interface FlushWaiter {
  readonly target: number;
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

export class Wal {
  private readonly dir: string;
  private readonly segmentBytes: number;
  private readonly recordBytesMax: number;
  private readonly backlogBytesMax: number;
  private readonly logger: StorageLogger;
  private readonly io: StorageIo;

  private readonly segments: SegmentFile[];
  private active: ActiveSegment;
  private nextIndexValue: number;
  /** Highest index handed to write(); frames above it are in `pendingFrames`. */
  private writtenIndex: number;
  private durableIndexValue: number;
  private pendingFrames: Buffer[] = [];
  private pendingBytes = 0;
  /** Sorted by target, since targets are taken from a monotonic counter. */
  private waiters: FlushWaiter[] = [];
  private writer: Promise<void> | null = null;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private truncations: Promise<unknown> = Promise.resolve();
  private fsyncs = 0;
  /** O_DSYNC when segment writes are durable on return (no separate fdatasync), else 0. */
  private readonly writeThroughFlag: number;

  private constructor(dir: string, options: WalOptions, segments: SegmentFile[], active: ActiveSegment, nextIndex: number) {
    this.dir = dir;
    this.writeThroughFlag = writeThroughFlag(options);
    this.segmentBytes = options.segmentBytes ?? WAL_DEFAULTS.segmentBytes;
    this.recordBytesMax = options.recordBytesMax ?? WAL_DEFAULTS.recordBytesMax;
    this.backlogBytesMax = options.backlogBytesMax ?? WAL_DEFAULTS.backlogBytesMax;
    this.logger = options.logger ?? silentLogger;
    this.io = options.io ?? nodeIo;
    this.segments = segments;
    this.active = active;
    this.nextIndexValue = nextIndex;
    this.writtenIndex = nextIndex - 1;
    this.durableIndexValue = nextIndex - 1;
  }

  /** Opens (creating if needed) the log in `dir` and replays it; see wal-replay.ts for the repair rules. */
  static async open(dir: string, options: WalOptions = {}): Promise<WalOpenResult> {
    const limits = { ...WAL_DEFAULTS, ...options };
    for (const [name, value] of Object.entries(limits)) {
      if (typeof value === 'number') invariant(Number.isSafeInteger(value) && value > 0, `wal option ${name} must be a positive integer`);
    }
    const replayed = await replayLog(dir, options.logger ?? silentLogger);
    const last = replayed.segments[replayed.segments.length - 1];
    let handle: FileHandle;
    try {
      handle = await fs.open(last.path, constants.O_RDWR | writeThroughFlag(options));
    } catch (err) {
      throw diskError(err, `opening ${last.path} for append`);
    }
    const active: ActiveSegment = { file: last, handle, bytes: replayed.lastSegmentBytes };
    const wal = new Wal(dir, options, replayed.segments, active, replayed.nextIndex);
    return { wal, records: replayed.records };
  }

  /** Index the next append() returns. */
  get nextIndex(): number {
    return this.nextIndexValue;
  }

  /** Index of the last appended record (durable or not); firstIndex - 1 when there is none. */
  get lastIndex(): number {
    return this.nextIndexValue - 1;
  }

  /** Index of the first record still on disk (records below were removed by truncateBefore). */
  get firstIndex(): number {
    return this.segments[0].firstIndex;
  }

  /** Every record up to this index is on disk (fdatasync returned). */
  get durableIndex(): number {
    return this.durableIndexValue;
  }

  /** Disk syncs of segment files since open (fdatasync calls, or O_DSYNC writes): tests use it to see group commit coalesce. */
  get fsyncCount(): number {
    return this.fsyncs;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /**
   * Buffers one record and returns its index. Not durable until a later flush()
   * resolves. Throws the failure once the log has failed, WAL_CLOSED after close().
   */
  append(payload: Uint8Array): number {
    this.assertUsable();
    invariant(payload instanceof Uint8Array, 'wal payload must be a Uint8Array');
    if (payload.length > this.recordBytesMax) {
      throw new StorageError('RECORD_TOO_LARGE', `wal record of ${payload.length} bytes exceeds recordBytesMax ${this.recordBytesMax}`);
    }
    const frameBytes = FRAME_HEADER_BYTES + payload.length;
    if (this.pendingBytes + frameBytes > this.backlogBytesMax && this.pendingFrames.length > 0) {
      throw new StorageError('WAL_BACKLOG_FULL', `wal backlog of ${this.pendingBytes} unwritten bytes would exceed backlogBytesMax ${this.backlogBytesMax}; call flush()`);
    }
    const index = this.nextIndexValue;
    this.pendingFrames.push(encodeFrame(index, payload));
    this.pendingBytes += frameBytes;
    this.nextIndexValue = index + 1;
    return index;
  }

  /** Resolves once every record appended before this call is durable. */
  flush(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const target = this.nextIndexValue - 1;
    if (target <= this.durableIndexValue) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ target, resolve, reject });
      this.startWriter();
    });
  }

  /** append() each payload, then flush(); resolves with their indexes once all are durable. */
  async appendAndSync(payloads: readonly Uint8Array[]): Promise<number[]> {
    for (const payload of payloads) {
      // Check every size first so a bad payload cannot leave earlier ones half-submitted.
      if (payload.length > this.recordBytesMax) {
        throw new StorageError('RECORD_TOO_LARGE', `wal record of ${payload.length} bytes exceeds recordBytesMax ${this.recordBytesMax}`);
      }
    }
    const indexes = payloads.map((payload) => this.append(payload));
    await this.flush();
    return indexes;
  }

  /**
   * Deletes whole segments whose records are all below `index` (after a snapshot covers
   * them). The segment being appended to is never deleted. Oldest files go first, so a
   * crash part-way leaves a gap-free suffix. Resolves with the number of segments deleted.
   */
  truncateBefore(index: number): Promise<number> {
    assertSafeIndex(index, 'truncateBefore index');
    try {
      this.assertUsable();
    } catch (err) {
      return Promise.reject(err);
    }
    const run = this.truncations.then(() => this.deleteSegmentsBelow(index));
    this.truncations = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes everything appended durable, then closes the file. Rejects if some appended
   * record could not be made durable. Appends after close() throw WAL_CLOSED.
   */
  close(): Promise<void> {
    if (this.closing === null) this.closing = this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    let flushError: unknown = null;
    const target = this.nextIndexValue - 1;
    if (target > this.durableIndexValue) {
      if (this.failure !== null) {
        flushError = this.failure;
      } else {
        await new Promise<void>((resolve, reject) => {
          this.waiters.push({ target, resolve, reject });
          this.startWriter();
        }).catch((err: unknown) => {
          flushError = err;
        });
      }
    }
    if (this.writer !== null) await this.writer;
    await this.truncations;
    invariant(this.waiters.length === 0, 'wal closed with flush() callers still waiting');
    await this.active.handle.close().catch((err: unknown) => {
      flushError ??= diskError(err, `closing ${this.active.file.path}`);
    });
    this.logger.info({ dir: this.dir, lastIndex: this.lastIndex, durableIndex: this.durableIndexValue }, 'wal: closed');
    if (flushError !== null) throw flushError;
  }

  private assertUsable(): void {
    if (this.failure !== null) throw this.failure;
    if (this.closing !== null) throw new StorageError('WAL_CLOSED', `wal in ${this.dir} is closed`);
  }

  private startWriter(): void {
    if (this.writer !== null) return;
    // Start on a microtask so appends made in the same synchronous run join the first batch.
    this.writer = Promise.resolve()
      .then(() => this.runWriter())
      .finally(() => {
        this.writer = null;
        // A flush() may have arrived after the loop's last check; give it a writer.
        if (this.waiters.length > 0 && this.failure === null) this.startWriter();
      });
  }

  /** The only code that writes or syncs segment files. One instance runs at a time. */
  private async runWriter(): Promise<void> {
    try {
      while (this.failure === null && this.waiters.length > 0) {
        const frames = this.pendingFrames;
        const firstIndex = this.nextIndexValue - frames.length;
        this.pendingFrames = [];
        this.pendingBytes = 0;
        if (frames.length > 0) {
          invariant(firstIndex === this.writtenIndex + 1, 'buffered frames must follow the written ones');
          await this.writeFrames(frames, firstIndex);
          this.writtenIndex = firstIndex + frames.length - 1;
        }
        invariant(this.waiters[0].target <= this.writtenIndex, 'a flush waits for a record that was never buffered');
        const covered = this.writtenIndex;
        if (this.writeThroughFlag === 0) await this.syncActive();
        this.durableIndexValue = covered;
        while (this.waiters.length > 0 && this.waiters[0].target <= covered) this.waiters.shift()?.resolve();
      }
    } catch (err) {
      const failure = err instanceof Error ? err : new Error(String(err));
      this.fail(failure);
      // Anything but a StorageError is a bug in this file: crash loudly.
      if (!(failure instanceof StorageError)) throw failure;
    }
  }

  /** Writes frames (consecutive indexes from firstIndex), rolling segments as they fill. */
  private async writeFrames(frames: Buffer[], firstIndex: number): Promise<void> {
    let group: Buffer[] = [];
    let groupBytes = 0;
    let index = firstIndex;
    for (const frame of frames) {
      const segmentHasRecords = this.active.bytes + groupBytes > 0;
      if (segmentHasRecords && this.active.bytes + groupBytes + frame.length > this.segmentBytes) {
        await this.writeToActive(group, groupBytes);
        group = [];
        groupBytes = 0;
        await this.rollTo(index);
      }
      group.push(frame);
      groupBytes += frame.length;
      index++;
    }
    await this.writeToActive(group, groupBytes);
  }

  private async writeToActive(group: Buffer[], groupBytes: number): Promise<void> {
    if (group.length === 0) return;
    const data = group.length === 1 ? group[0] : Buffer.concat(group, groupBytes);
    const { file, handle, bytes } = this.active;
    try {
      await this.io.writeAt(handle, data, bytes);
    } catch (err) {
      throw diskError(err, `write of ${data.length} bytes at offset ${bytes} of ${file.path}`);
    }
    this.active.bytes = bytes + data.length;
    if (this.writeThroughFlag !== 0) this.fsyncs++;
  }

  private async syncActive(): Promise<void> {
    this.fsyncs++;
    try {
      await this.io.syncData(this.active.handle);
    } catch (err) {
      throw diskError(err, `fdatasync of ${this.active.file.path}`);
    }
  }

  /**
   * Starts a new segment whose first record is `firstIndex`. The old segment is synced
   * first, so a new file on disk always implies a complete predecessor (replay treats a
   * damaged non-last segment as corruption); the directory is synced so the new file
   * cannot vanish after records in it were acknowledged.
   */
  private async rollTo(firstIndex: number): Promise<void> {
    await this.syncActive();
    const name = segmentFileName(firstIndex);
    const file: SegmentFile = { firstIndex, name, path: path.join(this.dir, name) };
    let handle: FileHandle;
    try {
      await this.active.handle.close();
      handle = await fs.open(file.path, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | this.writeThroughFlag, 0o600);
      await syncDirectory(this.dir);
    } catch (err) {
      throw diskError(err, `rolling to new segment ${file.path}`);
    }
    this.segments.push(file);
    this.active = { file, handle, bytes: 0 };
  }

  private async deleteSegmentsBelow(index: number): Promise<number> {
    let count = 0;
    while (count < this.segments.length - 1 && this.segments[count + 1].firstIndex <= index) count++;
    if (count === 0) return 0;
    const doomed = this.segments.splice(0, count);
    try {
      for (const segment of doomed) await fs.unlink(segment.path);
      await syncDirectory(this.dir);
    } catch (err) {
      const failure = diskError(err, `deleting wal segments below record ${index}`);
      this.fail(failure);
      throw failure;
    }
    this.logger.info({ dir: this.dir, belowIndex: index, deleted: doomed.map((s) => s.name) }, 'wal: deleted segments covered by a snapshot');
    return count;
  }

  private fail(failure: Error): void {
    if (this.failure !== null) return;
    this.failure = failure;
    this.pendingFrames = [];
    this.pendingBytes = 0;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(failure);
    this.logger.error(
      { dir: this.dir, code: failure instanceof StorageError ? failure.code : undefined, err: failure.message, durableIndex: this.durableIndexValue },
      'wal: failed; rejecting all pending and future appends',
    );
  }
}

/** The open(2) flag that makes segment writes durable on return, or 0 for write + fdatasync. */
function writeThroughFlag(options: WalOptions): number {
  const wanted = options.writeThrough ?? options.io === undefined;
  return wanted ? constants.O_DSYNC ?? 0 : 0;
}
