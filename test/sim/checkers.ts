// Safety and liveness judges of a simulated run. They watch what leaves each process
// (votes, applied slots, client acknowledgements), never the replicas' own beliefs.
import { compareBallots, formatBallot } from '../../server/core/ballot';
import { bootstrapQuorumSize, isVoter, regularQuorumSize } from '../../server/core/configuration';
import type { Ballot, Configuration, NodeIndex, Slot, SlotValue } from '../../server/core/types';
import { decodeCommand, describeValue } from './sim-app';

export class SafetyViolation extends Error {}

interface BallotVotes {
  readonly ballot: Ballot;
  value: SlotValue | null;
  readonly voters: Map<NodeIndex, Set<string>>;
}

function ballotKey(b: Ballot): string {
  return `${b.round}.${b.node}.${b.incarnation}`;
}

export class Observer {
  /** slot → ballot → the value proposed and who accepted it. */
  private readonly votes = new Map<Slot, Map<string, BallotVotes>>();
  /** slot → the value the first replica applied there. */
  readonly applied = new Map<Slot, { value: SlotValue; description: string; by: NodeIndex }>();
  /** "client:seq" a client was told took effect. */
  readonly acknowledged = new Set<string>();
  maxVotedSlot = 0;
  /** (node, incarnation) → what its acceptor told others: the promise and votes it may never take back. */
  private readonly announced = new Map<string, { promised: Ballot | null; votes: Map<Slot, Ballot> }>();

  constructor(private readonly memberCount: number, private readonly alpha: number) {}

  private entry(slot: Slot, ballot: Ballot): BallotVotes {
    let bySlot = this.votes.get(slot);
    if (!bySlot) this.votes.set(slot, (bySlot = new Map()));
    const key = ballotKey(ballot);
    let e = bySlot.get(key);
    if (!e) bySlot.set(key, (e = { ballot, value: null, voters: new Map() }));
    if (slot > this.maxVotedSlot) this.maxVotedSlot = slot;
    return e;
  }

  /** A leader proposed `value` in `slot` at `ballot` (an Accept left it). One value per (slot, ballot). */
  proposed(slot: Slot, ballot: Ballot, value: SlotValue): void {
    const e = this.entry(slot, ballot);
    if (e.value === null) e.value = value;
    else if (describeValue(e.value) !== describeValue(value)) {
      throw new SafetyViolation(`two values proposed in slot ${slot} at ballot ${formatBallot(ballot)}: ${describeValue(e.value)} vs ${describeValue(value)}`);
    }
  }

  /** An acceptor's vote became visible outside it (Accepted sent, or a leader's own durable accept). */
  voted(slot: Slot, ballot: Ballot, acceptor: NodeIndex, incarnation: string): void {
    const e = this.entry(slot, ballot);
    let lives = e.voters.get(acceptor);
    if (!lives) e.voters.set(acceptor, (lives = new Set()));
    lives.add(incarnation);
  }

  private announcedBy(node: NodeIndex, incarnation: string): { promised: Ballot | null; votes: Map<Slot, Ballot> } {
    const key = `${node}:${incarnation}`;
    let a = this.announced.get(key);
    if (!a) this.announced.set(key, (a = { promised: null, votes: new Map() }));
    return a;
  }

  /**
   * (e) An acceptor's word is binding: it never votes below a ballot it promised, and
   * (checked at restart) never forgets a promise or vote it announced.
   */
  announcedPromise(node: NodeIndex, incarnation: string, ballot: Ballot): void {
    const a = this.announcedBy(node, incarnation);
    if (a.promised === null || compareBallots(ballot, a.promised) > 0) a.promised = ballot;
  }

  announcedVote(node: NodeIndex, incarnation: string, slot: Slot, ballot: Ballot): void {
    const a = this.announcedBy(node, incarnation);
    if (a.promised !== null && compareBallots(ballot, a.promised) < 0) {
      throw new SafetyViolation(`n${node} voted in slot ${slot} at ballot ${formatBallot(ballot)} after promising ${formatBallot(a.promised)}`);
    }
    a.promised = ballot;
    const previous = a.votes.get(slot);
    if (previous === undefined || compareBallots(ballot, previous) > 0) a.votes.set(slot, ballot);
  }

