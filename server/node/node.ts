// The node loop: drives the pure consensus core with real time, disk and sockets.
//
// For every batch of inputs (ticks every tickMs, peer messages, proposals, reads) the
// core's Ready is carried out strictly in this order:
//   1. append `persist` records to the WAL and wait until they are durable (the WAL
//      group-commits: many Readies taken while one fdatasync runs share the next one),
//   2. send `send` envelopes (a Promise or Accepted never leaves before its record),
//   3. apply `apply` to the KV state machine and answer waiting clients,
//   4. answer confirmed reads once the state machine has applied their slot,
//   5. tell the core the Ready is durable (the leader's own votes count from then on).
// The leader's Accept requests (`sendBeforePersist`) leave at once, before step 1, so
// its fsync runs while the followers do theirs.
// Readies are released strictly in the order taken, even when a later one needs no
// fsync. A storage failure stops the loop for good: nothing is sent or answered after
// it, and the process exits (onFatal) rather than vote without durability.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Replica } from '../core/replica';
import { readyIsEmpty, type CoreEvent, type Ready } from '../core/ready';
import type { Envelope, PeerMessage } from '../core/types';
import type { FrozenState, KvStateMachine } from '../kv';
import type { SnapshotStore, Wal } from '../storage';
import type { PeerEnvelope } from '../transport/frame-codec';
import { encodeEnvelope, encodeNodeMessage, encodePersistRecord, fromProto, snapshotChunkPrefix, type NodeMessage } from '../wire/peer-codec';
import { CatchUp } from './catch-up';
import { ClientWaiters, type WaiterCallback } from './client-waiters';
import type { NodeLogger } from './logger';
import type { NodeMetrics } from './metrics';
import { ProgressBoard, type ProgressOperation } from './progress';
import { ReadIndex, type ReadCallback } from './read-index';
import { chunksReporting, snapshotPayload, type SnapshotContents } from './snapshotter';

export const DEFAULT_TICK_MS = 25;
/** A gap of this many tick intervals between ticks is logged as a stall (half the default election timeout). */
const STALL_TICKS = 5;
/** Catching up fewer chosen slots than this is routine (a missed Accept): not tracked as progress. */
export const CATCH_UP_PROGRESS_MIN_SLOTS = 64;
/**
 * Entries a snapshot's freeze copies per turn of the event loop: 4–5 ms of work in a quiet
 * process, so a leader with a million keys goes on sending heartbeats while it freezes
 * (in one go it stopped for half a second, twice the election timeout, and for longer
 * on a busy machine).
 */
export const FREEZE_SLICE_KEYS = 8192;

/** What the loop needs of the peer transport (PeerTransport in production, a fake in tests). */
export interface NodeTransport {
  onMessage(handler: (fromIndex: number, envelope: PeerEnvelope) => void): () => void;
  onPeerState(handler: (index: number, connected: boolean, incarnation: string | null) => void): () => void;
  start(): void;
  /** Never blocks; false when the frame was dropped. */
  send(toIndex: number, envelopeBytes: Uint8Array): boolean;
  /** Writes out at once what send() may hold back to coalesce (until the event-loop turn ends). */
  flush(): void;
  close(): Promise<void>;
}

/** What the loop needs of the WAL (Wal in production). */
export type NodeWal = Pick<Wal, 'append' | 'flush' | 'truncateBefore' | 'close' | 'nextIndex'>;

export interface NodeMember {
  readonly name: string;
}

export interface NodeParts {
  readonly selfIndex: number;
  readonly members: readonly NodeMember[];
  readonly incarnation: string;
  readonly replica: Replica;
  readonly kv: KvStateMachine;
  readonly wal: NodeWal;
  readonly snapshotStore: SnapshotStore;
  /** Slot of the snapshot the node started from (0 = none). */
  readonly snapshotSlot: number;
  readonly transport: NodeTransport;
  readonly logger: NodeLogger;
  readonly metrics: NodeMetrics;
  /** Take a snapshot once this many WAL bytes were written since the last one. */
  readonly snapshotLogBytes: number;
  readonly tickMs?: number;
  /** A storage failure: the node has stopped; the process should exit non-zero. */
  readonly onFatal: (error: Error) => void;
}

