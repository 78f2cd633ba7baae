// One simulated member: the real Replica driven like the real node drives it (persist,
// then send, then apply), over a simulated disk whose fsyncs take virtual time.
import { replayAcceptor } from '../../server/core/acceptor';
import { replicaOptions, type PlantedFaults, type ReplicaOptions } from '../../server/core/options';
import { readyIsEmpty, type Ready } from '../../server/core/ready';
import { Replica } from '../../server/core/replica';
import type { Envelope, NodeIndex } from '../../server/core/types';
import type { Prng } from './prng';
import { SimApp, type SimCommand } from './sim-app';
import type { ReadConfirmation } from '../../server/core/ready';
import { SimDisk } from './sim-disk';

export interface NodeHost {
  readonly observer: import('./checkers').Observer;
  now(): number;
  schedule(delay: number, run: () => void): void;
  send(envelope: Envelope): void;
  /** The node finished applying a client's command: acknowledge it. */
  completed(node: NodeIndex, command: SimCommand, result: string): void;
  /** A linearizable read was answered (value null = absent) or could not be (failed). */
  /** Read ids restart with each life of a node: `life` tells answers of different lives apart. */
  readAnswered(node: NodeIndex, life: number, readId: number, value: string | null, failed: boolean): void;
  applied(node: NodeIndex, slot: number, value: import('../../server/core/types').SlotValue): void;
  /** A vote became visible: an Accepted left, or the leader's own accept became durable. */
  voted(node: NodeIndex, incarnation: string, slot: number, ballot: import('../../server/core/types').Ballot): void;
  proposed(envelope: Envelope): void;
  /** A reply or commit left while records are still unsynced: a moment a crash hurts most. */
  crashPoint(node: NodeIndex): void;
  fetchSnapshot(node: NodeIndex, from: NodeIndex, slot: number): void;
  trace(line: string): void;
}

export interface SimNodeConfig {
  readonly memberCount: number;
  readonly fsyncDelayMs: [number, number];
  readonly snapshotEvery: number;
  readonly faults: PlantedFaults;
  readonly replica: Partial<ReplicaOptions>;
}

interface PendingReady {
  readonly ready: Ready;
  readonly mark: number;
  done: boolean;
}

export class SimNode {
  replica: Replica | null = null;
  app = new SimApp();
  readonly disk: SimDisk;
  paused = false;
  /** Bumped on crash so events scheduled by an earlier life are ignored. */
  life = 0;
  private pipeline: PendingReady[] = [];
  private lastSyncAt = 0;
  private readonly heldWhilePaused: (() => void)[] = [];
  /** Read id → key, for reads this node is confirming as leader. */
  private readonly reads = new Map<number, string>();
  private confirmedReads: ReadConfirmation[] = [];

  constructor(readonly index: NodeIndex, private readonly config: SimNodeConfig, private readonly host: NodeHost,
    private readonly random: Prng, incarnation: string) {
    this.disk = new SimDisk(incarnation);
  }

  get up(): boolean {
    return this.replica !== null;
  }

  start(): void {
    const snapshot = this.disk.snapshot;
    this.app = new SimApp(snapshot?.app);
    const options = replicaOptions(
      { index: this.index, memberCount: this.config.memberCount, incarnation: this.disk.incarnation, random: () => this.random.next() },
      { ...this.config.replica, faults: this.config.faults },
    );
    const acceptor = replayAcceptor(this.disk.durable, snapshot?.slot ?? 0);
    this.host.observer.checkRemembers(this.index, this.disk.incarnation, acceptor.promised, acceptor.accepted, acceptor.compactedUpTo);
    this.replica = new Replica(options, {
      acceptor,
      snapshotSlot: snapshot?.slot ?? 0,
      configurations: snapshot?.configurations,
    });
    this.pipeline = [];
    this.reads.clear();
    this.confirmedReads = [];
    this.host.trace(`n${this.index} starts (incarnation ${this.disk.incarnation.slice(0, 4)}, snapshot ${snapshot?.slot ?? 0}, ${this.disk.durable.length} records)`);
  }

  crash(): void {
    if (!this.replica) return;
    const lost = this.disk.crash(this.random);
    this.replica = null;
    this.pipeline = [];
    this.life++;
    this.paused = false;
    this.heldWhilePaused.length = 0;
    this.host.trace(`n${this.index} CRASHES (lost ${lost} unsynced records)`);
  }

  /** Run `fn` now, or when the node resumes if it is paused (a SIGSTOPped process). */
  private whenRunning(fn: () => void): void {
    if (this.paused) this.heldWhilePaused.push(fn);
    else fn();
  }

  resume(): void {
    this.paused = false;
    const held = this.heldWhilePaused.splice(0);
    for (const fn of held) if (this.replica) fn();
  }

  /** Timer ticks of a paused process do not pile up: it sees one late tick on resume. */
  tick(): void {
    if (this.paused || !this.replica) return;
    this.replica.tick();
    this.drain();
  }

  deliver(envelope: Envelope): void {
    this.whenRunning(() => {
      if (!this.replica) return;
      this.replica.receive(envelope);
      this.drain();
    });
  }

  /** A client asks this node to run a command. */
  propose(command: Uint8Array): ReturnType<Replica['propose']> | null {
    if (!this.replica || this.paused) return null;
    const result = this.replica.propose(command);
    this.drain();
    return result;
  }

