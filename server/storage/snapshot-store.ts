// Durable snapshots of the state machine, one file per slot (format: snapshot-format.ts).
//
// Installing a snapshot: write `snapshot-<slot>.tmp`, fsync it, rename it to
// `snapshot-<slot>.snap`, fsync the directory, then delete older snapshots beyond the
// newest `snapshotsRetained`. A crash at any step leaves either the old set of
// snapshots or the new one, plus at most a `.tmp` file that open() deletes.
//
// Retention: by default the newest two are kept, so that if the newest turns out to be
// corrupt (bit rot), latest() can fall back to the previous one. A caller that truncates
// its log after a snapshot should therefore truncate only below the oldest retained
// snapshot's slot, or accept that the fallback cannot be replayed forward.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diskError, errnoCode, StorageError } from './errors';
import { ensureDirectory, nodeIo, syncDirectory, type StorageIo } from './file-io';
import { assertSafeIndex, invariant } from './invariant';
import { silentLogger, type StorageLogger } from './logger';
import { isSnapshotTempFileName, parseSnapshotFileName, snapshotFileName } from './snapshot-format';
import { SnapshotTempFile } from './snapshot-temp-file';
import { SnapshotReader, SnapshotReceiver, type SnapshotInfo } from './snapshot-transfer';

export { SnapshotReader, SnapshotReceiver, type SnapshotChunk, type SnapshotInfo } from './snapshot-transfer';

export interface SnapshotStoreOptions {
  readonly logger?: StorageLogger;
  /** How many of the newest snapshots survive a new one (>= 1). */
  readonly snapshotsRetained?: number;
  /** Chunk size for readers (memory bound per read). */
  readonly chunkBytes?: number;
  readonly io?: StorageIo;
}

export const SNAPSHOT_DEFAULTS = { snapshotsRetained: 2, chunkBytes: 1024 * 1024 } as const;

