// A whole simulated cluster: replicas, a lossy reordering network with partitions,
// crashing and wiped disks, paused processes and retrying clients, on one virtual clock.
// Every choice comes from the run's seed.
import type { PlantedFaults, ReplicaOptions } from '../../server/core/options';
import type { Ballot, Envelope, NodeIndex, SlotValue } from '../../server/core/types';
import { Observer, SafetyViolation } from './checkers';
import { checkHistory, formatExplanation, type Operation } from '../lin';
import { EventQueue } from './event-queue';
import { Prng } from './prng';
import { describeValue, encodeCommand, type SimCommand } from './sim-app';
import { SimNode, type NodeHost } from './sim-node';

export interface FaultProfile {
  dropRate: number;
  duplicateRate: number;
  /** Extra delay spread (ms) that reorders messages. */
  reorderSpreadMs: number;
  partitions: boolean;
  oneWayPartitions: boolean;
  flapping: boolean;
  isolateLeader: boolean;
  crashes: boolean;
  wipes: boolean;
  pauses: boolean;
  /** Crash a minority at the same instant (a rack losing power), often with the leader. */
  powerLoss: boolean;
  /** fsync takes milliseconds instead of a fraction: much more is unsynced at a crash. */
  slowDisk: boolean;
  /** Crash nodes at the instants a crash hurts most (a reply out, its record not yet synced). */
  crashPoints: boolean;
}

export interface SimOptions {
  seed: number;
  nodes: number;
  clients: number;
  commandsPerClient: number;
  /** Virtual ms of faults before the cluster heals. */
  faultPhaseMs: number;
  /** After healing, every pending command must complete within this (virtual ms). */
  livenessBoundMs: number;
  tickMs: number;
  snapshotEvery: number;
  planted: PlantedFaults;
  replica: Partial<ReplicaOptions>;
  /** Force a fault profile instead of drawing one from the seed. */
  profile?: Partial<FaultProfile>;
  trace: boolean;
}

export const DEFAULT_SIM_OPTIONS: Omit<SimOptions, 'seed'> = {
  nodes: 5,
  clients: 3,
  commandsPerClient: 25,
  faultPhaseMs: 6_000,
  livenessBoundMs: 20_000,
  tickMs: 10,
  snapshotEvery: 20,
  planted: {},
  replica: {},
  trace: false,
};

export interface SimResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly failure: string | null;
  readonly trace: string[];
  readonly stats: { readonly virtualMs: number; readonly chosenSlots: number; readonly acknowledged: number; readonly messages: number; readonly crashes: number; readonly wipes: number; readonly profile: FaultProfile };
}

interface ClientState {
  readonly id: number;
  seq: number;
  command: SimCommand | null;
  /** The history entry of the operation in progress (append or read). */
  op: Operation | null;
  read: { key: string; node: NodeIndex; life: number; readId: number } | null;
  target: NodeIndex;
  attempt: number;
  done: boolean;
}

export function drawProfile(random: Prng): FaultProfile {
  return {
    dropRate: random.pick([0, 0, 0.01, 0.05, 0.2]),
    duplicateRate: random.pick([0, 0.01, 0.05]),
    reorderSpreadMs: random.pick([0, 5, 30, 200]),
    partitions: random.chance(0.5),
    oneWayPartitions: random.chance(0.3),
    flapping: random.chance(0.3),
    isolateLeader: random.chance(0.4),
    crashes: random.chance(0.6),
    wipes: random.chance(0.3),
    pauses: random.chance(0.3),
    powerLoss: random.chance(0.3),
    slowDisk: random.chance(0.3),
    crashPoints: random.chance(0.3),
  };
}