export type ProposeOutcome =
  | { readonly ok: true; readonly cancel: () => void }
  | { readonly ok: false; readonly reason: 'not_leader' | 'overloaded' | 'stopped' };

export type NodeMessageHandler = (from: number, message: NodeMessage) => void;

interface PendingReady {
  readonly ready: Ready;
  done: boolean;
}

export class PaxosNode {
  readonly selfIndex: number;
  readonly incarnation: string;
  readonly replica: Replica;
  kv: KvStateMachine;
  readonly waiters = new ClientWaiters();
  readonly reads = new ReadIndex();
  /** Long operations (snapshot write/send/receive, catch-up) for /v1/status and the logs. */
  readonly progress: ProgressBoard;
  private readonly parts: NodeParts;
  private readonly logger: NodeLogger;
  private readonly metrics: NodeMetrics;
  private readonly catchUp: CatchUp;
  private pipeline: PendingReady[] = [];
  private drainScheduled = false;
  private tickTimer: NodeJS.Timeout | null = null;
  private failure: Error | null = null;
  private stopped = false;
  private snapshotSlotValue: number;
  private snapshotting = false;
  private walBytesSinceSnapshot = 0;
  /** First WAL index of the last acceptor checkpoint (null before the first one). */
  private previousCheckpointIndex: number | null = null;
  private nodeMessageHandler: NodeMessageHandler = () => undefined;
  private readonly peerDownHandlers: ((index: number) => void)[] = [];
  private lastCatchUpLogMs = 0;
  /** The tick interval, and when the last tick ran (set when ticking starts). */
  private readonly tickMs: number;
  private lastTickMs = 0;
  private lastStallLogMs = 0;
  private lastStallLoggedGapMs = 0;
  /** Catch-up of chosen slots in progress, counted from `catchUpBaseSlot` (applied when it began). */
  private catchUpProgress: ProgressOperation | null = null;
  private catchUpBaseSlot = 0;
  private catchUpTargetSlot = 0;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(parts: NodeParts) {
    this.parts = parts;
    this.tickMs = parts.tickMs ?? DEFAULT_TICK_MS;
    this.selfIndex = parts.selfIndex;
    this.incarnation = parts.incarnation;
    this.replica = parts.replica;
    this.kv = parts.kv;
    this.logger = parts.logger;
    this.metrics = parts.metrics;
    this.snapshotSlotValue = parts.snapshotSlot;
    this.progress = new ProgressBoard({ logger: parts.logger });
    this.catchUp = new CatchUp(parts.snapshotStore, {
      send: (to, message) => this.sendNodeMessage(to, message),
      chunkPrefix: (chunk, dataLength) => snapshotChunkPrefix(this.selfIndex, this.incarnation, chunk, dataLength),
      sendFrame: (to, frame) => this.parts.transport.send(to, frame),
      install: (from, contents) => this.installSnapshot(from, contents),
      failed: () => this.replica.snapshotFetchFailed(),
      bytesTransferred: (direction, bytes) => {
        this.metrics.catchUpBytes.inc({ direction }, bytes);
        // A snapshot arriving is the catch-up moving, though no slot is applied until it is installed.
        if (direction === 'in') this.catchUpProgress?.update(this.kv.appliedSlot - this.catchUpBaseSlot);
      },
      peerName: (index) => this.memberName(index),
    }, parts.logger, this.progress);
    this.metrics.appliedSlot.set(this.kv.appliedSlot);
  }

  // ---------------------------------------------------------------- lifecycle

  start(): void {
    const transport = this.parts.transport;
    this.unsubscribe.push(transport.onMessage((fromIndex, envelope) => this.onPeerEnvelope(fromIndex, envelope)));
    this.unsubscribe.push(transport.onPeerState((index, connected) => {
      if (!connected) for (const handler of this.peerDownHandlers) handler(index);
    }));
    this.lastTickMs = Date.now();
    this.tickTimer = setInterval(() => this.tick(), this.tickMs);
    transport.start();
  }

