// Which member to talk to: the leader when known (saves the forwarding hop), any other
// member when it is not. Connects lazily, keeps one connection per member, and backs off
// from members that failed (exponential with jitter, capped).
import { Connection } from './connection';
import { KvError } from './errors';
import type { ClientMember } from './members';
import { fetchMemberStatus } from './status';
import { FINAL_CODES, type TransportSecurity } from './transport-security';

export interface RouterOptions {
  connectTimeoutMs: number;
  /** First backoff after a failure; doubles per consecutive failure up to backoffMaxMs. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Timeout of the HTTP status call used to learn names of `--nodes` members. */
  nameLookupTimeoutMs?: number;
  random?: () => number;
  /** Token and CA every connection carries. */
  security?: TransportSecurity;
}

/** A hint naming an unknown member asks the members' names again at most this often. */
const NAME_LOOKUP_INTERVAL_MS = 5000;

interface MemberState {
  member: ClientMember;
  connection: Connection | null;
  connecting: Promise<Connection> | null;
  failures: number;
  downUntilMs: number;
}

export class Router {
  private readonly states: MemberState[];
  private readonly options: Required<RouterOptions>;
  /** Index of the member requests go to. */
  private current: number;
  private leaderName: string | null = null;
  /** When names were last asked for (ms); at most once per NAME_LOOKUP_INTERVAL_MS. */
  private namesAskedAtMs = -Infinity;
  private closed = false;
  /** Why the latest connect failed, for messages when no member is reachable. */
  private lastConnectError: KvError | null = null;

  constructor(members: readonly ClientMember[], options: RouterOptions) {
    if (members.length === 0) throw new KvError('CONFIG', 'no cluster members given');
    this.states = members.map((member) => ({ member: { ...member }, connection: null, connecting: null, failures: 0, downUntilMs: 0 }));
    this.options = { backoffBaseMs: 100, backoffMaxMs: 2000, nameLookupTimeoutMs: 1000, random: Math.random, security: {}, ...options };
    // Spread clients over members until a leader hint arrives.
    this.current = Math.floor(this.options.random() * members.length);
  }

  get members(): ClientMember[] {
    return this.states.map((s) => s.member);
  }

  /** Name of the member requests currently go to. */
  get currentName(): string {
    return this.states[this.current].member.name;
  }

  /** Leader named by the last hint, if any. */
  get leader(): string | null {
    return this.leaderName;
  }

  /** An open connection to the current member, failing over to others; bounded by `deadlineMs`. */
  async connection(deadlineMs: number): Promise<Connection> {
    let lastError: KvError | null = null;
    for (;;) {
      if (this.closed) throw new KvError('CLOSED', 'client closed');
      const index = this.pickUsable(Date.now());
      if (index === null) {
        const wakeMs = Math.min(...this.states.map((s) => s.downUntilMs));
        if (wakeMs >= deadlineMs) throw this.unreachable(lastError);
        await sleep(Math.max(1, wakeMs - Date.now()));
        continue;
      }
      this.current = index;
      const state = this.states[index];
      if (state.connection?.isOpen) return state.connection;
      try {
        const remaining = deadlineMs - Date.now();
        if (remaining <= 0) throw this.unreachable(lastError);
        return await this.connect(state, Math.min(this.options.connectTimeoutMs, remaining));
      } catch (error) {
        if (!(error instanceof KvError) || error.code === 'CLOSED' || FINAL_CODES.has(error.code)) throw error;
        lastError = error;
        this.lastConnectError = error;
        this.markFailed(state.member.name);
      }
    }
  }

  /** The member failed (connection lost, timeout): back off from it and move on. */
  markFailed(name: string): void {
    const index = this.indexOf(name);
    if (index === null) return;
    const state = this.states[index];
    state.failures++;
    const backoffMs = Math.min(this.options.backoffMaxMs, this.options.backoffBaseMs * 2 ** (state.failures - 1));
    state.downUntilMs = Date.now() + backoffMs * (0.5 + this.options.random() / 2);
    state.connection?.close();
    state.connection = null;
    if (this.leaderName === name) this.leaderName = null;
    if (index === this.current) this.current = (index + 1) % this.states.length;
  }

  /** Moves on to the next member without marking the current one failed (e.g. NOT_LEADER without a hint). */
  rotate(): void {
    this.current = (this.current + 1) % this.states.length;
  }

  /** A response named the leader: send the next requests there. */
  async noteLeaderHint(hint: string): Promise<void> {
    if (hint === '' || this.closed) return;
    this.leaderName = hint;
    let index = this.indexOf(hint);
    if (index === null && Date.now() - this.namesAskedAtMs >= NAME_LOOKUP_INTERVAL_MS) {
      this.namesAskedAtMs = Date.now();
      await this.learnNames();
      index = this.indexOf(hint);
    }
    if (index !== null && this.states[index].downUntilMs <= Date.now()) this.current = index;
  }

  close(): void {
    this.closed = true;
    for (const state of this.states) {
      state.connection?.close();
      state.connection = null;
    }
  }

  private unreachable(lastError: KvError | null): KvError {
    const cause = lastError ?? this.lastConnectError;
    const detail = cause === null ? '' : ` (last: ${cause.message})`;
    return new KvError('UNAVAILABLE', `no cluster member reachable${detail}`, { cause: cause ?? undefined });
  }

  private pickUsable(nowMs: number): number | null {
    for (let step = 0; step < this.states.length; step++) {
      const index = (this.current + step) % this.states.length;
      if (this.states[index].downUntilMs <= nowMs) return index;
    }
    return null;
  }

  private async connect(state: MemberState, timeoutMs: number): Promise<Connection> {
    if (state.connecting === null) {
      state.connecting = Connection.open(state.member, timeoutMs, this.options.security).finally(() => {
        state.connecting = null;
      });
    }
    const connection = await state.connecting;
    if (this.closed) {
      connection.close();
      throw new KvError('CLOSED', 'client closed');
    }
    state.connection = connection;
    state.failures = 0;
    return connection;
  }

  private indexOf(name: string): number | null {
    const index = this.states.findIndex((s) => s.member.name === name);
    return index < 0 ? null : index;
  }

  /** Members given as host:port learn their names from their status, so leader hints resolve. */
  private async learnNames(): Promise<void> {
    const answers = await Promise.all(this.states.map((s) => fetchMemberStatus(s.member, this.options.nameLookupTimeoutMs, this.options.security)));
    answers.forEach((answer, i) => {
      if (answer.up && this.indexOf(answer.name) === null) this.states[i].member.name = answer.name;
    });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
