// Tunables of the consensus core, in ticks, slots, commands and bytes.
export interface PlantedFaults {
  /** Acceptor replies before its record is durable. */
  replyBeforePersist?: boolean;
  /** A new leader ignores the values reported in promises. */
  ignorePromisedValues?: boolean;
  /** Quorums of two, whatever the cluster size. */
  quorumOfTwo?: boolean;
  /** The acceptor accepts ballots lower than its promise. */
  acceptLowerBallot?: boolean;
  /** A leader answers linearizable reads without confirming its leadership with a quorum. */
  readsWithoutQuorum?: boolean;
}

export interface ReplicaOptions {
  readonly index: number;
  readonly memberCount: number;
  readonly incarnation: string;
  /** Uniform in [0, 1); injected so the simulator can seed it. */
  readonly random: () => number;
  readonly electionTimeoutTicks: number;
  readonly heartbeatTicks: number;
  readonly retransmitTicks: number;
  /** Max slots proposed beyond the chosen prefix; also the configuration delay alpha. */
  readonly pipelineWindow: number;
  /**
   * Slots a leader opens at once for new commands before it lets the next batch grow.
   * One: with the leader's fsync overlapping the followers' (see ready.ts), one slot in
   * flight keeps the disks busy, and every command that arrives meanwhile rides in the
   * next slot. Measured A/B against two: about 20 instead of 12 commands per slot at 64
   * clients, 10-20 % less server CPU per write, equal or better latency at 16-256 clients.
   */
  readonly eagerSlots: number;
  readonly maxBatchCommands: number;
  readonly maxBatchBytes: number;
  readonly maxPendingCommands: number;
  readonly maxPendingBytes: number;
  readonly catchUpBatchEntries: number;
  /** Bound on the entries of one Promise page (more come in further pages, or by catch-up). */
  readonly maxPromiseEntries: number;
  /** Bound on the value bytes of one Promise page (a page holds at least one entry). */
  readonly maxPromiseBytes: number;
  /**
   * A leader whose oldest slot stays undecided this many ticks although a quorum answers
   * it steps down: a follower may have learned (and compacted) that slot under an
   * earlier leader and can no longer vote, and the next campaign catches up first.
   */
  readonly stuckSlotTicks: number;
  /**
   * Thrifty accepts: a new slot's Accept goes at once only to the first followers to
   * vote for the last chosen slot, as many as make a quorum with the leader; the others
   * get theirs together once per tick. See LeaderState.fastPeers.
   */
  readonly thriftyAccepts: boolean;
  readonly faults: PlantedFaults;
}

export const DEFAULT_REPLICA_OPTIONS = {
  electionTimeoutTicks: 10,
  heartbeatTicks: 2,
  retransmitTicks: 4,
  pipelineWindow: 16,
  eagerSlots: 1,
  maxBatchCommands: 1024,
  maxBatchBytes: 1 << 20,
  maxPendingCommands: 100_000,
  maxPendingBytes: 64 << 20,
  catchUpBatchEntries: 256,
  maxPromiseEntries: 4096,
  maxPromiseBytes: 4 * 1024 * 1024,
  stuckSlotTicks: 200,
  thriftyAccepts: true,
  faults: {},
} satisfies Partial<ReplicaOptions>;

export function replicaOptions(
  required: Pick<ReplicaOptions, 'index' | 'memberCount' | 'incarnation' | 'random'>,
  overrides: Partial<ReplicaOptions> = {},
): ReplicaOptions {
  const options: ReplicaOptions = { ...DEFAULT_REPLICA_OPTIONS, ...overrides, ...required };
  if (options.index < 0 || options.index >= options.memberCount) {
    throw new Error(`replica index ${options.index} outside 0..${options.memberCount - 1}`);
  }
  if (options.incarnation === '') throw new Error('replica incarnation must not be empty');
  if (options.heartbeatTicks >= options.electionTimeoutTicks) {
    throw new Error('heartbeatTicks must be below electionTimeoutTicks');
  }
  return options;
}
