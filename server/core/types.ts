// Plain data types of the consensus core. They mirror proto/paxos.proto but stay plain
// objects so the core and the simulator never pay for encoding; the node converts at
// the edge (server/transport).

/** Index of a member in the hostfile (order defines it). */
export type NodeIndex = number;
/** Log position. Slots start at 1; 0 means "none". */
export type Slot = number;

/** Totally ordered by (round, node, incarnation). */
export interface Ballot {
  readonly round: number;
  readonly node: NodeIndex;
  /** Random id of the proposer's data directory: a node that lost its disk never reuses a ballot. */
  readonly incarnation: string;
}

/**
 * Who votes. `incarnations[i]` is the data-directory id bound to member i's seat, or ''
 * for a seat nobody holds yet (its votes count for nothing until a configuration change
 * binds it). Member count and order are fixed by the hostfile.
 */
export interface Configuration {
  readonly epoch: number;
  readonly incarnations: readonly string[];
}

/** What a slot decides. */
export type SlotValue =
  | { readonly kind: 'noop' }
  | { readonly kind: 'commands'; readonly commands: readonly Uint8Array[] }
  | { readonly kind: 'configuration'; readonly configuration: Configuration };

export interface AcceptedEntry {
  readonly slot: Slot;
  readonly ballot: Ballot;
  readonly value: SlotValue;
}

export interface ChosenEntry {
  readonly slot: Slot;
  readonly value: SlotValue;
}

// ---- Peer messages ----

export interface Prepare {
  readonly type: 'prepare';
  readonly ballot: Ballot;
  readonly fromSlot: Slot;
  /** Asks for the page of accepted values starting here (0: from fromSlot, the first page). */
  readonly pageFrom: Slot;
}
export interface Promise {
  readonly type: 'promise';
  readonly ballot: Ballot;
  readonly fromSlot: Slot;
  readonly accepted: readonly AcceptedEntry[];
  /** The acceptor's own chosen prefix: a would-be leader behind it catches up first. */
  readonly chosenUpTo: Slot;
  /** The acceptor compacted slots at or above fromSlot away; the asker must catch up first. */
  readonly truncated: boolean;
  /** First slot this page covers (fromSlot for the first page). */
  readonly pageFrom: Slot;
  /**
   * 0 when `accepted` holds everything from pageFrom up; otherwise the page stops short
   * of this slot and the asker asks for the next page (same ballot) before it counts.
   */
  readonly nextPageFrom: Slot;
}
export interface Accept {
  readonly type: 'accept';
  readonly ballot: Ballot;
  readonly slot: Slot;
  readonly value: SlotValue;
  readonly commitUpTo: Slot;
}
export interface Accepted { readonly type: 'accepted'; readonly ballot: Ballot; readonly slot: Slot }
export interface Rejected { readonly type: 'rejected'; readonly ballot: Ballot; readonly promised: Ballot; readonly slot: Slot }
export interface Commit { readonly type: 'commit'; readonly ballot: Ballot; readonly commitUpTo: Slot }
export interface Heartbeat { readonly type: 'heartbeat'; readonly ballot: Ballot; readonly commitUpTo: Slot; readonly readRound: number }
export interface HeartbeatReply {
  readonly type: 'heartbeatReply';
  readonly ballot: Ballot;
  readonly readRound: number;
  readonly chosenUpTo: Slot;
}
export interface CatchUpRequest { readonly type: 'catchUpRequest'; readonly fromSlot: Slot; readonly maxEntries: number }
export interface CatchUpReply {
  readonly type: 'catchUpReply';
  readonly entries: readonly ChosenEntry[];
  /** The slots asked for were compacted into a snapshot at snapshotSlot: fetch that first. */
  readonly snapshotNeeded: boolean;
  readonly snapshotSlot: Slot;
  readonly chosenUpTo: Slot;
}

export type PeerMessage =
  | Prepare | Promise | Accept | Accepted | Rejected | Commit
  | Heartbeat | HeartbeatReply | CatchUpRequest | CatchUpReply;

/** A message as it travels: who sent it, from which life of its data directory. */
export interface Envelope {
  readonly from: NodeIndex;
  readonly fromIncarnation: string;
  readonly to: NodeIndex;
  readonly message: PeerMessage;
}

// ---- Durable records (what the acceptor must not forget) ----

export type PersistRecord =
  | { readonly type: 'promise'; readonly ballot: Ballot }
  | { readonly type: 'accept'; readonly slot: Slot; readonly ballot: Ballot; readonly value: SlotValue }
  /** Advisory: speeds up restart; safety never depends on it. */
  | { readonly type: 'commit'; readonly upTo: Slot };
