// A Multi-Paxos replica: proposer, acceptor and learner of one member, composed.
//
// Pure: inputs are ticks, peer messages, proposals and read requests; outputs collect in
// a Ready (see ready.ts) that the caller takes and carries out in order: persist, then
// send, then apply. No clock, randomness, timers, files or sockets live here.
import { Acceptor, type AcceptorState } from './acceptor';
import { ballotsEqual, compareBallots, maxBallot, nextBallot, ZERO_BALLOT } from './ballot';
import { ConfigurationHistory, isQuorum, isVoter, quorumSize, type ConfigurationChange } from './configuration';
import { LeaderState, PromiseSet } from './leader';
import { Learner, valuesEqual } from './learner';
import type { ReplicaOptions } from './options';
import { packCommands } from './packed-commands';
import { emptyReady, type CoreEvent, type Ready, type Role } from './ready';
import type {
  Accept, Accepted, AcceptedEntry, Ballot, CatchUpReply, CatchUpRequest, Configuration, Envelope, Heartbeat,
  HeartbeatReply, NodeIndex, PeerMessage, Prepare, Promise, Rejected, Slot, SlotValue,
} from './types';

export interface RestoredState {
  readonly acceptor: AcceptorState;
  /** Slot of the durable snapshot the state machine was restored from (0 = none). */
  readonly snapshotSlot: Slot;
  /** The configuration history as of that snapshot. */
  readonly configurations?: readonly ConfigurationChange[];
}

export type ProposeResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'not_leader'; readonly leaderHint: NodeIndex | null }
  | { readonly ok: false; readonly reason: 'overloaded' };

interface CandidateState {
  readonly ballot: Ballot;
  promises: PromiseSet;
  fromSlot: Slot;
  elapsed: number;
  ticksSincePrepare: number;
  /** A promiser knows more chosen slots than we do: catch up to this before leading. */
  catchUpTarget: Slot;
  catchUpSource: NodeIndex | null;
}

interface CatchUpState {
  outstanding: boolean;
  elapsed: number;
}

export class Replica {
  readonly acceptor: Acceptor;
  readonly learner: Learner;
  readonly configurations: ConfigurationHistory;
  role: Role = 'follower';
  /** Ballot of the leadership this replica currently follows or holds. */
  currentBallot: Ballot = ZERO_BALLOT;
  leaderIndex: NodeIndex | null = null;
  /** Highest ballot seen anywhere: the next campaign starts above it. */
  private highestSeen: Ballot = ZERO_BALLOT;
  private electionElapsed = 0;
  private electionTimeout: number;
  private leaderCommitHint: Slot = 0;
  private readonly catchUp: CatchUpState = { outstanding: false, elapsed: 0 };
  private candidate: CandidateState | null = null;
  leader: LeaderState | null = null;
  /** Latest incarnation heard from each member (used to admit members to the configuration). */
  readonly knownIncarnations: string[];
  private ready: Ready = emptyReady();
  /** seq of the last Ready taken. */
  private readySeq = 0;
  /**
   * The leader's own accepts whose records are not known durable yet, in Ready order:
   * they become votes in persisted(), never earlier (a vote a crash can take back must
   * not help choose a slot). The Accept requests went out at once meanwhile.
   */
  private readonly ownVotesPending: { readonly seq: number; readonly slot: Slot; readonly ballot: Ballot }[] = [];
  private snapshotRequested = false;
  private nextReadId = 1;

  constructor(readonly options: ReplicaOptions, restored?: RestoredState) {
    this.acceptor = new Acceptor(restored?.acceptor, { acceptLowerBallot: options.faults.acceptLowerBallot });
    const snapshotSlot = restored?.snapshotSlot ?? 0;
    this.learner = new Learner(snapshotSlot);
    this.configurations = new ConfigurationHistory(options.pipelineWindow, restored?.configurations);
    this.highestSeen = this.acceptor.promised;
    this.knownIncarnations = new Array<string>(options.memberCount).fill('');
    this.knownIncarnations[options.index] = options.incarnation;
    this.electionTimeout = this.randomElectionTimeout();
    if (snapshotSlot > 0 && this.acceptor.state.compactedUpTo < snapshotSlot) this.acceptor.compact(snapshotSlot);
  }

  get index(): NodeIndex {
    return this.options.index;
  }

  /** Take everything the inputs so far asked for (see ready.ts for the order). */
  takeReady(): Ready {
    const ready = this.ready;
    ready.seq = ++this.readySeq;
    this.ready = emptyReady();
    return ready;
  }

  /**
   * The records of every Ready up to `seq` are durable (the node calls this after it
   * carried out that Ready). The leader's own votes among them count from now on.
   */
  persisted(seq: number): void {
    if (!Number.isSafeInteger(seq) || seq > this.readySeq) {
      throw new Error(`persisted(${seq}) but only ${this.readySeq} Readies were taken`);
    }
    let counted = false;
    while (this.ownVotesPending.length > 0 && this.ownVotesPending[0]!.seq <= seq) {
      const vote = this.ownVotesPending.shift()!;
      const leader = this.leader;
      if (leader === null || !ballotsEqual(leader.ballot, vote.ballot)) continue;
      const entry = leader.inFlight.get(vote.slot);
      if (entry === undefined) continue;
      entry.votes.set(this.index, this.options.incarnation);
      this.checkChosen(vote.slot);
      counted = true;
    }
    if (counted && this.leader !== null) this.fillPipeline();
  }

