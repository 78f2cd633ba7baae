// KvClient: the library API. Requests go to the leader when known (any member forwards,
// so any member works); retries follow leader hints and fail over to other members.
// Writes are exactly-once: each takes its own session and retries with the same
// (clientId, seq), so a retry never applies twice.
import { ClientProto, type ClientTypes } from '../server/wire/protobuf';
import type { ClientRequestBody, ClientResponse } from './connection';
import { isRetryableCode, KvError, serverError } from './errors';
import { defaultHostfilePath, membersFromHostfile, membersFromList, type ClientMember } from './members';
import { Router, sleep } from './router';
import { SessionPool } from './sessions';
import { fetchClusterStatus, type ClusterStatus } from './status';
import { FINAL_CODES, type TransportSecurity } from './transport-security';

export type Consistency = 'linearizable' | 'stale';

export interface KvClientOptions {
  /** Hostfile path; default: $PAXOSKV_HOSTFILE, ./hostfile.local.txt, ./hostfile.txt. Ignored when `nodes` is given. */
  hostfile?: string;
  /** `host:port,host:port` or a list of `host:port`. */
  nodes?: string | readonly string[];
  /** Whole-operation deadline, retries included (default 12 000 ms). */
  requestTimeoutMs?: number;
  /**
   * Timeout of one attempt on one member (default 6 000 ms, never beyond the deadline): longer
   * than the server's own request timeout (5 s), so its NO_QUORUM answer arrives first.
   */
  attemptTimeoutMs?: number;
  /** Timeout of opening a WebSocket (default 2 000 ms). */
  connectTimeoutMs?: number;
  /** Timeout of each member's HTTP status call in `status()` (default 2 000 ms). */
  statusTimeoutMs?: number;
  /** Most writes in flight at once (one session each; default 64). */
  writesInFlightMax?: number;
  /** Client token, sent as `Authorization: Bearer` (needed when the nodes have client tokens). */
  token?: string;
  /** PEM CA (the contents, not a path) the members' TLS certificates must chain to; implies `tls`. */
  ca?: string | Buffer;
  /**
   * Talk TLS (wss://, https://) to members whose address has no scheme (every hostfile
   * member); default: true when `ca` is given. A `nodes` entry's own scheme always wins.
   */
  tls?: boolean;
}

export interface ReadOptions {
  consistency?: Consistency;
}

export interface CasResult {
  ok: boolean;
  /** The value after the call: the new value when ok, the current one (null: absent) when not. */
  current: string | null;
}

export interface ImageMatch {
  phash: string;
  sha256: string;
  metadata: string;
  distance: number;
  /** Same file bytes (equal sha256). */
  exact: boolean;
}

type WriteOp = Omit<ClientTypes.client.KvCommand.$Properties, 'clientId' | 'seq'>;
type WriteResult = ClientTypes.client.WriteResult.$Properties;

const DEFAULTS = {
  requestTimeoutMs: 12_000,
  attemptTimeoutMs: 6_000,
  connectTimeoutMs: 2_000,
  statusTimeoutMs: 2_000,
};
const RETRY_PAUSE_BASE_MS = 50;
const RETRY_PAUSE_MAX_MS = 1_000;

interface Outcome {
  response: ClientResponse;
  /** How many times the request was handed to a socket. */
  transmissions: number;
}

export class KvClient {
  private readonly router: Router;
  private readonly sessions: SessionPool;
  private readonly requestTimeoutMs: number;
  private readonly attemptTimeoutMs: number;
  private readonly statusTimeoutMs: number;
  private readonly security: TransportSecurity;
  private closed = false;
  private readonly counters = { requests: 0, retries: 0, sessionsRetired: 0 };

  private constructor(members: ClientMember[], options: KvClientOptions) {
    this.requestTimeoutMs = positive(options.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 'requestTimeoutMs');
    this.attemptTimeoutMs = positive(options.attemptTimeoutMs, DEFAULTS.attemptTimeoutMs, 'attemptTimeoutMs');
    this.statusTimeoutMs = positive(options.statusTimeoutMs, DEFAULTS.statusTimeoutMs, 'statusTimeoutMs');
    const connectTimeoutMs = positive(options.connectTimeoutMs, DEFAULTS.connectTimeoutMs, 'connectTimeoutMs');
    this.security = { ...(options.token !== undefined ? { token: options.token } : {}), ...(options.ca !== undefined ? { ca: options.ca } : {}) };
    const tls = options.tls ?? options.ca !== undefined;
    this.router = new Router(members.map((m) => (m.tls === undefined && tls ? { ...m, tls: true } : m)), { connectTimeoutMs, security: this.security });
    this.sessions = new SessionPool({ sessionsMax: options.writesInFlightMax });
  }