export type SnapshotSource = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export class SnapshotStore {
  readonly dir: string;
  private readonly logger: StorageLogger;
  private readonly snapshotsRetained: number;
  private readonly chunkBytes: number;
  private readonly io: StorageIo;
  /** Slots with a `.tmp` being written: two writers of one file would interleave. */
  private readonly inFlight = new Set<number>();

  private constructor(dir: string, options: SnapshotStoreOptions) {
    this.dir = dir;
    this.logger = options.logger ?? silentLogger;
    this.snapshotsRetained = options.snapshotsRetained ?? SNAPSHOT_DEFAULTS.snapshotsRetained;
    this.chunkBytes = options.chunkBytes ?? SNAPSHOT_DEFAULTS.chunkBytes;
    this.io = options.io ?? nodeIo;
    invariant(Number.isSafeInteger(this.snapshotsRetained) && this.snapshotsRetained >= 1, 'snapshotsRetained must be >= 1');
    invariant(Number.isSafeInteger(this.chunkBytes) && this.chunkBytes > 0, 'chunkBytes must be a positive integer');
  }

  /** Creates the directory if needed and deletes `.tmp` leftovers of interrupted writes. */
  static async open(dir: string, options: SnapshotStoreOptions = {}): Promise<SnapshotStore> {
    const store = new SnapshotStore(dir, options);
    try {
      await ensureDirectory(dir);
      const leftovers = (await fs.readdir(dir)).filter(isSnapshotTempFileName);
      for (const name of leftovers) await fs.unlink(path.join(dir, name));
      if (leftovers.length > 0) {
        await syncDirectory(dir);
        store.logger.warn({ dir, files: leftovers }, 'snapshot: deleted unfinished snapshot files from an interrupted write');
      }
    } catch (err) {
      throw diskError(err, `opening snapshot directory ${dir}`);
    }
    return store;
  }

  /** Slots of the `.snap` files present, newest first (not verified). */
  async slots(): Promise<number[]> {
    const slots: number[] = [];
    for (const name of await fs.readdir(this.dir)) {
      const slot = parseSnapshotFileName(name);
      if (slot !== null) slots.push(slot);
    }
    return slots.sort((a, b) => b - a);
  }

  /**
   * Writes, syncs and installs a snapshot of the state as of `slot`; older ones beyond the
   * retention are deleted. Each chunk is written completely before the next is taken from
   * `source`, so a source may hand out views of one buffer it reuses.
   */
  async write(slot: number, source: SnapshotSource): Promise<SnapshotInfo> {
    const temp = await this.createTemp(slot);
    try {
      if (source instanceof Uint8Array) {
        await temp.append(source);
      } else {
        for await (const chunk of source) {
          invariant(chunk instanceof Uint8Array, 'snapshot chunks must be Uint8Array');
          await temp.append(chunk);
        }
      }
    } catch (err) {
      await temp.discard().catch(() => undefined);
      this.inFlight.delete(slot);
      throw err;
    }
    try {
      return await this.install(temp);
    } finally {
      this.inFlight.delete(slot);
    }
  }

  /**
   * Starts receiving a snapshot of `totalBytes` payload bytes from a peer. Nothing is
   * visible until the receiver's finish() has verified the CRC.
   */
  async beginReceive(slot: number, totalBytes: number): Promise<SnapshotReceiver> {
    assertSafeIndex(totalBytes, 'snapshot totalBytes');
    const temp = await this.createTemp(slot);
    return new SnapshotReceiver(temp, totalBytes, (sealed) => this.install(sealed), () => this.inFlight.delete(slot));
  }

  /**
   * The newest snapshot that passes every check (header, size, payload CRC), or null if
   * there is none. A corrupt newer snapshot is skipped with a warning when an older valid
   * one exists; if none is valid the newest one's SNAPSHOT_CORRUPT error is thrown.
   */
  async latest(): Promise<SnapshotInfo | null> {
    const slots = await this.slots();
    let firstError: StorageError | null = null;
    for (const slot of slots) {
      try {
        const info = await this.verify(slot);
        if (firstError !== null) {
          this.logger.warn({ dir: this.dir, slot, skipped: firstError.message }, 'snapshot: newest snapshot is corrupt; falling back to an older one');
        }
        return info;
      } catch (err) {
        if (!(err instanceof StorageError && err.code === 'SNAPSHOT_CORRUPT')) throw err;
        this.logger.warn({ dir: this.dir, slot, err: err.message }, 'snapshot: corrupt snapshot');
        firstError ??= err;
      }
    }
    if (firstError !== null) throw firstError;
    return null;
  }

  /** Reads the whole snapshot once to check it; returns its description. */
  async verify(slot: number): Promise<SnapshotInfo> {
    const reader = await this.openReader(slot);
    try {
      for await (const chunk of reader.chunks()) void chunk;
      return reader.info;
    } finally {
      await reader.close();
    }
  }

  /**
   * The whole payload in memory, verified. Prefer openReader() for large snapshots.
   * One buffer of the payload's size, filled chunk by chunk: a list of chunks joined at
   * the end would hold the payload twice.
   */
  async readAll(slot: number): Promise<Buffer> {
    const reader = await this.openReader(slot);
    try {
      return await reader.readAll();
    } finally {
      await reader.close();
    }
  }

  /** A reader over the snapshot of `slot` in chunks of at most chunkBytes. Close it when done. */
  async openReader(slot: number): Promise<SnapshotReader> {
    const file = path.join(this.dir, snapshotFileName(slot));
    try {
      return await SnapshotReader.open(file, slot, this.chunkBytes);
    } catch (err) {
      if (err instanceof StorageError) throw err;
      if (errnoCode(err) === 'ENOENT') {
        throw new StorageError('SNAPSHOT_NOT_FOUND', `no snapshot for slot ${slot} in ${this.dir}`);
      }
      throw diskError(err, `opening ${file}`);
    }
  }

  private async createTemp(slot: number): Promise<SnapshotTempFile> {
    assertSafeIndex(slot, 'snapshot slot');
    if (this.inFlight.has(slot)) {
      throw new StorageError('SNAPSHOT_TRANSFER', `snapshot for slot ${slot} is already being written in ${this.dir}`);
    }
    this.inFlight.add(slot);
    try {
      return await SnapshotTempFile.create(this.dir, slot, this.io);
    } catch (err) {
      this.inFlight.delete(slot);
      throw err;
    }
  }

  /** seal -> rename -> fsync dir -> prune. On failure the temp file is deleted. */
  private async install(temp: SnapshotTempFile): Promise<SnapshotInfo> {
    const file = path.join(this.dir, snapshotFileName(temp.slot));
    let header;
    try {
      header = await temp.seal();
      await fs.rename(temp.path, file);
      await syncDirectory(this.dir);
    } catch (err) {
      await temp.discard().catch(() => undefined);
      throw diskError(err, `installing ${file}`);
    }
    await this.prune();
    this.logger.info({ dir: this.dir, slot: header.slot, payloadBytes: header.payloadBytes }, 'snapshot: installed');
    return { ...header, file };
  }

  private async prune(): Promise<void> {
    const doomed = (await this.slots()).slice(this.snapshotsRetained);
    if (doomed.length === 0) return;
    try {
      for (const slot of doomed) await fs.unlink(path.join(this.dir, snapshotFileName(slot)));
      await syncDirectory(this.dir);
    } catch (err) {
      throw diskError(err, `deleting old snapshots in ${this.dir}`);
    }
  }
}