  // ---------------------------------------------------------------- inputs

  tick(): void {
    this.electionElapsed++;
    if (this.role === 'leader') this.tickLeader();
    else if (this.role === 'candidate') this.tickCandidate();
    else if (this.electionElapsed >= this.electionTimeout) this.startElection();
    this.tickCatchUp();
  }

  receive(envelope: Envelope): void {
    if (envelope.to !== this.index) throw new Error(`message for ${envelope.to} delivered to ${this.index}`);
    if (envelope.from < 0 || envelope.from >= this.options.memberCount) return;
    if (envelope.from !== this.index) this.knownIncarnations[envelope.from] = envelope.fromIncarnation;
    const m = envelope.message;
    switch (m.type) {
      case 'prepare': return this.onPrepare(envelope.from, m);
      case 'promise': return this.onPromise(envelope.from, envelope.fromIncarnation, m);
      case 'accept': return this.onAccept(envelope.from, m);
      case 'accepted': return this.onAccepted(envelope.from, envelope.fromIncarnation, m);
      case 'rejected': return this.onRejected(m);
      case 'commit': return this.onCommitHint(envelope.from, m.ballot, m.commitUpTo);
      case 'heartbeat': return this.onHeartbeat(envelope.from, m);
      case 'heartbeatReply': return this.onHeartbeatReply(envelope.from, envelope.fromIncarnation, m);
      case 'catchUpRequest': return this.onCatchUpRequest(envelope.from, m);
      case 'catchUpReply': return this.onCatchUpReply(envelope.from, m);
    }
  }

  /** Queue a client command; only the leader accepts. */
  propose(command: Uint8Array): ProposeResult {
    const leader = this.leader;
    if (this.role !== 'leader' || leader === null) {
      return { ok: false, reason: 'not_leader', leaderHint: this.leaderIndex };
    }
    if (leader.pendingCount() >= this.options.maxPendingCommands ||
        leader.pendingBytes + command.length > this.options.maxPendingBytes) {
      return { ok: false, reason: 'overloaded' };
    }
    leader.enqueue(command);
    this.fillPipeline();
    return { ok: true };
  }

  /**
   * Ask for a linearizable read. Returns a read id that later appears in
   * readsConfirmed (answer once applied up to its applyIndex) or readsFailed; or null
   * when this replica is not the leader.
   */
  requestRead(): number | null {
    const leader = this.leader;
    if (this.role !== 'leader' || leader === null) return null;
    const readId = this.nextReadId++;
    leader.queuedReads.push(readId);
    this.startReadRound();
    return readId;
  }

  /**
   * The state machine took a durable snapshot at `slot`: forget what it covers.
   * `slot` must be applied already.
   */
  compact(slot: Slot): void {
    this.learner.compact(slot);
    this.acceptor.compact(slot);
    this.configurations.compact(slot);
  }

  /** A snapshot fetched from a peer was installed (and made durable) at `slot`. */
  installSnapshot(slot: Slot, configurations: readonly ConfigurationChange[]): void {
    this.snapshotRequested = false;
    if (slot <= this.learner.appliedIndex) return;
    this.learner.installSnapshot(slot);
    this.acceptor.compact(slot);
    this.configurations.replaceWith(configurations);
    this.afterLearning();
  }

  /** A fetch of a peer's snapshot failed; allow a new attempt. */
  snapshotFetchFailed(): void {
    this.snapshotRequested = false;
  }

  // ---------------------------------------------------------------- elections

  private randomElectionTimeout(): number {
    const base = this.options.electionTimeoutTicks;
    return base + Math.floor(this.options.random() * base);
  }

  private startElection(): void {
    this.stepDownLeader();
    const ballot = nextBallot(maxBallot(this.highestSeen, this.acceptor.promised), this.index, this.options.incarnation);
    this.highestSeen = ballot;
    this.role = 'candidate';
    this.currentBallot = ballot;
    this.leaderIndex = null;
    this.electionElapsed = 0;
    this.electionTimeout = this.randomElectionTimeout();
    this.candidate = {
      ballot, promises: new PromiseSet(), fromSlot: this.learner.commitIndex + 1,
      elapsed: 0, ticksSincePrepare: 0, catchUpTarget: 0, catchUpSource: null,
    };
    this.event({ type: 'electionStarted', ballot });
    this.event({ type: 'roleChanged', role: 'candidate', ballot });
    this.sendPrepares();
  }

  /** Promise our own ballot (durably, before any Prepare leaves) and ask everyone else. */
  private sendPrepares(): void {
    const c = this.candidate!;
    c.promises = new PromiseSet();
    c.fromSlot = this.learner.commitIndex + 1;
    c.ticksSincePrepare = 0;
    const own = this.acceptor.prepare(c.ballot, c.fromSlot);
    if (!own.promised) {
      // Someone got a promise above our ballot from our own acceptor meanwhile.
      this.becomeFollower(own.current, own.current.node);
      return;
    }
    if (own.record) this.ready.persist.push(own.record);
    this.recordPromise(this.index, this.options.incarnation, {
      accepted: own.accepted, chosenUpTo: this.learner.commitIndex, truncated: own.truncated, pageFrom: c.fromSlot, nextPageFrom: 0,
    });
    this.broadcast({ type: 'prepare', ballot: c.ballot, fromSlot: c.fromSlot, pageFrom: 0 });
    this.maybeBecomeLeader();
  }