  /** A client asks for a linearizable read; returns the read id, or null if not the leader. */
  read(key: string): number | null {
    if (!this.replica || this.paused) return null;
    const readId = this.replica.requestRead();
    if (readId !== null) this.reads.set(readId, key);
    this.drain();
    return readId;
  }

  private answerReads(): void {
    const stillWaiting: ReadConfirmation[] = [];
    for (const c of this.confirmedReads) {
      if (c.applyIndex > this.app.appliedSlot) {
        stillWaiting.push(c);
        continue;
      }
      const key = this.reads.get(c.readId);
      this.reads.delete(c.readId);
      if (key !== undefined) this.host.readAnswered(this.index, this.life, c.readId, this.app.data.get(key) ?? null, false);
    }
    this.confirmedReads = stillWaiting;
  }

  installSnapshot(snapshot: import('./sim-disk').SimSnapshot): void {
    this.whenRunning(() => {
      const replica = this.replica;
      if (!replica) return;
      if (snapshot.slot <= this.app.appliedSlot) {
        replica.snapshotFetchFailed();
        return;
      }
      this.disk.saveSnapshot(snapshot);
      this.app = new SimApp(snapshot.app);
      replica.installSnapshot(snapshot.slot, snapshot.configurations);
      this.answerReads();
      this.host.trace(`n${this.index} installs snapshot at slot ${snapshot.slot}`);
      this.drain();
    });
  }

  snapshotFetchFailed(): void {
    this.replica?.snapshotFetchFailed();
  }

  /** Take the replica's Ready: write its records, and release it once they are durable. */
  private drain(): void {
    const replica = this.replica!;
    const ready = replica.takeReady();
    if (readyIsEmpty(ready)) return;
    for (const e of ready.sendBeforePersist) this.emit(e);
    const mark = this.disk.write(ready.persist);
    const item: PendingReady = { ready, mark, done: false };
    this.pipeline.push(item);
    const [lo, hi] = this.config.fsyncDelayMs;
    // fsyncs complete in issue order: never before the previous one.
    const at = Math.max(this.host.now() + lo + this.random.next() * (hi - lo), this.lastSyncAt);
    this.lastSyncAt = at;
    const life = this.life;
    this.host.schedule(at - this.host.now(), () => {
      if (this.life !== life) return;
      this.whenRunning(() => {
        if (this.life !== life) return;
        this.disk.sync(item.mark);
        item.done = true;
        this.release();
      });
    });
  }

  private release(): void {
    let released = 0;
    while (this.pipeline.length > 0 && this.pipeline[0]!.done) {
      const { ready } = this.pipeline.shift()!;
      released = ready.seq;
      for (const record of ready.persist) {
        if (record.type === 'accept' && record.ballot.node === this.index && record.ballot.incarnation === this.disk.incarnation) {
          this.host.voted(this.index, this.disk.incarnation, record.slot, record.ballot);
        }
      }
      for (const e of ready.send) this.emit(e);
      for (const entry of ready.apply) {
        if (entry.slot <= this.app.appliedSlot) continue;
        this.host.applied(this.index, entry.slot, entry.value);
        const { completed } = this.app.apply(entry.slot, entry.value);
        for (const c of completed) this.host.completed(this.index, c.command, c.result);
      }
      this.confirmedReads.push(...ready.readsConfirmed);
      for (const readId of ready.readsFailed) {
        this.reads.delete(readId);
        this.host.readAnswered(this.index, this.life, readId, null, true);
      }
      this.answerReads();
      if (ready.snapshotNeeded) this.host.fetchSnapshot(this.index, ready.snapshotNeeded.from, ready.snapshotNeeded.slot);
      for (const event of ready.events) {
        if (event.type === 'roleChanged' || event.type === 'configurationChosen') {
          this.host.trace(`n${this.index} ${event.type} ${JSON.stringify(event, (k, v) => (k === 'incarnation' && typeof v === 'string' ? v.slice(0, 4) : k === 'incarnations' ? (v as string[]).map((i) => i.slice(0, 4)) : v))}`);
        }
      }
      this.maybeSnapshot();
    }
    if (released > 0) {
      // As the real node does: the leader's own votes count once durable.
      this.replica!.persisted(released);
      this.drain();
    }
  }

  private emit(e: Envelope): void {
    if (e.message.type === 'accepted') this.host.voted(e.from, e.fromIncarnation, e.message.slot, e.message.ballot);
    if (e.message.type === 'promise') this.host.observer.announcedPromise(e.from, e.fromIncarnation, e.message.ballot);
    if ((e.message.type === 'accepted' || e.message.type === 'promise' || e.message.type === 'commit') && this.disk.unsynced.length > 0) {
      this.host.crashPoint(this.index);
    }
    if (e.message.type === 'accept') this.host.proposed(e);
    this.host.send(e);
  }

  private maybeSnapshot(): void {
    const every = this.config.snapshotEvery;
    const replica = this.replica!;
    const last = this.disk.snapshot?.slot ?? 0;
    if (every <= 0 || this.app.appliedSlot - last < every) return;
    const slot = this.app.appliedSlot;
    this.disk.saveSnapshot({ slot, app: this.app.snapshot(), configurations: replica.configurations.exportUpTo(slot) });
    replica.compact(slot);
  }
}
