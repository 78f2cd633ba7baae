// Snapshot transfer between peers, for a replica whose missing slots a peer compacted.
//
// Serving: a SnapshotRequest{slot, offset} is answered with one SnapshotChunk of at most
// CHUNK_BYTES read from the snapshot file (the newest one if that slot is gone; the
// receiver then starts over at the new slot).
// Fetching: one transfer at a time, with up to FETCH_DEPTH chunk requests out at once
// (fetch-window.ts keeps them in order), so the sender reads ahead while the receiver
// writes. Without progress for CHUNK_TIMEOUT_MS the open requests are sent again, a
// bounded number of times. Once all bytes are in, the store checks them against the
// payload CRC the sender announced and installs the file; the node then decodes it and
// installs it in the replica. Both directions report bytes done / total on the node's
// ProgressBoard.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { StorageError, type SnapshotReceiver, type SnapshotStore } from '../storage';
import type { NodeMessage, SnapshotChunkHeader } from '../wire/peer-codec';
import { decodeSnapshotPayloadSliced, type SnapshotContents } from './snapshotter';
import { FetchWindow } from './fetch-window';
import type { NodeLogger } from './logger';
import type { ProgressBoard, ProgressOperation } from './progress';

export const CHUNK_BYTES = 256 * 1024;
export const CHUNK_TIMEOUT_MS = 3000;
export const CHUNK_RETRIES = 5;
/** Chunk requests out at once: enough to keep both sides busy, 1 MiB of buffers at most. */
export const FETCH_DEPTH = 4;
/**
 * Snapshot entries decoded per turn of the event loop when installing: about 10 ms here.
 * In one go a million keys took 2.4 s, without a heartbeat answered.
 */
export const RESTORE_SLICE_ENTRIES = 4096;

export interface CatchUpHost {
  send(to: number, message: NodeMessage): void;
  /** The frame of a SnapshotChunk up to its data (peer-codec snapshotChunkPrefix, from this node). */
  chunkPrefix(chunk: SnapshotChunkHeader, dataLength: number): Uint8Array;
  /** Sends an encoded frame as it is. */
  sendFrame(to: number, frame: Uint8Array): void;
  /** The transfer finished: the file is durable; install `contents` in the node. */
  install(from: number, contents: SnapshotContents): void;
  failed(from: number, reason: string): void;
  bytesTransferred(direction: 'in' | 'out', bytes: number): void;
  peerName(index: number): string | null;
}

/** How long a fetch waits for progress before asking again, and how often it asks again. */
export interface CatchUpTiming {
  readonly chunkTimeoutMs: number;
  readonly chunkRetries: number;
}

interface Transfer {
  readonly from: number;
  readonly slot: number;
  readonly window: FetchWindow;
  /** The sender's crc32c of the whole payload, from its first chunk that carried one. */
  payloadCrc: number | null;
  receiver: SnapshotReceiver | null;
  timer: NodeJS.Timeout | null;
  retries: number;
  /** The loop writing held chunks to disk, while it runs (one at a time). */
  writing: Promise<void> | null;
  /** Replaced, failed or closed: write nothing more, discard the partial file. */
  retired: boolean;
  readonly startedMs: number;
  readonly progress: ProgressOperation;
}

interface Sending {
  readonly op: ProgressOperation;
  readonly slot: number;
  /** Offsets served, until the last byte is (at most one per chunk of the snapshot). */
  readonly served: Set<number>;
  bytes: number;
}

export class CatchUp {
  private transfer: Transfer | null = null;
  private closed = false;
  /** The snapshot each peer is fetching from us, as far as we served it (bounded by the member count). */
  private readonly sending = new Map<number, Sending>();

  private readonly timing: CatchUpTiming;

  constructor(private readonly store: SnapshotStore, private readonly host: CatchUpHost, private readonly logger: NodeLogger,
    private readonly progress: ProgressBoard, timing: Partial<CatchUpTiming> = {}) {
    this.timing = { chunkTimeoutMs: CHUNK_TIMEOUT_MS, chunkRetries: CHUNK_RETRIES, ...timing };
  }

  get active(): boolean {
    return this.transfer !== null;
  }