  /** Graceful stop: no new inputs, pending fsyncs finish, the WAL closes. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.tickTimer = null;
    for (const off of this.unsubscribe) off();
    this.reads.failAll();
    await this.catchUp.close();
    this.catchUpProgress?.fail('node stopping');
    this.progress.close();
    await this.parts.transport.close();
    await this.snapshotOnStop().catch((error: unknown) => {
      this.logger.warn({ err: describe(error) }, 'snapshot at stop failed; the next start replays the log');
    });
    await this.parts.wal.close().catch((error: unknown) => {
      this.logger.error({ err: describe(error) }, 'wal: close failed');
    });
  }

  get failed(): Error | null {
    return this.failure;
  }

  get snapshotSlot(): number {
    return this.snapshotSlotValue;
  }

  get catchingUp(): boolean {
    return this.catchUp.active;
  }

  onNodeMessage(handler: NodeMessageHandler): void {
    this.nodeMessageHandler = handler;
  }

  onPeerDown(handler: (index: number) => void): void {
    this.peerDownHandlers.push(handler);
  }

  memberName(index: number | null): string | null {
    if (index === null) return null;
    return this.parts.members[index]?.name ?? null;
  }

  get memberCount(): number {
    return this.parts.members.length;
  }

  // ---------------------------------------------------------------- client entry points

  get isLeader(): boolean {
    return this.replica.role === 'leader' && this.replica.leader !== null;
  }

  get leaderIndex(): number | null {
    return this.replica.leaderIndex;
  }

  /** Leader only: propose encoded KvCommand bytes; `callback` gets its result once applied. */
  propose(bytes: Uint8Array, callback: WaiterCallback): ProposeOutcome {
    if (this.stopped || this.failure !== null) return { ok: false, reason: 'stopped' };
    if (!this.isLeader) return { ok: false, reason: 'not_leader' };
    const cancel = this.waiters.add(bytes, callback);
    if (cancel === null) return { ok: false, reason: 'overloaded' };
    const result = this.replica.propose(bytes);
    if (!result.ok) {
      cancel();
      this.metrics.countProposal(result.reason);
      return { ok: false, reason: result.reason };
    }
    this.metrics.countProposal('ok');
    this.scheduleDrain();
    return { ok: true, cancel };
  }

  /** Leader only: a linearizable read; `callback(true)` once it may read the state machine. */
  requestRead(callback: ReadCallback): (() => void) | null {
    if (this.stopped || this.failure !== null) return null;
    const readId = this.replica.requestRead();
    if (readId === null) return null;
    const cancel = this.reads.add(readId, callback);
    this.scheduleDrain();
    return cancel;
  }

  sendNodeMessage(to: number, message: NodeMessage): boolean {
    if (this.stopped || this.failure !== null || to === this.selfIndex) return false;
    return this.parts.transport.send(to, encodeNodeMessage(this.selfIndex, this.incarnation, message));
  }

  // ---------------------------------------------------------------- inputs

  private tick(): void {
    if (this.stopped || this.failure !== null) return;
    this.noteTickGap();
    this.replica.tick();
    this.drain();
  }

  /**
   * A tick far later than its interval means the event loop was blocked (a long GC
   * pause, a long synchronous task, CPU starvation): long enough, and followers elect
   * another leader. Logged so such a failover has a visible cause: one line a second for
   * a burst of stalls, unless a longer one comes.
   */
  private noteTickGap(): void {
    const now = Date.now();
    const gap = now - this.lastTickMs;
    this.lastTickMs = now;
    if (gap < this.tickMs * STALL_TICKS) return;
    // Within a second of a logged stall only a longer one is logged: a burst of short
    // stalls stays one line, and the one that matters is not hidden behind them.
    if (now - this.lastStallLogMs < 1000 && gap <= this.lastStallLoggedGapMs) return;
    this.lastStallLogMs = now;
    this.lastStallLoggedGapMs = gap;
    this.logger.warn({ ms: gap, role: this.replica.role }, 'event loop stalled');
  }

  private onPeerEnvelope(fromIndex: number, pe: PeerEnvelope): void {
    if (this.stopped || this.failure !== null) return;
    const decoded = fromProto(pe, this.selfIndex);
    if (!decoded.ok) {
      this.logger.warn({ peer: this.memberName(fromIndex), code: decoded.error.code, err: decoded.error.message }, 'peer message dropped');
      return;
    }
    const inbound = decoded.value;
    if (inbound.kind === 'paxos') {
      this.replica.receive(inbound.envelope);
      this.scheduleDrain();
    } else if (inbound.kind === 'node') {
      this.onNodeMessageIn(inbound.from, inbound.message);
    }
  }