  private tickCandidate(): void {
    const c = this.candidate!;
    c.elapsed++;
    c.ticksSincePrepare++;
    if (c.elapsed >= this.electionTimeout) {
      this.startElection();
      return;
    }
    if (c.catchUpTarget > 0 && c.catchUpSource !== null) this.requestCatchUp(c.catchUpSource);
    if (c.ticksSincePrepare >= this.options.retransmitTicks && c.catchUpTarget === 0) {
      c.ticksSincePrepare = 0;
      // Only those that have not answered: after a full-cluster restart a Promise can
      // carry megabytes, and asking again would make every acceptor build it again.
      for (let i = 0; i < this.options.memberCount; i++) {
        if (i !== this.index && !c.promises.hasAnyFrom(i)) {
          this.sendTo(i, { type: 'prepare', ballot: c.ballot, fromSlot: c.fromSlot, pageFrom: c.promises.pageWanted(i) });
        }
      }
    }
  }

  private onPrepare(from: NodeIndex, m: Prepare): void {
    this.noteBallot(m.ballot);
    if (from !== this.leaderIndex && compareBallots(m.ballot, this.currentBallot) > 0 && this.hearsLiveLeader()) {
      // Leader stickiness: while a live leader is heard, a stranger's campaign is ignored,
      // so a node that was cut off cannot depose a healthy leader when it comes back.
      return;
    }
    const outcome = this.acceptor.prepare(m.ballot, m.fromSlot);
    if (!outcome.promised) {
      this.sendTo(from, { type: 'rejected', ballot: m.ballot, promised: outcome.current, slot: 0 });
      return;
    }
    if (outcome.record) this.ready.persist.push(outcome.record);
    if (compareBallots(m.ballot, this.currentBallot) > 0 && from !== this.index) {
      this.becomeFollower(m.ballot, null);
    }
    const page = this.promisePage(m, outcome.accepted, outcome.truncated);
    this.reply(from, {
      type: 'promise', ballot: m.ballot, fromSlot: m.fromSlot, accepted: page.accepted,
      chosenUpTo: this.learner.commitIndex, truncated: page.truncated, pageFrom: page.pageFrom, nextPageFrom: page.nextPageFrom,
    });
  }

  /**
   * The part of our accepted values a Prepare asked for. A long answer is cut into pages
   * (the asker asks for each next one), or, when we know chosen slots the asker lacks, cut
   * short altogether: it catches up from us and asks again from higher up. Knowing no
   * more than it does (after a full-cluster restart nobody knows what was chosen), we
   * must page: an answer that never fits would keep every candidate from winning.
   */
  private promisePage(m: Prepare, all: readonly AcceptedEntry[], compacted: boolean):
    { accepted: readonly AcceptedEntry[]; truncated: boolean; pageFrom: Slot; nextPageFrom: Slot } {
    const pageFrom = Math.max(m.fromSlot, m.pageFrom);
    if (compacted) return { accepted: [], truncated: true, pageFrom, nextPageFrom: 0 };
    let first = 0;
    if (pageFrom > m.fromSlot) while (first < all.length && all[first]!.slot < pageFrom) first++;
    let end = first;
    let bytes = 0;
    while (end < all.length && end - first < this.options.maxPromiseEntries &&
      (end === first || bytes + slotValueBytes(all[end]!.value) <= this.options.maxPromiseBytes)) {
      bytes += slotValueBytes(all[end]!.value);
      end++;
    }
    if (end === all.length) return { accepted: first === 0 ? all : all.slice(first), truncated: false, pageFrom, nextPageFrom: 0 };
    if (this.learner.commitIndex >= m.fromSlot) return { accepted: [], truncated: true, pageFrom, nextPageFrom: 0 };
    return { accepted: all.slice(first, end), truncated: false, pageFrom, nextPageFrom: all[end]!.slot };
  }

  private hearsLiveLeader(): boolean {
    if (this.role === 'leader') return this.leader!.ticksSinceQuorumContact < this.options.electionTimeoutTicks;
    return this.role === 'follower' && this.leaderIndex !== null && this.electionElapsed < this.options.electionTimeoutTicks;
  }

  private onPromise(from: NodeIndex, incarnation: string, m: Promise): void {
    const accepted = this.options.faults.ignorePromisedValues ? [] : m.accepted;
    const leader = this.leader;
    if (leader !== null && ballotsEqual(m.ballot, leader.ballot)) {
      // A member of a new configuration (or a new life of one) answered the leader's extra Prepare.
      if (m.truncated) return;
      const page = leader.promises.addPage(from, incarnation, accepted, m.fromSlot, m.pageFrom, m.nextPageFrom);
      if (page === 'more') this.sendTo(from, { type: 'prepare', ballot: leader.ballot, fromSlot: m.fromSlot, pageFrom: m.nextPageFrom });
      if (page === 'complete') this.fillPipeline();
      return;
    }
    const c = this.candidate;
    if (this.role !== 'candidate' || c === null || !ballotsEqual(m.ballot, c.ballot) || m.fromSlot !== c.fromSlot) return;
    this.recordPromise(from, incarnation, { ...m, accepted });
    this.maybeBecomeLeader();
  }

