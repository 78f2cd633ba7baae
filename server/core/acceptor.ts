// The acceptor: remembers the highest ballot it promised and, per slot, the last value
// it accepted. Every change it makes is returned as a record the node must make durable
// before the reply to it leaves the process (the caller's contract, see replica.ts).
import { compareBallots, ZERO_BALLOT } from './ballot';
import type { AcceptedEntry, Ballot, PersistRecord, Slot, SlotValue } from './types';

export interface AcceptorState {
  promised: Ballot;
  accepted: Map<Slot, AcceptedEntry>;
  /** Slots at or below this were dropped after a durable snapshot covered them. */
  compactedUpTo: Slot;
}

export type PrepareOutcome =
  | { readonly promised: true; readonly record: PersistRecord | null; readonly accepted: AcceptedEntry[]; readonly truncated: boolean }
  | { readonly promised: false; readonly current: Ballot };

export type AcceptOutcome =
  | { readonly accepted: true; readonly record: PersistRecord }
  | { readonly accepted: false; readonly current: Ballot }
  | { readonly accepted: 'compacted' };

export interface AcceptorFaults {
  /** Planted bug: accept ballots lower than the promise. */
  acceptLowerBallot?: boolean;
}

export class Acceptor {
  readonly state: AcceptorState;

  constructor(restored?: AcceptorState, private readonly faults: AcceptorFaults = {}) {
    this.state = restored ?? { promised: ZERO_BALLOT, accepted: new Map(), compactedUpTo: 0 };
  }

  get promised(): Ballot {
    return this.state.promised;
  }

  /** Phase 1b. Re-promising the same ballot is allowed (a retried Prepare). */
  prepare(ballot: Ballot, fromSlot: Slot): PrepareOutcome {
    const order = compareBallots(ballot, this.state.promised);
    if (order < 0) return { promised: false, current: this.state.promised };
    const record: PersistRecord | null = order > 0 ? { type: 'promise', ballot } : null;
    if (order > 0) this.state.promised = ballot;
    if (fromSlot <= this.state.compactedUpTo) {
      return { promised: true, record, accepted: [], truncated: true };
    }
    const accepted: AcceptedEntry[] = [];
    for (const entry of this.state.accepted.values()) {
      if (entry.slot >= fromSlot) accepted.push(entry);
    }
    accepted.sort((a, b) => a.slot - b.slot);
    return { promised: true, record, accepted, truncated: false };
  }

  /** Phase 2b. Accepting ballot b also promises b (the record carries the ballot). */
  accept(ballot: Ballot, slot: Slot, value: SlotValue): AcceptOutcome {
    if (slot <= this.state.compactedUpTo) return { accepted: 'compacted' };
    if (compareBallots(ballot, this.state.promised) < 0 && !this.faults.acceptLowerBallot) {
      return { accepted: false, current: this.state.promised };
    }
    if (compareBallots(ballot, this.state.promised) > 0) this.state.promised = ballot;
    this.state.accepted.set(slot, { slot, ballot, value });
    return { accepted: true, record: { type: 'accept', slot, ballot, value } };
  }

  acceptedAt(slot: Slot): AcceptedEntry | undefined {
    return this.state.accepted.get(slot);
  }

  /** Drop accepted values for slots a durable snapshot covers (all chosen). */
  compact(upTo: Slot): void {
    if (upTo <= this.state.compactedUpTo) return;
    for (const slot of this.state.accepted.keys()) {
      if (slot <= upTo) this.state.accepted.delete(slot);
    }
    this.state.compactedUpTo = upTo;
  }
}

/** Rebuild acceptor state from durable records, in the order they were written. */
export function replayAcceptor(records: Iterable<PersistRecord>, compactedUpTo: Slot = 0): AcceptorState {
  const state: AcceptorState = { promised: ZERO_BALLOT, accepted: new Map(), compactedUpTo };
  for (const record of records) {
    if (record.type === 'promise') {
      if (compareBallots(record.ballot, state.promised) > 0) state.promised = record.ballot;
    } else if (record.type === 'accept') {
      if (compareBallots(record.ballot, state.promised) > 0) state.promised = record.ballot;
      if (record.slot > compactedUpTo) {
        state.accepted.set(record.slot, { slot: record.slot, ballot: record.ballot, value: record.value });
      }
    }
  }
  return state;
}
