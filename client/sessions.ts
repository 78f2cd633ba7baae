// Client sessions for exactly-once writes. The server keeps, per client id, only the last
// applied seq and its answer, so a session carries at most ONE write at a time: each write
// in flight takes its own idle session, and a retry reuses the same (clientId, seq).
import { randomBytes } from 'node:crypto';
import { KvError } from './errors';

export interface Session {
  readonly clientId: string;
  /** Seq of the last write started under this session (0: none yet). */
  seq: number;
}

export interface SessionPoolOptions {
  /** Most sessions, i.e. most writes in flight at once; more writes wait (default 64). */
  sessionsMax?: number;
  /** Random source, injectable for tests. */
  randomHex?: (bytes: number) => string;
}

export const DEFAULT_SESSIONS_MAX = 64;

export class SessionPool {
  private readonly base: string;
  private readonly sessionsMax: number;
  private readonly idle: Session[] = [];
  private readonly waiters: Array<{ resolve: (s: Session) => void; reject: (e: Error) => void }> = [];
  private created = 0;
  private live = 0;
  private closed = false;

  constructor(options: SessionPoolOptions = {}) {
    const randomHex = options.randomHex ?? ((n: number) => randomBytes(n).toString('hex'));
    this.base = randomHex(8);
    this.sessionsMax = options.sessionsMax ?? DEFAULT_SESSIONS_MAX;
    if (!(this.sessionsMax >= 1)) throw new Error('sessionsMax must be at least 1');
  }

  /** An idle session (the least recently used), a new one, or the next one released. */
  acquire(): Promise<Session> {
    if (this.closed) return Promise.reject(new KvError('CLOSED', 'client closed'));
    const session = this.idle.shift();
    if (session !== undefined) return Promise.resolve(session);
    if (this.live < this.sessionsMax) {
      this.live++;
      return Promise.resolve(this.fresh());
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Gives a session back after its write got a definite answer. */
  release(session: Session): void {
    const waiter = this.waiters.shift();
    if (waiter !== undefined) waiter.resolve(session);
    else this.idle.push(session);
  }

  /**
   * Drops a session whose last write has no definite answer (or that the server expired):
   * its id is never used again, a fresh one takes its place.
   */
  retire(_session: Session): void {
    const waiter = this.waiters.shift();
    if (waiter !== undefined) waiter.resolve(this.fresh());
    else this.live--;
  }

  close(): void {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new KvError('CLOSED', 'client closed'));
  }

  private fresh(): Session {
    this.created++;
    return { clientId: `${this.base}-${this.created.toString(36)}`, seq: 0 };
  }
}