  /** Serve one chunk of our snapshot to `from`. */
  async serve(from: number, request: { snapshotSlot: number; offset: number }): Promise<void> {
    let slot = request.snapshotSlot;
    let reader;
    try {
      reader = await this.store.openReader(slot);
    } catch (error) {
      if (!(error instanceof StorageError && error.code === 'SNAPSHOT_NOT_FOUND')) throw error;
      const latest = (await this.store.slots())[0];
      if (latest === undefined) return;
      slot = latest;
      reader = await this.store.openReader(slot);
    }
    try {
      const total = reader.info.payloadBytes;
      const offset = slot === request.snapshotSlot ? Math.min(request.offset, total) : 0;
      const length = Math.min(CHUNK_BYTES, total - offset);
      const done = offset + length >= total;
      // The chunk is read from disk straight into the frame, behind its header.
      const prefix = this.host.chunkPrefix({ snapshotSlot: slot, offset, totalBytes: total, done, payloadCrc: reader.info.payloadCrc }, length);
      const frame = Buffer.allocUnsafe(prefix.length + length);
      frame.set(prefix, 0);
      await reader.readInto(frame, prefix.length, offset, length);
      this.host.sendFrame(from, frame);
      this.host.bytesTransferred('out', length);
      if (offset === 0) this.logger.info({ peer: from, slot, totalBytes: total }, 'catch-up: serving snapshot');
      this.trackSend(from, slot, offset, length, total);
    } finally {
      await reader.close();
    }
  }

  /** Start fetching `from`'s snapshot at `slot` (ignored while a transfer runs). */
  fetch(from: number, slot: number): void {
    if (this.transfer !== null || this.closed) return;
    const progress = this.progress.start({ kind: 'snapshot-receive', unit: 'bytes', total: null, peer: this.host.peerName(from), slot });
    this.logger.info({ peer: from, slot }, 'catch-up: fetching snapshot');
    this.begin(from, slot, Date.now(), progress);
  }

  /** A SnapshotChunk arrived: hold it, ask for more, and write what is in order. */
  onChunk(from: number, chunk: Extract<NodeMessage, { type: 'snapshotChunk' }>): void {
    let t = this.transfer;
    if (t === null || t.from !== from) return;
    if (chunk.snapshotSlot !== t.slot) {
      // The peer no longer has the slot we asked for and answers with its newest snapshot
      // from the start. Switch to it, unless it is older than one we already get bytes of
      // (a late answer to a request from before an earlier switch).
      if (chunk.offset !== 0 || (chunk.snapshotSlot < t.slot && t.window.started)) return;
      void this.retire(t);
      t.progress.restart(null, chunk.snapshotSlot);
      t = this.begin(from, chunk.snapshotSlot, t.startedMs, t.progress, true);
    }
    const verdict = t.window.accept(chunk.offset, chunk.data, chunk.totalBytes);
    if (verdict === 'ignored') return;
    if (verdict === 'kept' && chunk.payloadCrc !== null && t.payloadCrc !== null && chunk.payloadCrc !== t.payloadCrc) {
      this.fail(t, `peer ${from} announced two checksums for snapshot ${t.slot}`);
      return;
    }
    if (verdict === 'inconsistent') {
      this.fail(t, `peer ${from} sent a chunk of snapshot ${t.slot} that contradicts its size (offset ${chunk.offset}, ` +
        `${chunk.data.length} bytes, total ${chunk.totalBytes})`);
      return;
    }
    t.payloadCrc ??= chunk.payloadCrc;
    this.request(t, t.window.toRequest());
    if (t.writing === null) t.writing = this.writeHeld(t).finally(() => { t.writing = null; });
  }

  async close(): Promise<void> {
    this.closed = true;
    const t = this.transfer;
    if (t !== null) {
      this.transfer = null;
      t.progress.fail('node stopping');
      await this.retire(t);
    }
    for (const { op } of this.sending.values()) op.fail('node stopping');
    this.sending.clear();
  }

  /**
   * A transfer of `slot` from `from` becomes the current one. `answered`: its first
   * chunk is already here (the peer switched us to this slot), so only mark it requested.
   */
  private begin(from: number, slot: number, startedMs: number, progress: ProgressOperation, answered = false): Transfer {
    const t: Transfer = {
      from, slot, window: new FetchWindow(CHUNK_BYTES, FETCH_DEPTH), payloadCrc: null, receiver: null, timer: null, retries: 0,
      writing: null, retired: false, startedMs, progress,
    };
    this.transfer = t;
    const first = t.window.toRequest();
    if (!answered) this.request(t, first);
    this.armTimer(t);
    return t;
  }

  /** Writes the held chunks in order until the next one is missing; completes the transfer after the last. */
  private async writeHeld(t: Transfer): Promise<void> {
    try {
      for (let next = t.window.takeNext(); next !== null && !t.retired; next = t.window.takeNext()) {
        t.receiver ??= await this.store.beginReceive(t.slot, t.window.totalBytes!);
        await t.receiver.writeChunk(next.offset, next.data);
        t.retries = 0;
        this.armTimer(t);
        this.host.bytesTransferred('in', next.data.length);
        t.progress.update(t.window.writtenBytes, t.window.totalBytes);
        if (t.window.complete) {
          await this.complete(t);
          return;
        }
        this.request(t, t.window.toRequest());
      }
    } catch (error) {
      this.fail(t, `snapshot receive failed: ${describe(error)}`);
    }
    if (t.retired) await this.discard(t);
  }