  private recordPromise(from: NodeIndex, incarnation: string,
    m: Pick<Promise, 'accepted' | 'chosenUpTo' | 'truncated' | 'pageFrom' | 'nextPageFrom'>): void {
    const c = this.candidate!;
    const page = c.promises.addPage(from, incarnation, m.accepted, c.fromSlot, m.pageFrom, m.truncated ? 0 : m.nextPageFrom);
    if (page === 'ignored') return;
    // Progress: each new page restarts the election clock, so a campaign whose Promises
    // are long (slow to build and carry) is not abandoned midway. Pages only move forward,
    // so this cannot postpone a new election forever.
    if (from !== this.index) c.elapsed = 0;
    if (page === 'more') this.sendTo(from, { type: 'prepare', ballot: c.ballot, fromSlot: c.fromSlot, pageFrom: m.nextPageFrom });
    const behindTo = m.truncated ? Math.max(m.chosenUpTo, this.learner.commitIndex + 1) : m.chosenUpTo;
    if (behindTo > this.learner.commitIndex && from !== this.index) {
      // Lead only from an up-to-date chosen prefix: fetch what this promiser knows first.
      if (behindTo > c.catchUpTarget) {
        c.catchUpTarget = behindTo;
        c.catchUpSource = from;
      }
      this.leaderCommitHint = Math.max(this.leaderCommitHint, behindTo);
      this.requestCatchUp(from);
    }
  }

  private maybeBecomeLeader(): void {
    const c = this.candidate;
    if (c === null || c.catchUpTarget > 0) return;
    const configuration = this.configurations.at(this.learner.commitIndex + 1);
    if (!c.promises.hasQuorum(configuration, this.options.memberCount, !!this.options.faults.quorumOfTwo)) return;
    this.candidate = null;
    this.role = 'leader';
    this.leaderIndex = this.index;
    this.currentBallot = c.ballot;
    this.leader = new LeaderState(c.ballot, c.promises, this.learner.commitIndex + 1);
    this.event({ type: 'roleChanged', role: 'leader', ballot: c.ballot });
    this.event({ type: 'leaderChanged', leader: this.index, ballot: c.ballot });
    this.fillPipeline();
    this.sendHeartbeats();
  }

  /** Follow the leadership of `ballot` (leader unknown until it speaks). */
  private becomeFollower(ballot: Ballot, leader: NodeIndex | null): void {
    const wasRole = this.role;
    const previousLeader = this.leaderIndex;
    this.stepDownLeader();
    this.candidate = null;
    this.role = 'follower';
    if (compareBallots(ballot, this.currentBallot) > 0) this.currentBallot = ballot;
    this.leaderIndex = leader;
    this.electionElapsed = 0;
    if (wasRole !== 'follower') this.event({ type: 'roleChanged', role: 'follower', ballot: this.currentBallot });
    if (leader !== previousLeader) this.event({ type: 'leaderChanged', leader, ballot: this.currentBallot });
  }

  private stepDownLeader(): void {
    const leader = this.leader;
    if (leader === null) return;
    this.leader = null;
    leader.dropPending();
    const failed = [...leader.queuedReads, ...(leader.readRound?.readIds ?? [])];
    this.ready.readsFailed.push(...failed);
  }

  private noteBallot(ballot: Ballot): void {
    if (compareBallots(ballot, this.highestSeen) > 0) this.highestSeen = ballot;
  }

  /** A message from the leadership of `ballot` arrived: follow it if it is current. */
  private followLeader(from: NodeIndex, ballot: Ballot): void {
    const order = compareBallots(ballot, this.currentBallot);
    if (order > 0 || (order === 0 && this.role === 'candidate' && from !== this.index)) {
      this.becomeFollower(ballot, from);
    } else if (order === 0 && this.role === 'follower') {
      if (this.leaderIndex !== from) {
        this.leaderIndex = from;
        this.event({ type: 'leaderChanged', leader: from, ballot });
      }
      this.electionElapsed = 0;
    }
  }

  // ---------------------------------------------------------------- phase 2

  private onAccept(from: NodeIndex, m: Accept): void {
    this.noteBallot(m.ballot);
    const known = this.learner.chosenAt(m.slot);
    if (known !== undefined && !valuesEqual(known, m.value)) {
      // A stale leader's late proposal for a slot we know is chosen otherwise: refusing
      // is always safe, and keeps this acceptor from ever backing a second value.
      return;
    }
    const outcome = this.acceptor.accept(m.ballot, m.slot, m.value);
    if (outcome.accepted === false) {
      this.sendTo(from, { type: 'rejected', ballot: m.ballot, promised: outcome.current, slot: m.slot });
      return;
    }
    if (from !== this.index) this.followLeader(from, m.ballot);
    if (outcome.accepted === true) {
      this.ready.persist.push(outcome.record);
      this.reply(from, { type: 'accepted', ballot: m.ballot, slot: m.slot });
    }
    this.onCommitHint(from, m.ballot, m.commitUpTo);
  }