export class SimWorld implements NodeHost {
  readonly queue = new EventQueue();
  readonly random: Prng;
  readonly nodes: SimNode[] = [];
  readonly observer: Observer;
  readonly profile: FaultProfile;
  private readonly clients: ClientState[] = [];
  /** blocked[a][b]: messages from a to b are dropped. */
  private blocked: boolean[][];
  private healed = false;
  private readonly traceLines: string[] = [];
  /** Every client operation with its call and return times, for the linearizability check. */
  readonly history: Operation[] = [];
  private messages = 0;
  private crashes = 0;
  private wipes = 0;
  private genesisChosen = false;
  private wipesBeforeGenesis = 0;
  private readonly netRandom: Prng;
  private readonly faultRandom: Prng;

  constructor(readonly options: SimOptions) {
    this.random = new Prng(options.seed);
    this.netRandom = this.random.fork();
    this.faultRandom = this.random.fork();
    this.profile = { ...drawProfile(this.random.fork()), ...options.profile };
    this.observer = new Observer(options.nodes, options.replica.pipelineWindow ?? 16);
    this.blocked = this.noPartition();
    for (let i = 0; i < options.nodes; i++) {
      const node = new SimNode(i, {
        memberCount: options.nodes, fsyncDelayMs: this.profile.slowDisk ? [2, 15] : [0.2, 3], snapshotEvery: options.snapshotEvery,
        faults: options.planted, replica: options.replica,
      }, this, this.random.fork(), this.random.hex(16));
      this.nodes.push(node);
    }
    for (let c = 0; c < options.clients; c++) {
      this.clients.push({ id: c + 1, seq: 0, command: null, op: null, read: null, target: this.random.int(0, options.nodes - 1), attempt: 0, done: false });
    }
  }

  // ---------------------------------------------------------------- NodeHost

  now(): number {
    return this.queue.now;
  }

  schedule(delay: number, run: () => void): void {
    this.queue.schedule(delay, run);
  }

  trace(line: string): void {
    const text = `${this.queue.now.toFixed(1).padStart(9)}ms ${line}`;
    if (this.options.trace) console.log(text);
    this.traceLines.push(text);
    if (this.traceLines.length > 400) this.traceLines.splice(0, 100);
  }