  private onNodeMessageIn(from: number, message: NodeMessage): void {
    switch (message.type) {
      case 'snapshotRequest':
        this.catchUp.serve(from, message).catch((error: unknown) => {
          this.logger.warn({ peer: this.memberName(from), err: describe(error) }, 'catch-up: serving snapshot failed');
        });
        return;
      case 'snapshotChunk':
        this.catchUp.onChunk(from, message);
        return;
      default:
        this.nodeMessageHandler(from, message);
    }
  }

  // ---------------------------------------------------------------- the loop

  private scheduleDrain(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    setImmediate(() => {
      this.drainScheduled = false;
      this.drain();
    });
  }

  /** Take the core's Ready, start its records on their way to disk, queue it for release. */
  private drain(): void {
    if (this.stopped || this.failure !== null) return;
    const ready = this.replica.takeReady();
    if (readyIsEmpty(ready)) return;
    for (const event of ready.events) this.onEvent(event);
    this.sendAll(ready.sendBeforePersist);
    const item: PendingReady = { ready, done: ready.persist.length === 0 };
    this.pipeline.push(item);
    if (ready.persist.length > 0) {
      const wal = this.parts.wal;
      const startedNs = process.hrtime.bigint();
      try {
        for (const record of ready.persist) {
          const payload = encodePersistRecord(record);
          wal.append(payload);
          this.walBytesSinceSnapshot += payload.length + 16;
        }
      } catch (error) {
        this.fatal(error);
        return;
      }
      this.metrics.fsyncRecords.observe(ready.persist.length);
      wal.flush().then(() => {
        this.metrics.fsyncSeconds.observe(Number(process.hrtime.bigint() - startedNs) / 1e9);
        item.done = true;
        this.release();
      }, (error: unknown) => this.fatal(error));
    } else {
      this.release();
    }
  }

  private release(): void {
    let released = 0;
    while (this.pipeline.length > 0 && this.pipeline[0]!.done && this.failure === null) {
      const { ready } = this.pipeline.shift()!;
      this.carryOut(ready);
      released = ready.seq;
    }
    if (released > 0) {
      // The leader's own votes in those records count now; what they choose goes out
      // with the next Ready.
      this.replica.persisted(released);
      this.scheduleDrain();
    }
    this.maybeSnapshot();
  }

  private carryOut(ready: Ready): void {
    this.sendAll(ready.send);
    for (const entry of ready.apply) {
      if (entry.slot <= this.kv.appliedSlot) continue; // covered by an installed snapshot
      const value = entry.value;
      if (value.kind === 'commands') {
        const results = this.kv.applyEncodedSlot(entry.slot, value.commands);
        for (let i = 0; i < results.length; i++) this.waiters.resolve(value.commands[i]!, results[i]!);
        this.metrics.batchCommands.observe(value.commands.length);
        this.metrics.appliedCommands.inc(value.commands.length);
      } else {
        this.kv.applySlot(entry.slot, []);
      }
      this.metrics.chosenSlots.inc();
    }
    this.metrics.appliedSlot.set(this.kv.appliedSlot);
    if (this.catchUpProgress !== null) this.trackCatchUp();
    for (const read of ready.readsConfirmed) this.reads.confirm(read.readId, read.applyIndex, this.kv.appliedSlot);
    this.reads.applied(this.kv.appliedSlot);
    for (const readId of ready.readsFailed) this.reads.fail(readId);
    if (ready.snapshotNeeded !== null) this.catchUp.fetch(ready.snapshotNeeded.from, ready.snapshotNeeded.slot);
  }

  private sendAll(envelopes: readonly Envelope[]): void {
    const transport = this.parts.transport;
    // A broadcast is one message object sent to every peer: encode it once.
    let lastMessage: PeerMessage | null = null;
    let lastBytes: Uint8Array | null = null;
    for (const envelope of envelopes) {
      if (envelope.message !== lastMessage) {
        lastMessage = envelope.message;
        lastBytes = encodeEnvelope(envelope);
      }
      transport.send(envelope.to, lastBytes!);
    }
    // The batch is complete: no reason to hold it until the turn ends.
    if (envelopes.length > 0) transport.flush();
  }