  private onAccepted(from: NodeIndex, incarnation: string, m: Accepted): void {
    const leader = this.leader;
    if (leader === null || !ballotsEqual(m.ballot, leader.ballot)) return;
    this.noteContact(from, incarnation);
    const slot = leader.inFlight.get(m.slot);
    if (slot === undefined) return;
    slot.votes.set(from, incarnation);
    this.checkChosen(m.slot);
    this.fillPipeline();
  }

  private onRejected(m: Rejected): void {
    this.noteBallot(m.promised);
    if (compareBallots(m.promised, this.currentBallot) <= 0) return;
    if (ballotsEqual(m.ballot, this.currentBallot) && this.role !== 'follower') {
      if (this.role === 'leader' && this.hearsLiveLeader()) {
        // A member campaigned (say, just restarted and deaf to us for a moment) and now
        // refuses our ballot, while a quorum still answers us: campaign again at once above
        // its ballot. Our followers grant it (we are the leader they hear), so leadership
        // moves up a ballot in one round trip instead of sitting out an election timeout.
        this.startElection();
        return;
      }
      this.becomeFollower(m.promised, null);
    }
  }

  private checkChosen(slot: Slot): void {
    const leader = this.leader!;
    const entry = leader.inFlight.get(slot);
    if (entry === undefined) return;
    const configuration = this.configurations.at(slot);
    const quorum = this.options.faults.quorumOfTwo ? entry.votes.size >= 2
      : isQuorum(configuration, this.options.memberCount, entry.votes);
    if (!quorum) return;
    leader.inFlight.delete(slot);
    if (this.options.thriftyAccepts) leader.fastPeers = fastPeers(this.index, this.options.incarnation, configuration,
      this.options.memberCount, entry.votes);
    this.learn(slot, entry.value);
  }

  private learn(slot: Slot, value: SlotValue): void {
    this.learner.learn(slot, value);
    this.afterLearning();
  }

  /** Apply what became contiguous; configurations take effect in slot order. */
  private afterLearning(): void {
    const entries = this.learner.takeApplicable();
    for (const entry of entries) {
      if (entry.value.kind === 'configuration') {
        this.configurations.recordChosen(entry.slot, entry.value.configuration);
        if (this.leader !== null) this.leader.configurationInFlight = false;
        this.event({
          type: 'configurationChosen', slot: entry.slot, epoch: entry.value.configuration.epoch,
          incarnations: entry.value.configuration.incarnations,
        });
      }
      this.ready.apply.push(entry);
    }
    if (this.learner.commitIndex > this.leaderCommitHint) this.leaderCommitHint = this.learner.commitIndex;
    const c = this.candidate;
    if (c !== null && c.catchUpTarget > 0 && this.learner.commitIndex >= c.catchUpTarget) {
      c.catchUpTarget = 0;
      this.sendPrepares();
    }
  }

  /** The leadership of `ballot` says every slot up to commitUpTo is chosen. */
  private onCommitHint(from: NodeIndex, ballot: Ballot, commitUpTo: Slot): void {
    if (from === this.index) return;
    if (compareBallots(ballot, this.acceptor.promised) >= 0) this.followLeader(from, ballot);
    if (commitUpTo > this.leaderCommitHint) this.leaderCommitHint = commitUpTo;
    let learned = false;
    for (let slot = this.learner.commitIndex + 1; slot <= commitUpTo; slot++) {
      if (this.learner.isChosen(slot)) continue;
      const entry = this.acceptor.acceptedAt(slot);
      // Only a value accepted at the very ballot that declared it chosen is the chosen one.
      if (entry === undefined || !ballotsEqual(entry.ballot, ballot)) break;
      this.learner.learn(slot, entry.value);
      learned = true;
    }
    if (learned) this.afterLearning();
    if (this.learner.commitIndex < this.leaderCommitHint) this.requestCatchUp(from);
  }

  /** Leader: propose recovered values, then configuration changes, then client batches. */
  private fillPipeline(): void {
    const leader = this.leader;
    if (leader === null || this.role !== 'leader') return;
    const window = this.options.pipelineWindow;
    while (leader.nextSlot <= this.learner.commitIndex + window) {
      const slot = leader.nextSlot;
      const configuration = this.configurations.at(slot);
      if (!leader.promises.hasQuorum(configuration, this.options.memberCount, !!this.options.faults.quorumOfTwo)) {
        // A configuration with members we hold no promise from: ask them (same ballot).
        if (!leader.configurationPrepareSent) {
          leader.configurationPrepareSent = true;
          this.broadcastPrepareForConfiguration(leader, configuration);
        }
        return;
      }
      // A value known chosen is re-proposed as it is (it is the only one that can be chosen);
      // recovered slots get the value phase 1 forces, or a no-op for a hole.
      const value = this.learner.chosenAt(slot)
        ?? (slot <= leader.promises.recoveryHorizon
          ? leader.promises.safeValue(slot, configuration) ?? { kind: 'noop' }
          : this.nextNewValue(leader));
      if (value === null) return;
      this.proposeAt(leader, slot, value);
      leader.nextSlot = slot + 1;
    }
  }

