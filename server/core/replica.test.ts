// Scripted interactions between replicas with a perfect, synchronous network: the
// durability contract, recovery of accepted values, no-op holes, batching, the pipeline
// window, stepping down and leader hints.
import { replicaOptions, type ReplicaOptions } from './options';
import type { Ready } from './ready';
import { Replica } from './replica';
import type { Envelope, SlotValue } from './types';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (v: SlotValue): string => v.kind === 'commands' ? v.commands.map((c) => new TextDecoder().decode(c)).join(',') : v.kind;

class Cluster {
  readonly replicas: Replica[];
  readonly applied: string[][];
  readonly readies: Ready[][];
  down = new Set<number>();

  constructor(n: number, overrides: Partial<ReplicaOptions> = {}) {
    let seed = 1;
    this.replicas = Array.from({ length: n }, (_, index) => new Replica(replicaOptions(
      { index, memberCount: n, incarnation: `inc${index}`, random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647) },
      overrides,
    )));
    this.applied = this.replicas.map(() => []);
    this.readies = this.replicas.map(() => []);
  }

  /** Deliver messages until quiet (persist is instantaneous here). */
  settle(maxRounds = 1000): void {
    for (let round = 0; round < maxRounds; round++) {
      const inFlight: Envelope[] = [];
      for (const r of this.replicas) {
        const ready = r.takeReady();
        this.readies[r.index]!.push(ready);
        if (this.down.has(r.index)) continue;
        inFlight.push(...ready.send);
        for (const e of ready.apply) this.applied[r.index]!.push(`${e.slot}:${dec(e.value)}`);
      }
      if (inFlight.length === 0) return;
      for (const e of inFlight) if (!this.down.has(e.to)) this.replicas[e.to]!.receive(e);
    }
    throw new Error('cluster did not settle');
  }

  tickUntilLeader(maxTicks = 200): Replica {
    for (let t = 0; t < maxTicks; t++) {
      for (const r of this.replicas) if (!this.down.has(r.index)) r.tick();
      this.settle();
      const leader = this.replicas.find((r) => r.role === 'leader' && !this.down.has(r.index));
      if (leader) return leader;
    }
    throw new Error('no leader elected');
  }

  tick(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const r of this.replicas) if (!this.down.has(r.index)) r.tick();
      this.settle();
    }
  }
}