  private onEvent(event: CoreEvent): void {
    switch (event.type) {
      case 'roleChanged':
        this.metrics.isLeader.set(event.role === 'leader' ? 1 : 0);
        this.logger.info({ role: event.role, ballot: event.ballot }, 'role changed');
        if (event.role !== 'leader') this.reads.failAll();
        return;
      case 'electionStarted':
        this.metrics.elections.inc();
        this.logger.info({ ballot: event.ballot }, 'election started');
        return;
      case 'leaderChanged':
        this.metrics.leaderChanges.inc();
        this.logger.info({ leader: this.memberName(event.leader), ballot: event.ballot }, 'leader changed');
        return;
      case 'configurationChosen':
        this.logger.info({ slot: event.slot, epoch: event.epoch, incarnations: event.incarnations }, 'configuration chosen');
        return;
      case 'catchUpRequested': {
        this.catchUpRequested(event.from, event.target);
        const now = Date.now();
        if (now - this.lastCatchUpLogMs >= 1000) {
          this.lastCatchUpLogMs = now;
          this.logger.info({ peer: this.memberName(event.from), fromSlot: event.fromSlot, target: event.target }, 'catch-up: fetching chosen slots');
        }
        return;
      }
    }
  }

  // ---------------------------------------------------------------- snapshots

  private maybeSnapshot(): void {
    if (this.snapshotting || this.stopped || this.failure !== null || this.catchUp.active) return;
    if (this.walBytesSinceSnapshot < this.parts.snapshotLogBytes) return;
    const slot = this.kv.appliedSlot;
    if (slot <= this.snapshotSlotValue) return;
    this.snapshotting = true;
    this.writeSnapshot(slot, false).catch((error: unknown) => this.fatal(error)).finally(() => {
      this.snapshotting = false;
    });
  }

  /**
   * A clean stop leaves a snapshot of everything applied: the next start replays little,
   * and after a full-cluster restart the Promises of the first campaign stay short.
   */
  private async snapshotOnStop(): Promise<void> {
    if (this.failure !== null || this.snapshotting || this.catchUp.active) return;
    const slot = this.kv.appliedSlot;
    if (slot <= this.snapshotSlotValue) return;
    await this.writeSnapshot(slot, true);
  }

  /**
   * Writes a snapshot of the state at `slot` (applied now), then compacts and checkpoints.
   * `atStop`: taken by stop() itself; otherwise a stop meanwhile makes it moot.
   */
  private async writeSnapshot(slot: number, atStop: boolean): Promise<void> {
    const startedMs = Date.now();
    // The state as of now, synchronously (the freeze starts before the first await):
    // later applies do not leak into it. Encoded piece by piece into one reused buffer as
    // the store writes (it is done with each piece before it takes the next), never as
    // one buffer of the whole state.
    const configurations = this.replica.configurations.exportUpTo(slot);
    const frozen = await this.freezeKv();
    const payload = snapshotPayload(slot, configurations, frozen, { reusePieces: true });
    const progress = this.progress.start({ kind: 'snapshot-write', unit: 'bytes', total: payload.bytes, slot });
    try {
      await this.parts.snapshotStore.write(slot, chunksReporting(payload.chunks, progress));
    } catch (error) {
      progress.fail(describe(error));
      throw error;
    }
    progress.finish();
    if (this.failure !== null || (this.stopped && !atStop)) return;
    if (slot <= this.snapshotSlotValue) return;
    this.replica.compact(slot);
    this.snapshotSlotValue = slot;
    this.metrics.snapshots.inc({ kind: 'taken' });
    const deleted = await this.checkpoint();
    this.logger.info({ slot, bytes: payload.bytes, ms: Date.now() - startedMs, walSegmentsDeleted: deleted }, atStop ? 'snapshot taken at stop' : 'snapshot taken');
  }

  /** The kv state as of this call, its values copied FREEZE_SLICE_KEYS per turn (server/kv/state-freeze.ts). */
  private async freezeKv(): Promise<FrozenState> {
    const freeze = this.kv.beginFreeze();
    try {
      while (!freeze.step(FREEZE_SLICE_KEYS)) await nextTurn();
      return freeze.state();
    } finally {
      freeze.cancel(); // only matters if a step threw: the machine stops remembering values for it
    }
  }