  /** Reads the member list. Connects lazily: the first request opens the first connection. */
  static async connect(options: KvClientOptions = {}): Promise<KvClient> {
    const members = options.nodes !== undefined ? membersFromList(options.nodes) : membersFromHostfile(options.hostfile ?? defaultHostfilePath());
    return new KvClient(members, options);
  }

  get members(): ClientMember[] {
    return this.router.members;
  }

  /** The member requests currently go to. */
  get currentNode(): string {
    return this.router.currentName;
  }

  /** Operations sent, retries (another attempt of the same request), sessions retired. */
  get stats(): Readonly<{ requests: number; retries: number; sessionsRetired: number }> {
    return { ...this.counters };
  }

  /** The leader named by the latest answer, or null. */
  get knownLeader(): string | null {
    return this.router.leader;
  }

  async set(key: string, value: string): Promise<void> {
    await this.write({ set: { key, value: utf8(value) } });
  }

  async get(key: string, options: ReadOptions = {}): Promise<string | null> {
    const response = await this.read({ get: { key, consistency: consistency(options) } }, ['NOT_FOUND']);
    if (response.error?.code === 'NOT_FOUND' || response.get == null || response.get.found !== true) return null;
    return fromUtf8(response.get.value);
  }

  /** Deletes `key`; true when it existed. */
  async del(key: string): Promise<boolean> {
    return (await this.write({ del: { key } })).existed === true;
  }

  /** Appends to `key` (absent: empty) and answers the new value. */
  async append(key: string, value: string): Promise<string> {
    return fromUtf8((await this.write({ append: { key, value: utf8(value) } })).value);
  }

  /** Sets `key` to `value` if it holds `expect` (null: if it is absent). */
  async cas(key: string, expect: string | null, value: string): Promise<CasResult> {
    const op = expect === null ? { key, expectAbsent: true, value: utf8(value) } : { key, expect: utf8(expect), value: utf8(value) };
    const result = await this.write({ cas: op });
    if (result.ok === true) return { ok: true, current: value };
    return { ok: false, current: result.found === true ? fromUtf8(result.value) : null };
  }

  /** Keys starting with `prefix`, in byte order; at most `limit` (0: the server default). */
  async keys(prefix = '', limit = 0, options: ReadOptions = {}): Promise<string[]> {
    const response = await this.read({ keys: { prefix, limit, consistency: consistency(options) } });
    return [...(response.keys?.keys ?? [])];
  }

  /** Stores `metadata` under an image's perceptual hash (16 hex) and SHA-256 (64 hex). */
  async imageSet(phash: string, sha256: string, metadata: string): Promise<void> {
    await this.write({ imageSet: { phash, sha256, metadata } });
  }

  /** Stored images within `maxDistance` bits of `phash`, nearest first. */
  async imageGet(phash: string, sha256: string, maxDistance: number, options: ReadOptions = {}): Promise<ImageMatch[]> {
    const response = await this.read({ imageGet: { phash, sha256, maxDistance, consistency: consistency(options) } });
    const matches = (response.imageGet?.matches ?? []).map((m) => ({
      phash: m.phash ?? '',
      sha256: m.sha256 ?? '',
      metadata: m.metadata ?? '',
      distance: m.distance ?? 0,
      exact: m.exact === true || (m.sha256 != null && m.sha256 === sha256),
    }));
    return matches.sort((a, b) => a.distance - b.distance || Number(b.exact) - Number(a.exact));
  }

  /** Every member's /v1/status, asked in parallel; members that do not answer show as down. */
  async status(): Promise<ClusterStatus> {
    this.assertOpen();
    return fetchClusterStatus(this.router.members, this.statusTimeoutMs, this.security);
  }

  /** The current leader's name, or null when no member names one. */
  async leader(): Promise<string | null> {
    const status = await this.status();
    if (status.leader !== null) void this.router.noteLeaderHint(status.leader);
    return status.leader;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sessions.close();
    this.router.close();
  }

  // ---- writes and reads ----