describe('replica', () => {
  it('elects one leader, which chooses the genesis configuration and then client commands on every replica', () => {
    const c = new Cluster(5);
    const leader = c.tickUntilLeader();
    expect(c.replicas.filter((r) => r.role === 'leader')).toHaveLength(1);
    expect(leader.propose(enc('x=1'))).toEqual({ ok: true });
    c.settle();
    c.tick(3);
    for (const applied of c.applied) {
      expect(applied).toEqual(c.applied[0]);
      expect(applied[0]).toBe('1:configuration');
      expect(applied[applied.length - 1]).toMatch(/^\d+:x=1$/);
    }
    expect(leader.configurations.latest()!.incarnations).toEqual(['inc0', 'inc1', 'inc2', 'inc3', 'inc4']);
  });

  it('releases a Promise or Accepted only in a Ready that also carries its record (persist before send)', () => {
    const c = new Cluster(3);
    c.tickUntilLeader();
    const leader = c.replicas.find((r) => r.role === 'leader')!;
    leader.propose(enc('a'));
    c.settle();
    for (const readies of c.readies) {
      for (const ready of readies) {
        for (const e of ready.send) {
          if (e.message.type === 'accepted') {
            const slot = e.message.slot;
            expect(ready.persist.some((p) => p.type === 'accept' && p.slot === slot)).toBe(true);
          }
        }
        expect(ready.sendBeforePersist).toEqual([]);
      }
    }
  });

  it('a follower refuses proposals and names the leader', () => {
    const c = new Cluster(3);
    const leader = c.tickUntilLeader();
    c.tick(2);
    const follower = c.replicas.find((r) => r !== leader)!;
    expect(follower.propose(enc('y'))).toEqual({ ok: false, reason: 'not_leader', leaderHint: leader.index });
  });

  it('batches commands that arrive while the window is full into one slot', () => {
    const c = new Cluster(3, { pipelineWindow: 1 });
    const leader = c.tickUntilLeader();
    c.tick(3);
    for (let i = 0; i < 10; i++) leader.propose(enc(`k${i}`));
    c.settle();
    c.tick(2);
    const slots = c.applied[0]!.filter((s) => s.includes('k'));
    expect(slots.length).toBeLessThan(10);
    expect(slots.join(',').split(',').filter((s) => s.includes('k'))).toHaveLength(10);
  });

  it('never has more than pipelineWindow slots proposed beyond the chosen prefix', () => {
    const c = new Cluster(3, { pipelineWindow: 4, maxBatchCommands: 1 });
    const leader = c.tickUntilLeader();
    c.tick(3);
    c.down.add((leader.index + 1) % 3);
    c.down.add((leader.index + 2) % 3);
    for (let i = 0; i < 20; i++) leader.propose(enc(`w${i}`));
    c.settle();
    expect(leader.leader!.inFlight.size).toBeLessThanOrEqual(4);
    expect(leader.leader!.nextSlot - leader.learner.commitIndex - 1).toBeLessThanOrEqual(4);
  });

  it('a new leader re-proposes the value a minority accepted and fills holes with no-ops', () => {
    const c = new Cluster(5);
    const first = c.tickUntilLeader();
    c.tick(3);
    // Only the leader and one follower hear the Accept: not chosen, but accepted somewhere.
    const helper = (first.index + 1) % 5;
    for (const r of c.replicas) if (r.index !== first.index && r.index !== helper) c.down.add(r.index);
    first.propose(enc('survivor'));
    c.settle();
    c.down = new Set([first.index]);
    const second = c.tickUntilLeader();
    expect(second.index).not.toBe(first.index);
    c.tick(5);
    const live = c.applied.filter((_, i) => i !== first.index);
    for (const applied of live) expect(applied.some((s) => s.endsWith(':survivor'))).toBe(true);
  });

  it('a leader steps down when it hears a higher ballot', () => {
    const c = new Cluster(3);
    const leader = c.tickUntilLeader();
    leader.receive({
      from: (leader.index + 1) % 3, fromIncarnation: 'zz', to: leader.index,
      message: { type: 'rejected', ballot: leader.currentBallot, promised: { round: 99, node: (leader.index + 1) % 3, incarnation: 'zz' }, slot: 0 },
    });
    expect(leader.role).toBe('follower');
  });

  it('confirms linearizable reads with one heartbeat round for a whole batch', () => {
    const c = new Cluster(3);
    const leader = c.tickUntilLeader();
    c.tick(3);
    const ids = [leader.requestRead(), leader.requestRead(), leader.requestRead()];
    c.settle();
    const confirmed = c.readies[leader.index]!.flatMap((r) => r.readsConfirmed.map((x) => x.readId));
    for (const id of ids) expect(confirmed).toContain(id);
  });

  it('a replica with a wiped disk (new incarnation) is admitted by a configuration change', () => {
    const c = new Cluster(5);
    const leader = c.tickUntilLeader();
    c.tick(3);
    const victim = (leader.index + 2) % 5;
    const fresh = new Replica(replicaOptions({ index: victim, memberCount: 5, incarnation: 'reborn', random: () => 0.5 }));
    c.replicas[victim] = fresh;
    for (let i = 0; i < 40; i++) {
      leader.propose(enc(`p${i}`));
      c.tick(1);
    }
    expect(leader.configurations.latest()!.incarnations[victim]).toBe('reborn');
  });

  it('a stable leader keeps committing after a majority of its promisers lost their disks one by one', () => {
    const c = new Cluster(5);
    const leader = c.tickUntilLeader();
    c.tick(3);
    const victims = [1, 2, 3].map((k) => (leader.index + k) % 5);
    for (const [n, victim] of victims.entries()) {
      c.replicas[victim] = new Replica(replicaOptions({ index: victim, memberCount: 5, incarnation: `reborn${n}`, random: () => 0.5 }));
      for (let i = 0; i < 60 && leader.configurations.latest()!.incarnations[victim] !== `reborn${n}`; i++) {
        leader.propose(enc(`during-${n}-${i}`));
        c.tick(1);
      }
      expect(leader.configurations.latest()!.incarnations[victim]).toBe(`reborn${n}`);
    }
    const before = leader.learner.commitIndex;
    for (let i = 0; i < 40; i++) {
      leader.propose(enc(`after-${i}`));
      c.tick(1);
    }
    expect(leader.role).toBe('leader');
    expect(leader.learner.commitIndex).toBeGreaterThan(before + 20);
  });
});