  /**
   * Rewrite the acceptor's live state (its promise, and what it accepted above the
   * snapshot) as fresh WAL records, then delete the segments wholly before the previous
   * such checkpoint: the log's disk use stays bounded by about two snapshot intervals.
   */
  private async checkpoint(): Promise<number> {
    this.drain(); // every record the core produced so far goes to the WAL first
    if (this.failure !== null) return 0;
    const wal = this.parts.wal;
    const state = this.replica.acceptor.state;
    const firstIndex = wal.nextIndex;
    wal.append(encodePersistRecord({ type: 'promise', ballot: state.promised }));
    const entries = [...state.accepted.values()].filter((e) => e.slot > state.compactedUpTo).sort((a, b) => a.slot - b.slot);
    for (const entry of entries) {
      wal.append(encodePersistRecord({ type: 'accept', slot: entry.slot, ballot: entry.ballot, value: entry.value }));
    }
    this.walBytesSinceSnapshot = 0;
    await wal.flush();
    // Truncate only below the *previous* checkpoint: the snapshot store keeps the previous
    // snapshot as a fallback if the newest turns out corrupt, and the acceptor state above
    // that fallback must then still be in the log.
    const previous = this.previousCheckpointIndex;
    this.previousCheckpointIndex = firstIndex;
    return previous === null ? 0 : wal.truncateBefore(previous);
  }

  private installSnapshot(from: number, contents: SnapshotContents): void {
    if (this.stopped || this.failure !== null) return;
    if (contents.slot <= this.kv.appliedSlot) {
      this.replica.snapshotFetchFailed();
      return;
    }
    this.kv = contents.kv;
    this.replica.installSnapshot(contents.slot, contents.configurations);
    this.snapshotSlotValue = Math.max(this.snapshotSlotValue, contents.slot);
    this.metrics.snapshots.inc({ kind: 'installed' });
    this.metrics.appliedSlot.set(this.kv.appliedSlot);
    this.reads.applied(this.kv.appliedSlot);
    if (this.catchUpProgress !== null) this.trackCatchUp();
    this.logger.info({ peer: this.memberName(from), slot: contents.slot }, 'catch-up: snapshot installed');
    this.checkpoint().catch((error: unknown) => this.fatal(error));
    this.scheduleDrain();
  }

  // ---------------------------------------------------------------- catch-up progress

  /** The core asked a peer for chosen slots up to `target`: start tracking a real gap, or move its goal. */
  private catchUpRequested(from: number, target: number): void {
    const applied = this.kv.appliedSlot;
    if (this.catchUpProgress !== null && this.catchUpProgress.state !== 'running') this.trackCatchUp(); // stalled: forget it
    if (this.catchUpProgress === null) {
      if (target - applied < CATCH_UP_PROGRESS_MIN_SLOTS) return;
      this.catchUpBaseSlot = applied;
      this.catchUpProgress = this.progress.start({ kind: 'catch-up', unit: 'slots', total: target - applied, peer: this.memberName(from) });
    }
    this.catchUpTargetSlot = Math.max(this.catchUpTargetSlot, target);
    this.catchUpProgress.update(applied - this.catchUpBaseSlot, this.catchUpTargetSlot - this.catchUpBaseSlot);
  }

  /** After applying: count the slots, and finish once the target is reached. */
  private trackCatchUp(): void {
    const op = this.catchUpProgress!;
    const applied = this.kv.appliedSlot;
    if (op.state === 'running' && applied < this.catchUpTargetSlot) {
      op.update(applied - this.catchUpBaseSlot);
      return;
    }
    op.finish(); // a no-op when the board already gave up on it as stalled
    this.catchUpProgress = null;
    this.catchUpTargetSlot = 0;
  }

  // ---------------------------------------------------------------- failure

  private fatal(error: unknown): void {
    if (this.failure !== null) return;
    const failure = error instanceof Error ? error : new Error(String(error));
    this.failure = failure;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.tickTimer = null;
    this.pipeline = [];
    this.reads.failAll();
    this.logger.fatal({ err: failure.message, code: (failure as { code?: string }).code }, 'storage failure: node stops voting');
    this.parts.onFatal(failure);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
