// Snapshot transfer between peers, for a replica whose missing slots a peer compacted.
//
// Serving: a SnapshotRequest{slot, offset} is answered with one SnapshotChunk of at most
// CHUNK_BYTES read from the snapshot file (the newest one if that slot is gone; the
// receiver then starts over at the new slot).
// Fetching: one transfer at a time, chunk by chunk (request, wait, write), each with a
// timeout and a bounded number of retries. Once all bytes are in, the store verifies
// and installs the file; the node then decodes it and installs it in the replica.
// SnapshotChunk carries no checksum, so the receiver passes the CRC of what it received
// to the store; the payload's own kv CRC and JSON header checks catch corruption.
// Both directions report bytes done / total on the node's ProgressBoard.
import { crc32c, StorageError, type SnapshotReceiver, type SnapshotStore } from '../storage';
import type { NodeMessage } from '../wire/peer-codec';
import { decodeSnapshotPayload, type SnapshotContents } from './snapshotter';
import type { NodeLogger } from './logger';
import type { ProgressBoard, ProgressOperation } from './progress';

export const CHUNK_BYTES = 256 * 1024;
export const CHUNK_TIMEOUT_MS = 3000;
export const CHUNK_RETRIES = 5;

export interface CatchUpHost {
  send(to: number, message: NodeMessage): void;
  /** The transfer finished: the file is durable; install `contents` in the node. */
  install(from: number, contents: SnapshotContents): void;
  failed(from: number, reason: string): void;
  bytesTransferred(direction: 'in' | 'out', bytes: number): void;
  peerName(index: number): string | null;
}

interface Transfer {
  readonly from: number;
  slot: number;
  offset: number;
  totalBytes: number;
  crc: number;
  receiver: SnapshotReceiver | null;
  timer: NodeJS.Timeout | null;
  retries: number;
  busy: boolean;
  readonly startedMs: number;
  readonly progress: ProgressOperation;
}

export class CatchUp {
  private transfer: Transfer | null = null;
  private closed = false;
  /** The snapshot each peer is fetching from us, as far as we served it (bounded by the member count). */
  private readonly sending = new Map<number, ProgressOperation>();

  constructor(private readonly store: SnapshotStore, private readonly host: CatchUpHost, private readonly logger: NodeLogger,
    private readonly progress: ProgressBoard) {}

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
      const data = await reader.readChunk(offset, Math.min(CHUNK_BYTES, total - offset));
      const done = offset + data.length >= total;
      this.host.send(from, { type: 'snapshotChunk', snapshotSlot: slot, offset, totalBytes: total, data, done });
      this.host.bytesTransferred('out', data.length);
      if (offset === 0) this.logger.info({ peer: from, slot, totalBytes: total }, 'catch-up: serving snapshot');
      this.trackSend(from, slot, offset, offset + data.length, total, done);
    } finally {
      await reader.close();
    }
  }

  /** Start fetching `from`'s snapshot at `slot` (ignored while a transfer runs). */
  fetch(from: number, slot: number): void {
    if (this.transfer !== null || this.closed) return;
    this.transfer = {
      from, slot, offset: 0, totalBytes: -1, crc: 0, receiver: null, timer: null, retries: 0, busy: false, startedMs: Date.now(),
      progress: this.progress.start({ kind: 'snapshot-receive', unit: 'bytes', total: null, peer: this.host.peerName(from), slot }),
    };
    this.logger.info({ peer: from, slot }, 'catch-up: fetching snapshot');
    this.request();
  }

  /** A SnapshotChunk arrived. */
  async onChunk(from: number, chunk: Extract<NodeMessage, { type: 'snapshotChunk' }>): Promise<void> {
    const t = this.transfer;
    if (t === null || t.from !== from || t.busy) return;
    if (chunk.snapshotSlot !== t.slot) {
      if (chunk.offset !== 0) return;
      // The peer moved on to a newer snapshot: start over with it.
      await this.discard(t);
      t.slot = chunk.snapshotSlot;
      t.offset = 0;
      t.crc = 0;
      t.totalBytes = -1;
      t.progress.restart(null, t.slot);
    }
    if (chunk.offset !== t.offset) return;
    t.busy = true;
    this.clearTimer(t);
    try {
      if (t.receiver === null) {
        t.totalBytes = chunk.totalBytes;
        t.receiver = await this.store.beginReceive(t.slot, t.totalBytes);
      }
      await t.receiver.writeChunk(chunk.offset, chunk.data);
      t.crc = crc32c(chunk.data, t.crc);
      t.offset += chunk.data.length;
      t.retries = 0;
      this.host.bytesTransferred('in', chunk.data.length);
      t.progress.update(t.offset, t.totalBytes);
      if (t.offset >= t.totalBytes) {
        await this.complete(t);
        return;
      }
    } catch (error) {
      this.abort(t, `snapshot receive failed: ${describe(error)}`);
      return;
    } finally {
      t.busy = false;
    }
    this.request();
  }

  async close(): Promise<void> {
    this.closed = true;
    const t = this.transfer;
    if (t !== null) {
      this.clearTimer(t);
      this.transfer = null;
      t.progress.fail('node stopping');
      await this.discard(t);
    }
    for (const op of this.sending.values()) op.fail('node stopping');
    this.sending.clear();
  }

  private async complete(t: Transfer): Promise<void> {
    const receiver = t.receiver!;
    t.receiver = null;
    await receiver.finish(t.crc);
    const contents = decodeSnapshotPayload(await this.store.readAll(t.slot));
    this.transfer = null;
    t.progress.finish();
    this.logger.info({ peer: t.from, slot: t.slot, bytes: t.totalBytes, ms: Date.now() - t.startedMs }, 'catch-up: snapshot received');
    this.host.install(t.from, contents);
  }

  private request(): void {
    const t = this.transfer;
    if (t === null) return;
    this.host.send(t.from, { type: 'snapshotRequest', snapshotSlot: t.slot, offset: t.offset });
    this.clearTimer(t);
    t.timer = setTimeout(() => {
      t.timer = null;
      if (this.transfer !== t || t.busy) return;
      if (++t.retries > CHUNK_RETRIES) this.abort(t, `no answer from peer ${t.from} after ${CHUNK_RETRIES} retries`);
      else this.request();
    }, CHUNK_TIMEOUT_MS);
    t.timer.unref();
  }

  private abort(t: Transfer, reason: string): void {
    this.clearTimer(t);
    if (this.transfer === t) this.transfer = null;
    t.progress.fail(reason);
    this.logger.warn({ peer: t.from, slot: t.slot, reason }, 'catch-up: snapshot transfer failed');
    void this.discard(t);
    this.host.failed(t.from, reason);
  }

  /** Progress of the snapshot `to` fetches from us; a request for offset 0 or another slot starts a new one. */
  private trackSend(to: number, slot: number, offset: number, sentBytes: number, totalBytes: number, done: boolean): void {
    let op = this.sending.get(to);
    if (op !== undefined && (op.state !== 'running' || op.slot !== slot || offset === 0)) {
      op.fail('the peer started over');
      op = undefined;
    }
    op ??= this.progress.start({ kind: 'snapshot-send', unit: 'bytes', total: totalBytes, peer: this.host.peerName(to), slot });
    op.update(sentBytes, totalBytes);
    if (done) {
      op.finish();
      this.sending.delete(to);
    } else {
      this.sending.set(to, op);
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