  send(e: Envelope): void {
    this.messages++;
    if (this.blocked[e.from]![e.to]) return;
    if (this.netRandom.chance(this.healed ? 0 : this.profile.dropRate)) return;
    const copies = !this.healed && this.netRandom.chance(this.profile.duplicateRate) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const spread = this.healed ? 0 : this.profile.reorderSpreadMs;
      const delay = 0.1 + this.netRandom.next() * 2 + (spread > 0 && this.netRandom.chance(0.2) ? this.netRandom.next() * spread : 0);
      const target = this.nodes[e.to]!;
      this.queue.schedule(delay, () => {
        if (this.blocked[e.from]![e.to]) return;
        target.deliver(e);
      });
    }
  }

  voted(node: NodeIndex, incarnation: string, slot: number, ballot: Ballot): void {
    this.observer.voted(slot, ballot, node, incarnation);
    this.observer.announcedVote(node, incarnation, slot, ballot);
  }

  crashPoint(node: NodeIndex): void {
    if (this.healed || !this.profile.crashPoints || !this.faultRandom.chance(0.01)) return;
    if (this.nodes.filter((n) => !n.up).length >= this.minoritySize()) return;
    const victim = this.nodes[node]!;
    this.queue.schedule(0, () => {
      if (!victim.up || this.healed) return;
      this.trace(`FAULT crash point: n${node} dies with unsynced records`);
      this.crashNode(victim, false);
    });
  }

  proposed(e: Envelope): void {
    if (e.message.type === 'accept') this.observer.proposed(e.message.slot, e.message.ballot, e.message.value);
  }

  applied(node: NodeIndex, slot: number, value: SlotValue): void {
    this.observer.appliedBy(node, slot, value);
    if (value.kind === 'configuration') this.genesisChosen = true;
  }

  completed(node: NodeIndex, command: SimCommand, result: string): void {
    const client = this.clients[command.client - 1];
    if (!client) return;
    // The answer travels back over the network (it may be lost; the client then retries).
    this.queue.schedule(0.1 + this.netRandom.next() * 2, () => {
      if (client.command && client.command.seq === command.seq && client.op?.kind === 'append') {
        this.observer.acknowledge(client.id, command.seq);
        client.op.status = 'ok';
        client.op.return = this.queue.now;
        client.op.output = result;
        this.trace(`client ${client.id} acknowledged seq ${command.seq} (via n${node})`);
        this.nextOperation(client);
      }
    });
  }

  readAnswered(node: NodeIndex, life: number, readId: number, value: string | null, failed: boolean): void {
    const client = this.clients.find((c) => c.read !== null && c.read.node === node && c.read.life === life && c.read.readId === readId);
    if (!client) return;
    this.queue.schedule(0.1 + this.netRandom.next() * 2, () => {
      const read = client.read;
      if (read === null || read.node !== node || read.life !== life || read.readId !== readId || client.op?.kind !== 'read') return;
      client.read = null;
      if (failed) {
        this.retryRead(client, 5);
        return;
      }
      client.op.status = 'ok';
      client.op.return = this.queue.now;
      client.op.output = value;
      this.nextOperation(client);
    });
  }

  fetchSnapshot(node: NodeIndex, from: NodeIndex, slot: number): void {
    const requester = this.nodes[node]!;
    const life = requester.life;
    this.queue.schedule(1 + this.netRandom.next() * 5, () => {
      const source = this.nodes[from]!;
      const snapshot = source.up && !source.paused && !this.blocked[from]![node] ? source.disk.snapshot : null;
      if (requester.life !== life) return;
      if (snapshot === null || snapshot.slot < slot) {
        requester.snapshotFetchFailed();
        return;
      }
      this.queue.schedule(1 + this.netRandom.next() * 5, () => {
        if (requester.life === life) requester.installSnapshot(snapshot);
      });
    });
  }

  // ---------------------------------------------------------------- clients

  /** Clients append (through consensus) and read (through the leader's read index). */
  private nextOperation(client: ClientState): void {
    if (client.seq >= this.options.commandsPerClient) {
      client.command = null;
      client.op = null;
      client.done = true;
      return;
    }
    const key = `k${this.random.int(0, 3)}`;
    if (this.random.chance(0.3)) {
      client.command = null;
      client.op = { clientId: client.id, kind: 'read', key, call: this.queue.now, return: undefined, status: 'unknown' };
      this.history.push(client.op);
      this.startRead(client);
      return;
    }
    client.seq++;
    client.command = { client: client.id, seq: client.seq, key, value: `c${client.id}s${client.seq}` };
    client.op = { clientId: client.id, kind: 'append', key, input: `${client.command.value},`, call: this.queue.now, return: undefined, status: 'unknown' };
    this.history.push(client.op);
    client.attempt = 0;
    this.submit(client);
  }

  private startRead(client: ClientState): void {
    const op = client.op;
    if (op === null || op.kind !== 'read') return;
    const node = this.nodes[client.target]!;
    const readId = node.read(op.key);
    if (readId === null) {
      const hint = node.replica?.leaderIndex ?? null;
      client.target = hint ?? this.random.int(0, this.options.nodes - 1);
      this.retryRead(client, 30);
      return;
    }
    client.read = { key: op.key, node: client.target, life: node.life, readId };
    this.queue.schedule(400, () => {
      if (client.op === op && client.read !== null && client.read.readId === readId) {
        // No answer: this read's outcome is unknown; try again as a fresh read.
        client.read = null;
        client.target = this.random.int(0, this.options.nodes - 1);
        client.op = { ...op, call: this.queue.now };
        this.history.push(client.op);
        this.startRead(client);
      }
    });
  }

  private retryRead(client: ClientState, delay: number): void {
    const op = client.op;
    this.queue.schedule(delay, () => {
      if (client.op === op) this.startRead(client);
    });
  }

  private submit(client: ClientState): void {
    const command = client.command;
    if (!command) return;
    const attempt = ++client.attempt;
    const node = this.nodes[client.target]!;
    const result = node.propose(encodeCommand(command));
    if (result && !result.ok && result.reason === 'not_leader' && result.leaderHint !== null) {
      client.target = result.leaderHint;
    } else if (!result || !result.ok) {
      client.target = this.random.int(0, this.options.nodes - 1);
    }
    const retryAfter = result?.ok ? 400 : 30;
    this.queue.schedule(retryAfter, () => {
      if (client.command === command && client.attempt === attempt) {
        if (result?.ok) client.target = this.random.int(0, this.options.nodes - 1);
        this.submit(client);
      }
    });
  }

  // ---------------------------------------------------------------- faults

  private noPartition(): boolean[][] {
    return Array.from({ length: this.options.nodes }, () => new Array<boolean>(this.options.nodes).fill(false));
  }

  private minoritySize(): number {
    return Math.floor((this.options.nodes - 1) / 2);
  }

  private leaderIndex(): NodeIndex | null {
    for (const n of this.nodes) if (n.replica?.role === 'leader') return n.index;
    return null;
  }

  private injectFault(): void {
    if (this.healed) return;
    const r = this.faultRandom;
    const p = this.profile;
    const choices: (() => void)[] = [];
    if (p.partitions) choices.push(() => this.partition(false));
    if (p.oneWayPartitions) choices.push(() => this.partition(true));
    if (p.isolateLeader) choices.push(() => this.isolateLeader());
    if (p.flapping) choices.push(() => this.flap());
    if (p.crashes) choices.push(() => this.crashSome(false));
    if (p.wipes) choices.push(() => this.crashSome(true));
    if (p.pauses) choices.push(() => this.pauseOne(false), () => this.pauseOne(true));
    if (p.powerLoss) choices.push(() => this.powerLoss());
    choices.push(() => this.heal());
    r.pick(choices)();
    this.queue.schedule(r.int(100, 1200), () => this.injectFault());
  }

  private partition(oneWay: boolean): void {
    const r = this.faultRandom;
    const side = new Set<number>();
    const size = r.int(1, this.minoritySize());
    while (side.size < size) side.add(r.int(0, this.options.nodes - 1));
    this.blocked = this.noPartition();
    for (let a = 0; a < this.options.nodes; a++) {
      for (let b = 0; b < this.options.nodes; b++) {
        if (side.has(a) !== side.has(b)) {
          if (!oneWay || side.has(a)) this.blocked[a]![b] = true;
        }
      }
    }
    this.trace(`FAULT ${oneWay ? 'one-way ' : ''}partition {${[...side].join(',')}} | rest`);
    this.healLater();
  }

  /** Partitions last from a fraction of an election timeout to many of them. */
  private healLater(): void {
    const r = this.faultRandom;
    const blocked = this.blocked;
    this.queue.schedule(r.chance(0.5) ? r.int(30, 300) : r.int(300, 2000), () => {
      if (this.blocked === blocked) this.heal();
    });
  }

  private isolateLeader(): void {
    const leader = this.leaderIndex();
    if (leader === null) return;
    this.blocked = this.noPartition();
    for (let b = 0; b < this.options.nodes; b++) {
      if (b !== leader) {
        this.blocked[leader]![b] = true;
        this.blocked[b]![leader] = true;
      }
    }
    this.trace(`FAULT isolate leader n${leader}`);
    this.healLater();
  }

  private flap(): void {
    let remaining = 6;
    const step = (): void => {
      if (this.healed || remaining-- <= 0) return;
      if (remaining % 2 === 1) this.partition(false);
      else this.heal();
      this.queue.schedule(this.faultRandom.int(20, 150), step);
    };
    this.trace('FAULT flapping partitions');
    step();
  }

  private powerLoss(): void {
    const r = this.faultRandom;
    const room = this.minoritySize() - this.nodes.filter((n) => !n.up).length;
    const leader = this.leaderIndex();
    const victims: SimNode[] = [];
    if (leader !== null && room > 0 && r.chance(0.5)) victims.push(this.nodes[leader]!);
    while (victims.length < room) {
      const n = r.pick(this.nodes.filter((x) => x.up && !victims.includes(x) && x.index !== leader));
      victims.push(n);
    }
    this.trace(`FAULT power loss on ${victims.map((v) => 'n' + v.index).join(',')}`);
    for (const node of victims) this.crashNode(node, false);
  }

  private crashSome(wipe: boolean): void {
    const r = this.faultRandom;
    const down = this.nodes.filter((n) => !n.up).length;
    if (down >= this.minoritySize()) return;
    const candidates = this.nodes.filter((n) => n.up);
    const node = r.chance(0.4) && this.leaderIndex() !== null ? this.nodes[this.leaderIndex()!]! : r.pick(candidates);
    this.crashNode(node, wipe);
  }

  private crashNode(node: SimNode, wipe: boolean): void {
    const r = this.faultRandom;
    node.crash();
    this.crashes++;
    // A lost disk during the very first election is tolerated once (bootstrap quorums
    // intersect in two members); the simulator stays inside that fault model.
    // After genesis, a wipe must leave a quorum of members whose data directory the
    // configuration still binds (losing a majority of disks is beyond any fault model).
    const mayWipe = wipe && (this.genesisChosen ? this.unboundAfterWiping(node.index) <= this.minoritySize() : this.wipesBeforeGenesis === 0);
    if (mayWipe) {
      if (!this.genesisChosen) this.wipesBeforeGenesis++;
      node.disk.wipe(r.hex(16));
      this.wipes++;
      this.trace(`FAULT n${node.index} loses its disk (new incarnation ${node.disk.incarnation.slice(0, 4)})`);
    }
    const life = node.life;
    this.queue.schedule(r.int(50, 1500), () => {
      if (node.life === life && !node.up) node.start();
    });
  }

  /** Members that would not hold a vote (in the configuration in force or the newest) if `wiped` lost its disk. */
  private unboundAfterWiping(wiped: NodeIndex): number {
    // Decisions resume where the least informed survivor stands: slots chosen beyond it
    // but known only to members that crash or lose their disk must be decided again, under
    // the configuration that governed them. (The most informed member's view would allow
    // wiping a majority of that older configuration.)
    let top = this.observer.applied.size;
    for (const node of this.nodes) {
      if (node.index === wiped) continue;
      top = Math.min(top, node.up ? node.app.appliedSlot : node.disk.snapshot?.slot ?? 0);
    }
    const alpha = this.options.replica.pipelineWindow ?? 16;
    const configurations = [...this.observer.applied.entries()]
      .filter(([, a]) => a.value.kind === 'configuration')
      .map(([slot, a]) => ({ slot, configuration: (a.value as Extract<SlotValue, { kind: 'configuration' }>).configuration }));
    // Every configuration from the one in force at the next slot to the newest governs
    // some slot still to be decided.
    let first = 0;
    for (let i = 0; i < configurations.length; i++) if (configurations[i]!.slot + alpha <= top + 1) first = i;
    const relevant = configurations.slice(first);
    let unbound = 0;
    for (const node of this.nodes) {
      const voter = node.index !== wiped &&
        relevant.every((c) => c!.configuration.incarnations[node.index] === node.disk.incarnation);
      if (!voter) unbound++;
    }
    return unbound;
  }

  private pauseOne(leaderOnly: boolean): void {
    const r = this.faultRandom;
    const leader = this.leaderIndex();
    const node = leaderOnly && leader !== null ? this.nodes[leader]! : r.pick(this.nodes.filter((n) => n.up));
    if (node.paused || !node.up) return;
    node.paused = true;
    this.trace(`FAULT n${node.index} paused`);
    const life = node.life;
    this.queue.schedule(r.chance(0.5) ? r.int(30, 300) : r.int(300, 1500), () => {
      if (node.life === life && node.paused) {
        this.trace(`n${node.index} resumes`);
        node.resume();
      }
    });
  }

  private heal(): void {
    this.blocked = this.noPartition();
    this.trace('heal network');
  }

  private healEverything(): void {
    this.healed = true;
    this.blocked = this.noPartition();
    for (const node of this.nodes) {
      if (!node.up) node.start();
      if (node.paused) node.resume();
    }
    this.trace('=== faults stop: network healed, every node up ===');
  }

  // ---------------------------------------------------------------- the run

  private scheduleTicks(node: SimNode): void {
    const tick = (): void => {
      node.tick();
      this.queue.schedule(this.options.tickMs, tick);
    };
    this.queue.schedule(this.random.next() * this.options.tickMs, tick);
  }

  run(): SimResult {
    let failure: string | null = null;
    try {
      for (const node of this.nodes) {
        node.start();
        this.scheduleTicks(node);
      }
      for (const client of this.clients) this.queue.schedule(this.random.int(0, 50), () => this.nextOperation(client));
      this.queue.schedule(this.faultRandom.int(50, 500), () => this.injectFault());
      this.queue.runUntil(this.options.faultPhaseMs);
      this.healEverything();
      const deadline = this.options.faultPhaseMs + this.options.livenessBoundMs;
      this.queue.runUntil(deadline, () => this.converged());
      if (!this.converged()) failure = this.livenessFailure();
      this.observer.checkOneValuePerSlot();
      this.observer.checkAcknowledgedDurable();
      this.checkLinearizable();
    } catch (error) {
      failure = error instanceof SafetyViolation ? `SAFETY: ${error.message}` : `CRASH: ${(error as Error).stack ?? String(error)}`;
    }
    return {
      seed: this.options.seed,
      ok: failure === null,
      failure,
      trace: this.traceLines,
      stats: {
        virtualMs: this.queue.now, chosenSlots: this.observer.applied.size, acknowledged: this.observer.acknowledged.size,
        messages: this.messages, crashes: this.crashes, wipes: this.wipes, profile: this.profile,
      },
    };
  }

  /** (f) The clients' history of appends and linearizable reads is linearizable. */
  private checkLinearizable(): void {
    const verdict = checkHistory(this.history, { timeoutMs: 10_000 });
    if (verdict.result === 'illegal') {
      throw new SafetyViolation(`client history is not linearizable:\n${verdict.explanation ? formatExplanation(verdict.explanation) : "(no explanation)"}`);
    }
  }

  /** Every client finished and every replica applied the same chosen prefix. */
  private converged(): boolean {
    if (!this.healed || !this.clients.every((c) => c.done)) return false;
    const top = this.observer.applied.size;
    return this.nodes.every((n) => n.app.appliedSlot === top && n.replica !== null && n.replica.learner.commitIndex === top);
  }

  private livenessFailure(): string {
    const waiting = this.clients.filter((c) => !c.done).map((c) => `client ${c.id} at seq ${c.seq}`);
    const nodes = this.nodes.map((n) => `n${n.index}: ${n.replica?.role ?? 'down'} applied ${n.app.appliedSlot} commit ${n.replica?.learner.commitIndex ?? '-'}`);
    return `LIVENESS: not converged ${this.options.livenessBoundMs} ms after faults stopped; ${waiting.join(', ') || 'all clients done'}; ${nodes.join('; ')}`;
  }
}

export function runSimulation(options: SimOptions): SimResult {
  return new SimWorld(options).run();
}

export function formatFailure(result: SimResult): string {
  return [
    `seed=${result.seed} FAILED: ${result.failure}`,
    `profile: ${JSON.stringify(result.stats.profile)}`,
    '--- last trace lines ---',
    ...result.trace.slice(-60),
    `replay: npm run sim -- --seed ${result.seed} --trace`,
  ].join('\n');
}

export { describeValue };
