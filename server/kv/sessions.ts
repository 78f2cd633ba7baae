// Client sessions: what makes a write exactly-once across retries, failovers and
// restarts. Part of the replicated state (and of snapshots), so every replica answers a
// retry the same way. Modelled on TigerBeetle's client_sessions.
//
// Rules, for a command (clientId, seq) applied at `slot`:
// - clientId '' is "no session": applied every time it appears (at-least-once only).
// - Unknown clientId, seq == 1: registers the session (implicitly) and applies.
// - Unknown clientId, seq > 1: SESSION_EXPIRED, not applied. It may be a retry of a
//   command already applied under a session that has since been evicted; applying it
//   again would be a double effect. The client must start over with a *new* clientId at
//   seq 1. (A brand-new client always starts at seq 1.)
// - Known, seq > last: applies; the session now remembers seq and its result. Gaps are
//   allowed (a request the client gave up on may never have been chosen).
// - Known, seq == last: a retry. Answers the stored result without applying again.
// - Known, seq < last: SESSION_EXPIRED: a stale retry from before the client moved on;
//   only the latest result is kept, so it is answered with an error, never re-applied.
//   Hence a client keeps at most one write in flight per clientId.
// Every result of the operation itself consumes the seq, error results included (say
// VALUE_TOO_LARGE from an append): a retry gets that same error back.
//
// Bounds, both deterministic (by slot and application order, never wall-clock), so all
// replicas evict the same sessions:
// - At most sessionsMax sessions. Registering one more evicts the least recently used:
//   the session whose last command (applied or retried) came earliest in the log.
// - At most sessionReplyBytesMax bytes of reply values (append and failed-cas answers
//   carry values up to valueBytesMax). Beyond it the oldest replies are dropped while
//   their sessions stay: a retry of a dropped reply gets SESSION_EXPIRED, the session's
//   seq still guards against re-application.
//
// The one remaining window: a session evicted after its seq-1 command, whose very
// first request is then retried, is registered afresh and applied twice. Eviction needs
// sessionsMax (10 000) other clients registered between the original and the retry, so
// retries must stop well before that (the client library bounds them in time), and a
// client must never reuse a clientId after SESSION_EXPIRED.
import { kvError, type KvError } from './errors';
import type { ApplyResult } from './results';

export interface SessionRecord {
  readonly clientId: string;
  readonly lastSeq: number;
  /** The slot of the session's last command (applied or retried): its LRU age. */
  readonly lastSlot: number;
  /** The answer to lastSeq, or null once dropped to respect sessionReplyBytesMax. */
  readonly reply: ApplyResult | null;
}

export type SessionCheck =
  | { readonly kind: 'apply' }
  | { readonly kind: 'duplicate'; readonly reply: ApplyResult }
  | { readonly kind: 'expired'; readonly error: KvError };

interface Session {
  lastSeq: number;
  lastSlot: number;
  reply: ApplyResult | null;
}

/** Bytes a reply holds for the reply-bytes bound: the value it carries. */
export function replyBytes(reply: ApplyResult | null): number {
  return reply?.write?.value.byteLength ?? 0;
}

const APPLY: SessionCheck = Object.freeze({ kind: 'apply' });

export class SessionTable {
  /** Every session, least recently used first (Map keeps insertion order). */
  private readonly sessions = new Map<string, Session>();
  /** The sessions whose reply holds bytes, in the same relative order: what to drop first. */
  private readonly retained = new Map<string, Session>();
  private retainedBytes = 0;