  private nextNewValue(leader: LeaderState): SlotValue | null {
    if (!leader.configurationInFlight) {
      const wanted = this.wantedConfiguration();
      if (wanted !== null) {
        leader.configurationInFlight = true;
        return { kind: 'configuration', configuration: wanted };
      }
    }
    const pending = leader.pendingCount();
    if (pending === 0) {
      // A chosen configuration takes effect alpha slots later: fill the gap with no-ops
      // at once, so a newly bound member votes within a round trip, not after alpha
      // client commands (until then a failure among the old voters could stall slots).
      return this.configurations.latestChange().fromSlot > leader.nextSlot ? { kind: 'noop' } : null;
    }
    // Adaptive batching: once `eagerSlots` slots wait for votes, new commands gather into
    // one bigger batch until a slot is chosen (or a full batch is ready). Light load keeps
    // one round trip of latency; heavy load gets big batches and few messages per command.
    if (leader.inFlight.size >= this.options.eagerSlots && pending < this.options.maxBatchCommands &&
        leader.pendingBytes < this.options.maxBatchBytes) {
      return null;
    }
    return { kind: 'commands', commands: packCommands(leader.takeBatch(this.options.maxBatchCommands, this.options.maxBatchBytes)) };
  }

  /**
   * The configuration the leader wants: every seat bound to the incarnation last heard
   * from it. Returns null when the newest chosen configuration already says so.
   */
  private wantedConfiguration(): Configuration | null {
    const latest = this.configurations.latest();
    const incarnations = latest === null ? new Array<string>(this.options.memberCount).fill('') : [...latest.incarnations];
    let changed = latest === null;
    for (let i = 0; i < incarnations.length; i++) {
      const heard = this.knownIncarnations[i]!;
      if (heard !== '' && heard !== incarnations[i]) {
        incarnations[i] = heard;
        changed = true;
      }
    }
    if (!changed) return null;
    return { epoch: (latest?.epoch ?? 0) + 1, incarnations };
  }

  /**
   * Ask every voter of `configuration` whose promise we lack for the incarnation it binds:
   * a member that lost its disk promised in its earlier life, and that promise counts for
   * nothing in a configuration that binds its new one.
   */
  private broadcastPrepareForConfiguration(leader: LeaderState, configuration: Configuration | null): void {
    for (let i = 0; i < this.options.memberCount; i++) {
      if (i === this.index) continue;
      const bound = configuration === null ? null : configuration.incarnations[i]!;
      const missing = bound === null ? !leader.promises.hasAnyFrom(i) : bound !== '' && !leader.promises.has(i, bound);
      if (missing) this.sendTo(i, { type: 'prepare', ballot: leader.ballot, fromSlot: leader.nextSlot, pageFrom: 0 });
    }
  }

  private proposeAt(leader: LeaderState, slot: Slot, value: SlotValue): void {
    const entry = { value, votes: new Map<NodeIndex, string>(), ticksSinceSent: 0, ticksInFlight: 0 };
    leader.inFlight.set(slot, entry);
    const own = this.acceptor.accept(leader.ballot, slot, value);
    if (own.accepted === false) {
      this.becomeFollower(own.current, null);
      return;
    }
    // Our own vote counts once its record is durable (persisted()); the request goes out
    // now, so our fsync overlaps the followers' round trip. commitUpTo is safe to send
    // early: every slot in it was chosen by durable votes only.
    if (own.accepted === true) {
      this.ready.persist.push(own.record);
      this.ownVotesPending.push({ seq: this.readySeq + 1, slot, ballot: leader.ballot });
    }
    const accept: PeerMessage = { type: 'accept', ballot: leader.ballot, slot, value, commitUpTo: this.learner.commitIndex };
    const fast = this.options.thriftyAccepts ? leader.fastPeers : null;
    for (let i = 0; i < this.options.memberCount; i++) {
      if (i === this.index) continue;
      if (fast !== null && !fast.has(i)) {
        let queue = leader.deferred.get(i);
        if (queue === undefined) leader.deferred.set(i, queue = []);
        queue.push({ slot, value });
        continue;
      }
      // A follower that just joined the fast set first gets what waited for it, in order.
      this.sendDeferred(leader, i);
      this.ready.sendBeforePersist.push({ from: this.index, fromIncarnation: this.options.incarnation, to: i, message: accept });
    }
    leader.commitToldUpTo = this.learner.commitIndex;
  }

  /**
   * Sends `to` the Accepts deferred for it (thrifty accepts), in slot order. Each carries
   * a commitUpTo no higher than its own slot: the follower reads them in order, and a
   * commit point past what it has accepted so far would send it to catch up for slots
   * that are on their way in the same burst.
   */
  private sendDeferred(leader: LeaderState, to: NodeIndex): void {
    const queue = leader.deferred.get(to);
    if (queue === undefined || queue.length === 0) return;
    leader.deferred.delete(to);
    for (const { slot, value } of queue) {
      const message: PeerMessage = { type: 'accept', ballot: leader.ballot, slot, value, commitUpTo: Math.min(this.learner.commitIndex, slot) };
      this.ready.sendBeforePersist.push({ from: this.index, fromIncarnation: this.options.incarnation, to, message });
    }
  }

