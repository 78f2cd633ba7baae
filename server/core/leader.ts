// State a proposer keeps while it campaigns for or holds leadership at one ballot.
import { compareBallots } from './ballot';
import { isVoter, quorumSize } from './configuration';
import type { AcceptedEntry, Ballot, Configuration, NodeIndex, Slot, SlotValue } from './types';

/** What one acceptor — one life of one member — promised at our ballot. */
export interface PromiseRecord {
  readonly index: NodeIndex;
  readonly incarnation: string;
  readonly accepted: ReadonlyMap<Slot, AcceptedEntry>;
}

/**
 * Promises at one ballot, keyed by acceptor (member index and incarnation): a member
 * that lost its disk is a new acceptor, and the promise of its earlier life still counts
 * in the slots whose configuration binds that life.
 */
export class PromiseSet {
  /** Complete promises: only these count toward a quorum or force a value. */
  private readonly promises = new Map<string, PromiseRecord>();
  /** Promises that arrive in pages, until their last page. */
  private readonly partial = new Map<string, PartialPromise>();
  /** Highest slot any promise reported a value for: slots up to it are recovered first. */
  recoveryHorizon: Slot = 0;

  /** A promise in one piece. */
  add(from: NodeIndex, incarnation: string, accepted: readonly AcceptedEntry[]): void {
    this.complete(from, incarnation, new Map(accepted.map((entry) => [entry.slot, entry])));
  }

  /**
   * One page of a promise at `fromSlot`. Pages must come in order (a duplicate or stale
   * page is 'ignored'); 'more' means ask for the page at nextPageFrom; the promise counts
   * once its last page ('complete') is in.
   */
  addPage(from: NodeIndex, incarnation: string, accepted: readonly AcceptedEntry[], fromSlot: Slot,
    pageFrom: Slot, nextPageFrom: Slot): 'ignored' | 'more' | 'complete' {
    const key = `${from}:${incarnation}`;
    if (this.promises.has(key)) return 'ignored';
    let partial = this.partial.get(key);
    if (partial !== undefined && partial.fromSlot !== fromSlot) partial = undefined;
    const expected = partial?.nextPageFrom ?? fromSlot;
    if (pageFrom !== expected || (nextPageFrom !== 0 && nextPageFrom <= pageFrom)) return 'ignored';
    const map = partial?.accepted ?? new Map<Slot, AcceptedEntry>();
    for (const entry of accepted) map.set(entry.slot, entry);
    if (nextPageFrom === 0) {
      this.partial.delete(key);
      this.complete(from, incarnation, map);
      return 'complete';
    }
    this.partial.set(key, { fromSlot, nextPageFrom, accepted: map });
    return 'more';
  }

  /** The page to ask `index` for next: its pending page, else 0 (the first page). */
  pageWanted(index: NodeIndex): Slot {
    for (const [key, partial] of this.partial) if (key.startsWith(`${index}:`)) return partial.nextPageFrom;
    return 0;
  }

  private complete(from: NodeIndex, incarnation: string, accepted: Map<Slot, AcceptedEntry>): void {
    for (const slot of accepted.keys()) if (slot > this.recoveryHorizon) this.recoveryHorizon = slot;
    this.promises.set(`${from}:${incarnation}`, { index: from, incarnation, accepted });
  }

  has(index: NodeIndex, incarnation: string): boolean {
    return this.promises.has(`${index}:${incarnation}`);
  }

  hasAnyFrom(index: NodeIndex): boolean {
    for (const p of this.promises.values()) if (p.index === index) return true;
    return false;
  }

  hasQuorum(configuration: Configuration | null, memberCount: number, quorumOfTwo: boolean): boolean {
    const members = new Set<NodeIndex>();
    for (const p of this.promises.values()) {
      if (quorumOfTwo || isVoter(configuration, p.index, p.incarnation)) members.add(p.index);
    }
    return members.size >= (quorumOfTwo ? 2 : quorumSize(configuration, memberCount));
  }

  /**
   * The value phase 1 forces on `slot`: the one accepted at the highest ballot among the
   * promises of voters of the slot's configuration, or null when none reported one.
   */
  safeValue(slot: Slot, configuration: Configuration | null): SlotValue | null {
    let best: AcceptedEntry | null = null;
    for (const p of this.promises.values()) {
      if (!isVoter(configuration, p.index, p.incarnation)) continue;
      const entry = p.accepted.get(slot);
      if (entry !== undefined && (best === null || compareBallots(entry.ballot, best.ballot) > 0)) best = entry;
    }
    return best === null ? null : best.value;
  }
}