  /** After a restart with the same data directory: everything announced must still be there. */
  checkRemembers(node: NodeIndex, incarnation: string, promised: Ballot, accepted: ReadonlyMap<Slot, { ballot: Ballot }>, compactedUpTo: Slot): void {
    const a = this.announced.get(`${node}:${incarnation}`);
    if (!a) return;
    if (a.promised !== null && compareBallots(promised, a.promised) < 0) {
      throw new SafetyViolation(`n${node} restarted having forgotten its promise of ${formatBallot(a.promised)} (remembers ${formatBallot(promised)})`);
    }
    for (const [slot, ballot] of a.votes) {
      if (slot <= compactedUpTo) continue;
      const kept = accepted.get(slot);
      if (kept === undefined || compareBallots(kept.ballot, ballot) < 0) {
        throw new SafetyViolation(`n${node} restarted having forgotten its vote in slot ${slot} at ballot ${formatBallot(ballot)}`);
      }
    }
  }

  /** Record a replica applying `value` at `slot`; every replica must apply the same. */
  appliedBy(node: NodeIndex, slot: Slot, value: SlotValue): void {
    const description = describeValue(value);
    const first = this.applied.get(slot);
    if (!first) {
      this.applied.set(slot, { value, description, by: node });
      return;
    }
    if (first.description !== description) {
      throw new SafetyViolation(`replicas disagree on slot ${slot}: node ${first.by} applied "${first.description}", node ${node} applied "${description}"`);
    }
  }

  acknowledge(client: number, seq: number): void {
    this.acknowledged.add(`${client}:${seq}`);
  }

  /**
   * (a) At most one value chosen per slot, judged from acceptors' votes under the
   * configuration that governs each slot (derived from the judged values themselves).
   */
  checkOneValuePerSlot(): void {
    let configuration: Configuration | null = null;
    const pending: { fromSlot: Slot; configuration: Configuration }[] = [];
    for (let slot = 1; slot <= this.maxVotedSlot; slot++) {
      while (pending.length > 0 && pending[0]!.fromSlot <= slot) configuration = pending.shift()!.configuration;
      const chosen = new Set<string>();
      let chosenValue: SlotValue | null = null;
      for (const e of this.votes.get(slot)?.values() ?? []) {
        if (e.value === null) continue;
        if (this.isChosenBy(configuration, e)) {
          chosen.add(describeValue(e.value));
          chosenValue = e.value;
        }
      }
      if (chosen.size > 1) {
        throw new SafetyViolation(`slot ${slot} chose ${chosen.size} values by acceptors' votes: ${[...chosen].join(' | ')}`);
      }
      const applied = this.applied.get(slot);
      if (chosenValue === null && applied) chosenValue = applied.value;
      if (chosenValue !== null && applied && describeValue(chosenValue) !== applied.description) {
        throw new SafetyViolation(`slot ${slot}: acceptors chose "${describeValue(chosenValue)}" but replicas applied "${applied.description}"`);
      }
      if (chosenValue?.kind === 'configuration') pending.push({ fromSlot: slot + this.alpha, configuration: chosenValue.configuration });
    }
  }

  private isChosenBy(configuration: Configuration | null, e: BallotVotes): boolean {
    let count = 0;
    for (const [index, lives] of e.voters) {
      if (configuration === null) count++;
      else for (const life of lives) if (isVoter(configuration, index, life)) { count++; break; }
    }
    const needed = configuration === null ? bootstrapQuorumSize(this.memberCount) : regularQuorumSize(this.memberCount);
    return count >= needed;
  }

  /**
   * (c) Every acknowledged command is in the applied history exactly once (after session
   * de-duplication), and nothing applied is out of a client's order.
   */
  checkAcknowledgedDurable(): void {
    const effective = new Map<string, number>();
    const lastSeq = new Map<number, number>();
    const top = Math.max(0, ...this.applied.keys());
    for (let slot = 1; slot <= top; slot++) {
      const a = this.applied.get(slot);
      if (!a) throw new SafetyViolation(`slot ${slot} was never applied by any replica although ${top} was`);
      if (a.value.kind !== 'commands') continue;
      for (const bytes of a.value.commands) {
        const c = decodeCommand(bytes);
        if (c.seq > (lastSeq.get(c.client) ?? 0)) {
          lastSeq.set(c.client, c.seq);
          const key = `${c.client}:${c.seq}`;
          effective.set(key, (effective.get(key) ?? 0) + 1);
        }
      }
    }
    for (const key of this.acknowledged) {
      const count = effective.get(key) ?? 0;
      if (count !== 1) throw new SafetyViolation(`acknowledged command ${key} took effect ${count} times in the chosen history`);
    }
  }
}