  private tickLeader(): void {
    const leader = this.leader!;
    // Deferred Accepts leave first: the commit points sent below may cover their slots.
    for (const to of [...leader.deferred.keys()]) this.sendDeferred(leader, to);
    leader.heartbeatElapsed++;
    leader.ticksSinceQuorumContact++;
    if (leader.ticksSinceQuorumContact >= this.options.electionTimeoutTicks * 2) {
      // Cut off from a quorum for too long: stop serving as leader.
      this.becomeFollower(this.currentBallot, null);
      return;
    }
    if (leader.heartbeatElapsed >= this.options.heartbeatTicks) {
      this.sendHeartbeats();
      leader.configurationPrepareSent = false;
    } else if (leader.commitToldUpTo < this.learner.commitIndex) {
      // No Accept carried the newly chosen slots this tick: tell followers now.
      leader.commitToldUpTo = this.learner.commitIndex;
      this.broadcast({ type: 'commit', ballot: leader.ballot, commitUpTo: this.learner.commitIndex });
    }
    for (const [slot, entry] of leader.inFlight) {
      if (++entry.ticksInFlight >= this.options.stuckSlotTicks) {
        // Quorum contact is fine (checked above), yet this slot gathers no quorum: step
        // down so that a new campaign learns the chosen prefix from whoever has it.
        this.becomeFollower(this.currentBallot, null);
        return;
      }
      entry.ticksSinceSent++;
      if (entry.ticksSinceSent >= this.options.retransmitTicks) {
        entry.ticksSinceSent = 0;
        for (let i = 0; i < this.options.memberCount; i++) {
          if (!entry.votes.has(i)) {
            this.sendTo(i, { type: 'accept', ballot: leader.ballot, slot, value: entry.value, commitUpTo: this.learner.commitIndex });
          }
        }
      }
    }
    this.fillPipeline();
  }

  private noteContact(from: NodeIndex, incarnation: string): void {
    const leader = this.leader!;
    leader.contactedThisPeriod.set(from, incarnation);
    leader.contactedThisPeriod.set(this.index, this.options.incarnation);
    if (isQuorum(this.configurations.at(this.learner.commitIndex + 1), this.options.memberCount, leader.contactedThisPeriod)) {
      leader.ticksSinceQuorumContact = 0;
      leader.contactedThisPeriod.clear();
    }
  }

  // ---------------------------------------------------------------- heartbeats and reads

  private sendHeartbeats(): void {
    const leader = this.leader!;
    leader.heartbeatElapsed = 0;
    leader.commitToldUpTo = this.learner.commitIndex;
    this.broadcast({
      type: 'heartbeat', ballot: leader.ballot, commitUpTo: this.learner.commitIndex,
      readRound: leader.readRound?.round ?? 0,
    });
  }

  private onHeartbeat(from: NodeIndex, m: Heartbeat): void {
    this.noteBallot(m.ballot);
    if (compareBallots(m.ballot, this.acceptor.promised) < 0) {
      this.sendTo(from, { type: 'rejected', ballot: m.ballot, promised: this.acceptor.promised, slot: 0 });
      return;
    }
    this.onCommitHint(from, m.ballot, m.commitUpTo);
    this.sendTo(from, {
      type: 'heartbeatReply', ballot: m.ballot, readRound: m.readRound, chosenUpTo: this.learner.commitIndex,
    });
  }

  private onHeartbeatReply(from: NodeIndex, incarnation: string, m: HeartbeatReply): void {
    const leader = this.leader;
    if (leader === null || !ballotsEqual(m.ballot, leader.ballot)) return;
    this.noteContact(from, incarnation);
    leader.followerChosenUpTo.set(from, m.chosenUpTo);
    const round = leader.readRound;
    if (round !== null && m.readRound === round.round) {
      round.acks.set(from, incarnation);
      this.checkReadRound();
    }
  }

  /** Start a confirmation round for queued reads unless one is running. */
  private startReadRound(): void {
    const leader = this.leader;
    if (leader === null || leader.readRound !== null || leader.queuedReads.length === 0) return;
    // Until every slot a previous leader may have chosen is chosen again under our
    // ballot, our chosen prefix might miss a completed write: hold reads.
    if (this.learner.commitIndex < leader.promises.recoveryHorizon) return;
    leader.readRound = {
      round: leader.nextReadRound++,
      readIds: leader.queuedReads,
      applyIndex: this.learner.commitIndex,
      acks: new Map([[this.index, this.options.incarnation]]),
    };
    leader.queuedReads = [];
    this.sendHeartbeats();
    this.checkReadRound();
  }

  private checkReadRound(): void {
    const leader = this.leader!;
    const round = leader.readRound;
    if (round === null) return;
    const configuration = this.configurations.at(this.learner.commitIndex + 1);
    const quorum = this.options.faults.readsWithoutQuorum || (this.options.faults.quorumOfTwo ? round.acks.size >= 2
      : isQuorum(configuration, this.options.memberCount, round.acks));
    if (!quorum) return;
    for (const readId of round.readIds) this.ready.readsConfirmed.push({ readId, applyIndex: round.applyIndex });
    leader.readRound = null;
    this.startReadRound();
  }

  // ---------------------------------------------------------------- catch-up

  private requestCatchUp(from: NodeIndex): void {
    if (this.catchUp.outstanding || from === this.index || this.snapshotRequested) return;
    this.catchUp.outstanding = true;
    this.catchUp.elapsed = 0;
    const fromSlot = this.learner.commitIndex + 1;
    this.event({ type: 'catchUpRequested', from, fromSlot, target: this.leaderCommitHint });
    this.sendTo(from, { type: 'catchUpRequest', fromSlot, maxEntries: this.options.catchUpBatchEntries });
  }