  constructor(
    readonly sessionsMax: number,
    readonly replyBytesMax: number,
  ) {
    if (!Number.isSafeInteger(sessionsMax) || sessionsMax < 1) throw new Error('sessions: sessionsMax must be ≥ 1');
    if (!Number.isSafeInteger(replyBytesMax) || replyBytesMax < 0) throw new Error('sessions: replyBytesMax must be ≥ 0');
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Bytes of reply values currently held. */
  get replyBytesHeld(): number {
    return this.retainedBytes;
  }

  get(clientId: string): SessionRecord | undefined {
    const session = this.sessions.get(clientId);
    return session === undefined ? undefined : { clientId, ...session };
  }

  /** Decides what a command (clientId ≠ '', seq ≥ 1) gets. Changes nothing. */
  check(clientId: string, seq: number): SessionCheck {
    const session = this.sessions.get(clientId);
    if (session === undefined) {
      if (seq === 1) return APPLY;
      return expired(`no session for this client id (evicted or never registered) at seq ${seq}: start a new client id at seq 1`);
    }
    if (seq > session.lastSeq) return APPLY;
    if (seq < session.lastSeq) return expired(`seq ${seq} is older than the session's last seq ${session.lastSeq}`);
    if (session.reply === null) return expired(`the reply to seq ${seq} is no longer held`);
    return { kind: 'duplicate', reply: session.reply };
  }

  /** A retry was answered from the session at `slot`: it counts as use. */
  touch(clientId: string, slot: number): void {
    const session = this.sessions.get(clientId);
    if (session === undefined) throw new Error(`sessions: touch of unknown client ${clientId}`);
    this.assertSlot(session, slot);
    session.lastSlot = slot;
    this.moveToNewest(clientId, session);
  }

  /** Records the result of applying (clientId, seq) at `slot`, evicting as the bounds say. */
  record(clientId: string, seq: number, slot: number, reply: ApplyResult): void {
    let session = this.sessions.get(clientId);
    if (session === undefined) {
      if (seq !== 1) throw new Error(`sessions: a session registers at seq 1, got ${seq}`);
      if (this.sessions.size >= this.sessionsMax) this.evictOldest();
      session = { lastSeq: seq, lastSlot: slot, reply: null };
    } else {
      if (seq <= session.lastSeq) throw new Error(`sessions: seq ${seq} not above last seq ${session.lastSeq}`);
      this.assertSlot(session, slot);
      this.dropReply(clientId, session);
    }
    session.lastSeq = seq;
    session.lastSlot = slot;
    session.reply = reply;
    this.retainedBytes += replyBytes(reply);
    this.moveToNewest(clientId, session);
    this.dropRepliesOverBound(clientId);
  }

  /** Sessions least recently used first: the order snapshots store and restore. */
  *records(): IterableIterator<SessionRecord> {
    for (const [clientId, session] of this.sessions) yield { clientId, ...session };
  }

  /**
   * Rebuilds a table from records in the order records() gave them. Throws on anything
   * a live table could not have held.
   */
  static restore(sessionsMax: number, replyBytesMax: number, records: Iterable<SessionRecord>): SessionTable {
    const table = new SessionTable(sessionsMax, replyBytesMax);
    let previousSlot = 0;
    for (const record of records) {
      const { clientId, lastSeq, lastSlot, reply } = record;
      if (clientId === '' || table.sessions.has(clientId)) throw new Error(`sessions: empty or repeated client id "${clientId}"`);
      if (!Number.isSafeInteger(lastSeq) || lastSeq < 1) throw new Error(`sessions: bad seq ${lastSeq}`);
      if (!Number.isSafeInteger(lastSlot) || lastSlot < previousSlot || lastSlot < 1) {
        throw new Error(`sessions: slot ${lastSlot} out of order (previous ${previousSlot})`);
      }
      previousSlot = lastSlot;
      const session: Session = { lastSeq, lastSlot, reply };
      table.sessions.set(clientId, session);
      if (replyBytes(reply) > 0) {
        table.retained.set(clientId, session);
        table.retainedBytes += replyBytes(reply);
      }
    }
    if (table.sessions.size > sessionsMax) throw new Error(`sessions: ${table.sessions.size} sessions exceed ${sessionsMax}`);
    if (table.retainedBytes > replyBytesMax) throw new Error(`sessions: ${table.retainedBytes} reply bytes exceed ${replyBytesMax}`);
    return table;
  }

  private assertSlot(session: Session, slot: number): void {
    if (!(slot >= session.lastSlot)) throw new Error(`sessions: slot ${slot} before the session's last slot ${session.lastSlot}`);
  }

  private moveToNewest(clientId: string, session: Session): void {
    this.sessions.delete(clientId);
    this.sessions.set(clientId, session);
    this.retained.delete(clientId);
    if (replyBytes(session.reply) > 0) this.retained.set(clientId, session);
  }

  private evictOldest(): void {
    const oldest = this.sessions.keys().next();
    if (oldest.done === true) return;
    const session = this.sessions.get(oldest.value)!;
    this.dropReply(oldest.value, session);
    this.sessions.delete(oldest.value);
  }

  private dropReply(clientId: string, session: Session): void {
    this.retainedBytes -= replyBytes(session.reply);
    this.retained.delete(clientId);
    session.reply = null;
  }

  private dropRepliesOverBound(newest: string): void {
    while (this.retainedBytes > this.replyBytesMax) {
      const oldest = this.retained.keys().next().value!;
      if (oldest === newest) throw new Error('sessions: a single reply exceeds replyBytesMax');
      this.dropReply(oldest, this.retained.get(oldest)!);
    }
  }
}

function expired(message: string): SessionCheck {
  return { kind: 'expired', error: kvError('SESSION_EXPIRED', message) };
}