interface PartialPromise {
  readonly fromSlot: Slot;
  readonly nextPageFrom: Slot;
  readonly accepted: Map<Slot, AcceptedEntry>;
}

export interface InFlightSlot {
  readonly value: SlotValue;
  readonly votes: Map<NodeIndex, string>;
  ticksSinceSent: number;
  /** Ticks since first proposed: the stuck-slot watchdog's clock. */
  ticksInFlight: number;
}

export interface DeferredAccept {
  readonly slot: Slot;
  readonly value: SlotValue;
}

export interface PendingCommand {
  readonly command: Uint8Array;
}

export interface ReadRound {
  readonly round: number;
  readonly readIds: number[];
  readonly applyIndex: Slot;
  readonly acks: Map<NodeIndex, string>;
}

/** What a taken entry of the pending queue holds instead of the command handed out. */
const TAKEN = new Uint8Array(0);

export class LeaderState {
  readonly inFlight = new Map<Slot, InFlightSlot>();
  /** Next slot to propose in. */
  nextSlot: Slot;
  /**
   * Commands waiting for a slot: a queue read from `pendingHead`. Taken entries are
   * overwritten at once and the array emptied whenever it drains, so the queue never
   * holds a command it handed out (it once kept up to 1024 of them after they were
   * chosen: 30 MiB on an idle leader after a burst of 64 KiB writes).
   */
  readonly pending: Uint8Array[] = [];
  pendingHead = 0;
  pendingBytes = 0;
  /** Reads waiting for the next confirmation round. */
  queuedReads: number[] = [];
  readRound: ReadRound | null = null;
  nextReadRound = 1;
  heartbeatElapsed = 0;
  /** Ticks since a quorum last answered; a leader cut off from it steps down. */
  ticksSinceQuorumContact = 0;
  readonly contactedThisPeriod = new Map<NodeIndex, string>();
  readonly followerChosenUpTo = new Map<NodeIndex, Slot>();
  configurationInFlight = false;
  /** Extra Prepares to members of a new configuration went out this heartbeat period. */
  configurationPrepareSent = false;
  /**
   * The chosen prefix every follower was last told of (by an Accept, a commit or a
   * heartbeat). Followers learn of newly chosen slots on the next Accept, which carries
   * commitUpTo; only when none goes out before the next tick does a commit message carry it.
   * Under load that saves a message per slot per follower; one client writing in a loop
   * saves half the leader's socket writes (the next Accept follows within a round trip).
   */
  commitToldUpTo = 0;
  /**
   * Thrifty accepts. The first followers to vote for the last chosen slot, as many as
   * make a quorum with the leader (null until a slot is chosen: everyone). Only they get
   * a new slot's Accept at once; the others' Accepts wait in `deferred` and leave
   * together at the next tick, so they persist and answer once per tick, not per slot. With one client writing,
   * each write then wakes three processes instead of five (two cores here), and under
   * load the deferred followers write bigger batches. Should a fast follower stop
   * answering, its slots are chosen by the others' votes one tick later, and those votes
   * make the next fast set.
   */
  fastPeers: ReadonlySet<NodeIndex> | null = null;
  /** Accepts not yet sent, per follower, in slot order. */
  readonly deferred = new Map<NodeIndex, DeferredAccept[]>();

  constructor(readonly ballot: Ballot, readonly promises: PromiseSet, firstSlot: Slot) {
    this.nextSlot = firstSlot;
  }

  pendingCount(): number {
    return this.pending.length - this.pendingHead;
  }

  enqueue(command: Uint8Array): void {
    this.pending.push(command);
    this.pendingBytes += command.length;
  }

  /** Take up to `maxCommands` / `maxBytes` (at least one command) from the queue. */
  takeBatch(maxCommands: number, maxBytes: number): Uint8Array[] {
    const batch: Uint8Array[] = [];
    let bytes = 0;
    while (this.pendingHead < this.pending.length && batch.length < maxCommands) {
      const next = this.pending[this.pendingHead]!;
      if (batch.length > 0 && bytes + next.length > maxBytes) break;
      batch.push(next);
      bytes += next.length;
      this.pending[this.pendingHead++] = TAKEN;
    }
    this.pendingBytes -= bytes;
    if (this.pendingHead === this.pending.length) {
      this.pending.length = 0;
      this.pendingHead = 0;
    } else if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
    return batch;
  }

  /** Drop everything queued (leadership lost); returns how many commands were dropped. */
  dropPending(): number {
    const dropped = this.pendingCount();
    this.pending.length = 0;
    this.pendingHead = 0;
    this.pendingBytes = 0;
    return dropped;
  }
}