  private tickCatchUp(): void {
    if (!this.catchUp.outstanding) return;
    this.catchUp.elapsed++;
    if (this.catchUp.elapsed >= this.options.retransmitTicks * 2) this.catchUp.outstanding = false;
  }

  private onCatchUpRequest(from: NodeIndex, m: CatchUpRequest): void {
    if (m.fromSlot <= this.learner.snapshotSlot) {
      this.sendTo(from, {
        type: 'catchUpReply', entries: [], snapshotNeeded: true, snapshotSlot: this.learner.snapshotSlot,
        chosenUpTo: this.learner.commitIndex,
      });
      return;
    }
    const max = Math.max(1, Math.min(m.maxEntries, this.options.catchUpBatchEntries));
    this.sendTo(from, {
      type: 'catchUpReply', entries: this.learner.range(m.fromSlot, max), snapshotNeeded: false,
      snapshotSlot: this.learner.snapshotSlot, chosenUpTo: this.learner.commitIndex,
    });
  }

  private onCatchUpReply(from: NodeIndex, m: CatchUpReply): void {
    this.catchUp.outstanding = false;
    if (m.chosenUpTo > this.leaderCommitHint) this.leaderCommitHint = m.chosenUpTo;
    if (m.snapshotNeeded) {
      if (m.snapshotSlot > this.learner.appliedIndex && !this.snapshotRequested) {
        this.snapshotRequested = true;
        this.ready.snapshotNeeded = { from, slot: m.snapshotSlot };
      }
      return;
    }
    for (const entry of m.entries) this.learner.learn(entry.slot, entry.value);
    this.afterLearning();
    if (this.learner.commitIndex < this.leaderCommitHint && m.entries.length > 0) this.requestCatchUp(from);
  }

  // ---------------------------------------------------------------- plumbing

  private event(e: CoreEvent): void {
    this.ready.events.push(e);
  }

  /** Acceptor replies: released only after their records are durable (unless a planted bug). */
  private reply(to: NodeIndex, message: PeerMessage): void {
    if (to === this.index) {
      // Our own acceptor answered our own request directly; nothing travels.
      return;
    }
    const envelope: Envelope = { from: this.index, fromIncarnation: this.options.incarnation, to, message };
    if (this.options.faults.replyBeforePersist) this.ready.sendBeforePersist.push(envelope);
    else this.ready.send.push(envelope);
  }

  private sendTo(to: NodeIndex, message: PeerMessage): void {
    if (to === this.index) return;
    this.ready.send.push({ from: this.index, fromIncarnation: this.options.incarnation, to, message });
  }

  private broadcast(message: PeerMessage): void {
    for (let i = 0; i < this.options.memberCount; i++) if (i !== this.index) this.sendTo(i, message);
  }

  // ---------------------------------------------------------------- observation

  status(): ReplicaStatus {
    return {
      index: this.index,
      role: this.role,
      ballot: this.currentBallot,
      leader: this.leaderIndex,
      commitIndex: this.learner.commitIndex,
      appliedIndex: this.learner.appliedIndex,
      snapshotSlot: this.learner.snapshotSlot,
      leaderCommitHint: this.leaderCommitHint,
      promised: this.acceptor.promised,
      configuration: this.configurations.latest(),
      inFlight: this.leader?.inFlight.size ?? 0,
      pending: this.leader?.pendingCount() ?? 0,
      followerChosenUpTo: this.leader ? Object.fromEntries(this.leader.followerChosenUpTo) : {},
    };
  }
}

export interface ReplicaStatus {
  readonly index: NodeIndex;
  readonly role: Role;
  readonly ballot: Ballot;
  readonly leader: NodeIndex | null;
  readonly commitIndex: Slot;
  readonly appliedIndex: Slot;
  readonly snapshotSlot: Slot;
  readonly leaderCommitHint: Slot;
  readonly promised: Ballot;
  readonly configuration: Configuration | null;
  readonly inFlight: number;
  readonly pending: number;
  readonly followerChosenUpTo: Record<number, Slot>;
}

/** Roughly what a value weighs on the wire, for bounding Promise pages. */
function slotValueBytes(value: SlotValue): number {
  if (value.kind === 'commands') {
    let bytes = 8;
    for (const command of value.commands) bytes += command.length + 4;
    return bytes;
  }
  return value.kind === 'configuration' ? 16 + 24 * value.configuration.incarnations.length : 8;
}

/**
 * The next fast set: the first followers (voters of `configuration`) whose votes came in,
 * as many as make a quorum together with the leader's own vote (all of it when the
 * leader is no voter there). Exactly that many: each extra one is one more process woken
 * per slot.
 */
function fastPeers(self: NodeIndex, selfIncarnation: string, configuration: Configuration | null, memberCount: number,
  votes: ReadonlyMap<NodeIndex, string>): ReadonlySet<NodeIndex> {
  const wanted = quorumSize(configuration, memberCount) - (isVoter(configuration, self, selfIncarnation) ? 1 : 0);
  const fast = new Set<NodeIndex>();
  // A Map iterates in insertion order: the order the votes arrived in.
  for (const [index, incarnation] of votes) {
    if (fast.size >= wanted) break;
    if (index !== self && isVoter(configuration, index, incarnation)) fast.add(index);
  }
  return fast;
}
