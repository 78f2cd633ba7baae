// Scripted interactions between replicas with a perfect, synchronous network: the
// durability contract, recovery of accepted values, no-op holes, batching, the pipeline
// window, stepping down and leader hints.
import { replicaOptions, type ReplicaOptions } from './options';
import { readyIsEmpty, type Ready } from './ready';
import { Replica } from './replica';
import type { Envelope, SlotValue } from './types';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (v: SlotValue): string => v.kind === 'commands' ? v.commands.map((c) => new TextDecoder().decode(c)).join(',') : v.kind;

class Cluster {
  readonly replicas: Replica[];
  readonly applied: string[][];
  readonly readies: Ready[][];
  down = new Set<number>();
  /** Messages the network loses on the way (all others arrive). */
  drop: (e: Envelope) => boolean = () => false;

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
      let busy = false;
      for (const r of this.replicas) {
        const ready = r.takeReady();
        this.readies[r.index]!.push(ready);
        if (this.down.has(r.index)) continue;
        busy ||= !readyIsEmpty(ready);
        inFlight.push(...ready.sendBeforePersist, ...ready.send);
        for (const e of ready.apply) this.applied[r.index]!.push(`${e.slot}:${dec(e.value)}`);
        r.persisted(ready.seq);
      }
      if (!busy) return;
      for (const e of inFlight) if (!this.down.has(e.to) && !this.drop(e)) this.replicas[e.to]!.receive(e);
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
        // Only the leader's Accept requests leave before the batch's records are durable.
        for (const e of ready.sendBeforePersist) expect(e.message.type).toBe('accept');
      }
    }
  });


  it("sends Accept before its own record is durable, and counts the leader's own vote only after persisted()", () => {
    // Every follower gets the Accept at once here, so that any two of them can vote.
    const c = new Cluster(5, { thriftyAccepts: false });
    const leader = c.tickUntilLeader();
    c.tick(3);
    const before = leader.learner.commitIndex;
    expect(leader.propose(enc('early'))).toEqual({ ok: true });
    const ready = leader.takeReady();
    const accepts = ready.sendBeforePersist.filter((e) => e.message.type === 'accept');
    expect(accepts).toHaveLength(4);
    expect(ready.persist.some((p) => p.type === 'accept')).toBe(true);
    const slot = (accepts[0]!.message as { slot: number }).slot;
    // Two followers vote: with the leader's vote that is a quorum of 5, but that vote is
    // not durable yet, so the slot must not be chosen.
    const voters = c.replicas.filter((r) => r !== leader).slice(0, 2);
    for (const voter of voters) {
      voter.receive(accepts.find((e) => e.to === voter.index)!);
      for (const e of voter.takeReady().send) if (e.to === leader.index) leader.receive(e);
    }
    expect(leader.learner.commitIndex).toBe(before);
    leader.persisted(ready.seq);
    expect(leader.learner.commitIndex).toBe(slot);
  });

  it('chooses a slot on three durable follower votes while the leader is still writing its own', () => {
    const c = new Cluster(5, { thriftyAccepts: false });
    const leader = c.tickUntilLeader();
    c.tick(3);
    leader.propose(enc('followers-only'));
    const ready = leader.takeReady();
    const accepts = ready.sendBeforePersist.filter((e) => e.message.type === 'accept');
    const slot = (accepts[0]!.message as { slot: number }).slot;
    for (const voter of c.replicas.filter((r) => r !== leader).slice(0, 3)) {
      voter.receive(accepts.find((e) => e.to === voter.index)!);
      for (const e of voter.takeReady().send) if (e.to === leader.index) leader.receive(e);
    }
    expect(leader.learner.commitIndex).toBe(slot);
    expect(() => leader.persisted(ready.seq + 1)).toThrow(/persisted/);
  });
  describe('thrifty accepts', () => {
    /** A leader whose last chosen slot was completed by the votes of followers `fast`. */
    function leaderWithFastPeers(fast: readonly number[]): { c: Cluster; leader: Replica } {
      const c = new Cluster(5);
      const leader = c.tickUntilLeader();
      c.tick(3);
      leader.propose(enc('warm-up'));
      const ready = leader.takeReady();
      leader.persisted(ready.seq);
      // Whoever the leader sent it to at once, exactly `fast` vote for it.
      const accept = ready.sendBeforePersist.find((e) => e.message.type === 'accept')!;
      for (const to of fast) {
        c.replicas[to]!.receive({ ...accept, to });
        for (const reply of c.replicas[to]!.takeReady().send) if (reply.to === leader.index) leader.receive(reply);
      }
      // Flush what the old fast set left deferred, so the tests start with empty queues.
      leader.tick();
      leader.persisted(leader.takeReady().seq);
      return { c, leader };
    }

    const followersOf = (leader: Replica): number[] => [0, 1, 2, 3, 4].filter((i) => i !== leader.index);

    it('sends a new Accept at once only to the followers whose votes made the last quorum', () => {
      const probe = new Cluster(5).tickUntilLeader();
      const fast = followersOf(probe).slice(1, 3);
      const { leader } = leaderWithFastPeers(fast);
      leader.propose(enc('next'));
      const accepts = leader.takeReady().sendBeforePersist.filter((e) => e.message.type === 'accept');
      expect(accepts.map((e) => e.to).sort()).toEqual([...fast].sort());
    });

    it('sends the other followers their Accepts together at the next tick, each with a commit point no later than its slot', () => {
      const probe = new Cluster(5).tickUntilLeader();
      const fast = followersOf(probe).slice(0, 2);
      const { c, leader } = leaderWithFastPeers(fast);
      const slow = followersOf(leader).filter((i) => !fast.includes(i));
      c.readies[leader.index]!.length = 0;
      for (const v of ['a', 'b', 'c']) {
        leader.propose(enc(v));
        c.settle(); // the fast followers vote; nothing reaches the others
      }
      for (const ready of c.readies[leader.index]!) {
        expect([...ready.sendBeforePersist, ...ready.send].some((e) => e.message.type === 'accept' && slow.includes(e.to))).toBe(false);
      }
      leader.tick();
      const burst = leader.takeReady().sendBeforePersist.filter((e) => e.message.type === 'accept' && slow.includes(e.to));
      for (const to of slow) {
        const slots = burst.filter((e) => e.to === to).map((e) => (e.message as { slot: number }).slot);
        expect(slots).toHaveLength(3);
        expect(slots).toEqual([...slots].sort((a, b) => a - b));
      }
      for (const e of burst) {
        const m = e.message as { slot: number; commitUpTo: number };
        expect(m.commitUpTo).toBeLessThanOrEqual(m.slot);
      }
    });

    it('chooses the slot a tick later when a fast follower stops answering, and makes the answering ones the fast set', () => {
      const probe = new Cluster(5).tickUntilLeader();
      const fast = followersOf(probe).slice(0, 2);
      const { c, leader } = leaderWithFastPeers(fast);
      c.settle();
      c.down.add(fast[0]!);
      const before = leader.learner.commitIndex;
      leader.propose(enc('survives'));
      c.settle();
      expect(leader.learner.commitIndex).toBe(before);
      c.tick();
      expect(leader.learner.commitIndex).toBe(before + 1);
      leader.propose(enc('after'));
      const accepts = leader.takeReady().sendBeforePersist.filter((e) => e.message.type === 'accept');
      expect(accepts.map((e) => e.to)).not.toContain(fast[0]);
      expect(accepts.length).toBeGreaterThanOrEqual(2);
    });

    it('first sends a follower that joins the fast set the Accepts that waited for it, in slot order', () => {
      const probe = new Cluster(5).tickUntilLeader();
      const [a, b, slowOne] = followersOf(probe);
      const { c, leader } = leaderWithFastPeers([a!, b!]);
      leader.propose(enc('waits'));
      const first = leader.takeReady();
      leader.persisted(first.seq);
      const waitingSlot = (first.sendBeforePersist[0]!.message as { slot: number }).slot;
      // a and slowOne vote for it (slowOne gets a copy straight from the test).
      for (const to of [a!]) {
        const e = first.sendBeforePersist.find((x) => x.to === to)!;
        c.replicas[to]!.receive(e);
        for (const reply of c.replicas[to]!.takeReady().send) if (reply.to === leader.index) leader.receive(reply);
      }
      const direct = { ...first.sendBeforePersist[0]!, to: slowOne! };
      c.replicas[slowOne!]!.receive(direct);
      for (const reply of c.replicas[slowOne!]!.takeReady().send) if (reply.to === leader.index) leader.receive(reply);
      expect(leader.learner.commitIndex).toBe(waitingSlot);
      leader.propose(enc('next'));
      const toSlow = leader.takeReady().sendBeforePersist.filter((e) => e.to === slowOne && e.message.type === 'accept');
      expect(toSlow.map((e) => (e.message as { slot: number }).slot)).toEqual([waitingSlot, waitingSlot + 1]);
    });

    it('keeps every replica applying the same commands under thrifty accepts', () => {
      const c = new Cluster(5);
      const leader = c.tickUntilLeader();
      for (let i = 0; i < 20; i++) {
        leader.propose(enc(`k${i}`));
        c.settle();
      }
      c.tick(4);
      for (const applied of c.applied) expect(applied).toEqual(c.applied[leader.index]);
    });
  });

  it('elects a leader after every member restarts with more accepted slots than fit one Promise', () => {
    // Nobody remembers what was chosen after a full restart (no snapshot yet), so a Promise
    // that is cut short cannot be made up by catching up from the promiser: it must carry
    // every accepted slot, or no candidate could ever win.
    const c = new Cluster(5, { maxPromiseEntries: 8 });
    const leader = c.tickUntilLeader();
    c.tick(3);
    for (let i = 0; i < 40; i++) {
      leader.propose(enc(`r${i}`));
      c.settle();
    }
    c.tick(2);
    const before = c.applied[leader.index]!.slice();
    expect(before.length).toBeGreaterThan(20);
    const restarted = new Cluster(5, { maxPromiseEntries: 8 });
    for (let i = 0; i < 5; i++) {
      const state = c.replicas[i]!.acceptor.state;
      restarted.replicas[i] = new Replica(c.replicas[i]!.options, { acceptor: state, snapshotSlot: 0 });
    }
    const second = restarted.tickUntilLeader(400);
    second.propose(enc('after-restart'));
    restarted.settle();
    restarted.tick(3);
    const applied = restarted.applied[second.index]!;
    expect(applied.slice(0, before.length)).toEqual(before);
    expect(applied[applied.length - 1]).toMatch(/after-restart$/);
  });

  it('a leader steps down when a slot gathers no quorum for stuckSlotTicks although a quorum answers it', () => {
    const c = new Cluster(5, { stuckSlotTicks: 30 });
    const leader = c.tickUntilLeader();
    c.tick(3);
    // Three followers answer heartbeats but their votes never arrive: the slot is stuck.
    const silent = new Set(c.replicas.filter((r) => r !== leader).slice(0, 3).map((r) => r.index));
    c.drop = (e) => e.message.type === 'accepted' && silent.has(e.from);
    leader.propose(enc('stuck'));
    c.settle();
    c.tick(25);
    expect(leader.role).toBe('leader');
    c.tick(10);
    expect(leader.role).not.toBe('leader');
  });

  it('a leader refused by a member that campaigned on its own campaigns again at once and keeps leading', () => {
    const c = new Cluster(5);
    const leader = c.tickUntilLeader();
    c.tick(3);
    const loner = c.replicas.find((r) => r !== leader)!;
    // The loner hears nothing for a while (a restart) and campaigns; the others ignore it
    // while they hear their leader.
    c.drop = (e) => e.to === loner.index;
    for (let t = 0; t < 40 && loner.role !== 'candidate'; t++) c.tick();
    expect(loner.role).toBe('candidate');
    c.drop = () => false;
    c.tick(6);
    expect(leader.role).toBe('leader');
    expect(c.replicas.filter((r) => r.role === 'leader')).toHaveLength(1);
    expect(loner.leaderIndex).toBe(leader.index);
    expect(leader.propose(enc('still-leading'))).toEqual({ ok: true });
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

  it('a leader gives up its ballot when it hears a higher one: it campaigns above it while a quorum answers, else it follows', () => {
    const c = new Cluster(3);
    const leader = c.tickUntilLeader();
    const rejected = (): void => leader.receive({
      from: (leader.index + 1) % 3, fromIncarnation: 'zz', to: leader.index,
      message: { type: 'rejected', ballot: leader.currentBallot, promised: { round: 99, node: (leader.index + 1) % 3, incarnation: 'zz' }, slot: 0 },
    });
    rejected();
    expect(leader.role).toBe('candidate');
    expect(leader.currentBallot.round).toBeGreaterThan(99);

    const lonely = new Cluster(3);
    const cutOff = lonely.tickUntilLeader();
    for (const r of lonely.replicas) if (r !== cutOff) lonely.down.add(r.index);
    lonely.tick(12); // no quorum contact for longer than an election timeout
    if (cutOff.role === 'leader') {
      cutOff.receive({
        from: (cutOff.index + 1) % 3, fromIncarnation: 'zz', to: cutOff.index,
        message: { type: 'rejected', ballot: cutOff.currentBallot, promised: { round: 99, node: (cutOff.index + 1) % 3, incarnation: 'zz' }, slot: 0 },
      });
    }
    expect(cutOff.role).not.toBe('leader');
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