  private async complete(t: Transfer): Promise<void> {
    this.clearTimer(t);
    const transferMs = Date.now() - t.startedMs;
    const receiver = t.receiver!;
    t.receiver = null;
    // A sender that announces no checksum (an older version) leaves the payload's own
    // kv CRC and header checks, made by decoding below, as the only ones.
    const info = await receiver.finish(t.payloadCrc ?? receiver.receivedCrc);
    // Decoded a slice at a time: the node goes on answering its peers meanwhile.
    const contents = await decodeSnapshotPayloadSliced(await this.store.readAll(t.slot), RESTORE_SLICE_ENTRIES, () => nextTurn());
    if (t.retired) return; // the node is stopping; the snapshot stays on disk for its restart
    this.transfer = null;
    t.progress.finish();
    // ms: from the first request to a decoded state; transferMs: to the last byte written.
    this.logger.info({ peer: t.from, slot: t.slot, bytes: info.payloadBytes, ms: Date.now() - t.startedMs, transferMs },
      'catch-up: snapshot received');
    this.host.install(t.from, contents);
  }

  private request(t: Transfer, offsets: readonly number[]): void {
    for (const offset of offsets) this.host.send(t.from, { type: 'snapshotRequest', snapshotSlot: t.slot, offset });
  }

  /** Restarts the stall timer: chunkTimeoutMs without a chunk written asks again, chunkRetries times. */
  private armTimer(t: Transfer): void {
    this.clearTimer(t);
    t.timer = setTimeout(() => {
      t.timer = null;
      if (this.transfer !== t) return;
      // A chunk still being written: the disk is slow, not the peer.
      if (t.writing !== null) this.armTimer(t);
      else if (++t.retries > this.timing.chunkRetries) this.fail(t, `no answer from peer ${t.from} after ${this.timing.chunkRetries} retries`);
      else {
        this.request(t, t.window.rerequest());
        this.armTimer(t);
      }
    }, this.timing.chunkTimeoutMs);
    t.timer.unref();
  }

  private fail(t: Transfer, reason: string): void {
    if (t.retired) return; // replaced or closed already: nobody waits for this one
    if (this.transfer === t) this.transfer = null;
    t.progress.fail(reason);
    this.logger.warn({ peer: t.from, slot: t.slot, reason }, 'catch-up: snapshot transfer failed');
    void this.retire(t);
    this.host.failed(t.from, reason);
  }

  /**
   * Stops `t` for good and deletes its partial file, once no write of it is running (the
   * write loop discards it itself when it sees `retired`). Resolves when that is done.
   */
  private retire(t: Transfer): Promise<void> {
    t.retired = true;
    this.clearTimer(t);
    return t.writing ?? this.discard(t);
  }

  /**
   * Progress of the snapshot `to` fetches from us: distinct chunks served, as they may be
   * asked for out of order and again. Offset 0 of a snapshot already begun, or another
   * slot, starts a new one; a chunk asked for again after the last is a resend.
   */
  private trackSend(to: number, slot: number, offset: number, length: number, totalBytes: number): void {
    let sending = this.sending.get(to);
    const fresh = sending === undefined || sending.slot !== slot || (offset === 0 && (sending.served.has(0) || sending.op.state !== 'running'));
    if (fresh) {
      sending?.op.fail('the peer started over');
      const op = this.progress.start({ kind: 'snapshot-send', unit: 'bytes', total: totalBytes, peer: this.host.peerName(to), slot });
      sending = { op, slot, served: new Set(), bytes: 0 };
      this.sending.set(to, sending);
    } else if (sending!.op.state !== 'running') {
      return;
    }
    const s = sending!;
    if (!s.served.has(offset)) {
      s.served.add(offset);
      s.bytes += length;
    }
    s.op.update(s.bytes, totalBytes);
    if (s.bytes >= totalBytes) {
      s.op.finish();
      s.served.clear();
    }
  }

  private async discard(t: Transfer): Promise<void> {
    const receiver = t.receiver;
    t.receiver = null;
    if (receiver !== null) await receiver.abort().catch(() => undefined);
  }

  private clearTimer(t: Transfer): void {
    if (t.timer !== null) clearTimeout(t.timer);
    t.timer = null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
