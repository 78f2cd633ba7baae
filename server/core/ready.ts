// What one batch of inputs asks the node to do, in this order:
//   0. send `sendBeforePersist` at once (the leader's Accept requests: they are no votes),
//   1. make every record in `persist` durable (one fsync covers the batch),
//   2. only then send `send` (Promise and Accepted must never outrun their records),
//   3. only then hand `apply` to the state machine and release read answers,
//   4. then tell the replica `persisted(seq)`: the leader counts its own vote for a slot
//      only from then on, so its disk write runs in parallel with the followers' and no
//      slot is chosen on a vote that a crash could still take back.
// Batches must be processed in the order they were taken: a later batch's fsync covers
// the earlier batch's records, never the other way round.
import type { Ballot, ChosenEntry, Envelope, NodeIndex, PersistRecord, Slot } from './types';

export type Role = 'follower' | 'candidate' | 'leader';

export type CoreEvent =
  | { readonly type: 'roleChanged'; readonly role: Role; readonly ballot: Ballot }
  | { readonly type: 'electionStarted'; readonly ballot: Ballot }
  | { readonly type: 'leaderChanged'; readonly leader: NodeIndex | null; readonly ballot: Ballot }
  | { readonly type: 'configurationChosen'; readonly slot: Slot; readonly epoch: number; readonly incarnations: readonly string[] }
  | { readonly type: 'catchUpRequested'; readonly from: NodeIndex; readonly fromSlot: Slot; readonly target: Slot };

export interface ReadConfirmation {
  readonly readId: number;
  /** Answer once the state machine applied at least this slot. */
  readonly applyIndex: Slot;
}

export interface Ready {
  /** Position of this batch in the order taken (1, 2, ...): the argument of persisted(). */
  seq: number;
  persist: PersistRecord[];
  send: Envelope[];
  /**
   * Messages with no durability dependency: the leader's Accept requests (a request is
   * not a vote; the leader's own vote waits for persisted()). Acceptor replies land here
   * only through a planted bug.
   */
  sendBeforePersist: Envelope[];
  apply: ChosenEntry[];
  readsConfirmed: ReadConfirmation[];
  /** Read ids this node can no longer confirm (it lost or never had leadership). */
  readsFailed: number[];
  /** A peer compacted what we miss: fetch its snapshot at `slot`, then call installSnapshot. */
  snapshotNeeded: { readonly from: NodeIndex; readonly slot: Slot } | null;
  events: CoreEvent[];
}

export function emptyReady(): Ready {
  return {
    seq: 0, persist: [], send: [], sendBeforePersist: [], apply: [], readsConfirmed: [], readsFailed: [],
    snapshotNeeded: null, events: [],
  };
}

export function readyIsEmpty(r: Ready): boolean {
  return r.persist.length === 0 && r.send.length === 0 && r.sendBeforePersist.length === 0 &&
    r.apply.length === 0 && r.readsConfirmed.length === 0 && r.readsFailed.length === 0 &&
    r.snapshotNeeded === null && r.events.length === 0;
}