  private async write(op: WriteOp): Promise<WriteResult> {
    // A session the server expired before our first transmission did anything: start over once.
    for (let fresh = 0; ; fresh++) {
      const session = await this.sessions.acquire();
      session.seq++;
      let outcome: Outcome;
      try {
        outcome = await this.execute({ write: { ...op, clientId: session.clientId, seq: session.seq } });
      } catch (error) {
        // No definite answer: the write may or may not be applied. Never reuse this id.
        this.sessions.retire(session);
        this.counters.sessionsRetired++;
        throw error;
      }
      const error = outcome.response.error;
      if (error == null || error.code === '') {
        this.sessions.release(session);
        return outcome.response.write ?? {};
      }
      this.sessions.retire(session);
      this.counters.sessionsRetired++;
      if (error.code === 'SESSION_EXPIRED' && outcome.transmissions === 1 && fresh === 0) continue;
      throw serverError(error.code ?? '', error.message ?? '');
    }
  }

  private async read(body: ClientRequestBody, acceptedCodes: string[] = []): Promise<ClientResponse> {
    const { response } = await this.execute(body);
    const code = response.error?.code;
    if (code != null && code !== '' && !acceptedCodes.includes(code)) throw serverError(code, response.error?.message ?? '');
    return response;
  }

  /**
   * Sends `body` until it gets a definite answer (success or a non-retryable error) or the
   * deadline passes. Retryable answers and lost connections move to the leader or another member.
   */
  private async execute(body: ClientRequestBody): Promise<Outcome> {
    this.assertOpen();
    const deadlineMs = Date.now() + this.requestTimeoutMs;
    let transmissions = 0;
    let lastError: KvError | null = null;
    /** The latest NO_QUORUM or UNAVAILABLE a member answered: why the cluster could not decide. */
    let verdict: KvError | null = null;
    this.counters.requests++;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        this.counters.retries++;
        const pauseMs = Math.min(RETRY_PAUSE_MAX_MS, RETRY_PAUSE_BASE_MS * 2 ** Math.min(attempt - 1, 8)) * (0.5 + Math.random() / 2);
        if (Date.now() + pauseMs >= deadlineMs) throw timeoutError(this.requestTimeoutMs, lastError, verdict, transmissions);
        await sleep(pauseMs);
      }
      this.assertOpen();
      const remainingMs = deadlineMs - Date.now();
      if (remainingMs <= 0) throw timeoutError(this.requestTimeoutMs, lastError, verdict, transmissions);
      let response: ClientResponse;
      let node: string;
      try {
        const connection = await this.router.connection(deadlineMs);
        node = connection.member.name;
        transmissions++;
        response = await connection.request(body, Math.min(this.attemptTimeoutMs, remainingMs));
      } catch (error) {
        if (!(error instanceof KvError) || error.code === 'CLOSED' || FINAL_CODES.has(error.code)) throw error;
        lastError = error;
        // A lost connection: back off from that member. A slow answer: try another member.
        if (error.code === 'TIMEOUT') this.router.rotate();
        else if (error.node !== undefined) this.router.markFailed(error.node);
        if (Date.now() >= deadlineMs) throw timeoutError(this.requestTimeoutMs, lastError, verdict, transmissions);
        continue;
      }
      if (response.leaderHint != null && response.leaderHint !== '') await this.router.noteLeaderHint(response.leaderHint);
      const code = response.error?.code;
      if (code == null || code === '' || !isRetryableCode(code)) return { response, transmissions };
      lastError = serverError(code, response.error?.message ?? '', node);
      if (code === 'NO_QUORUM' || code === 'UNAVAILABLE') verdict = lastError;
      if (code === 'NOT_LEADER' && (response.leaderHint ?? '') === '') this.router.rotate();
      if (code === 'UNAVAILABLE' || code === 'OVERLOADED') this.router.rotate();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new KvError('CLOSED', 'client closed');
  }
}

/**
 * The deadline passed. A member's NO_QUORUM / UNAVAILABLE verdict is reported as such so the
 * user learns why, and a request that never reached any member is UNAVAILABLE (it did nothing).
 */
function timeoutError(requestTimeoutMs: number, lastError: KvError | null, verdict: KvError | null, transmissions: number): KvError {
  if (verdict !== null) return verdict;
  if (lastError !== null && transmissions === 0) return lastError;
  const detail = lastError === null ? '' : ` (last error: ${lastError.message})`;
  return new KvError('TIMEOUT', `no answer within ${requestTimeoutMs} ms${detail}`, { cause: lastError ?? undefined });
}

function consistency(options: ReadOptions): ClientTypes.client.Consistency {
  return options.consistency === 'stale' ? ClientProto.Consistency.STALE : ClientProto.Consistency.LINEARIZABLE;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0)) throw new KvError('CONFIG', `${name} must be a positive number of milliseconds`);
  return value;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

function fromUtf8(bytes: Uint8Array | null | undefined): string {
  return bytes == null ? '' : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
