// Answers client calls (from HTTP, /client, or forwarded by a peer) on this node.
//
// Stale reads and status answer locally. Writes and linearizable reads run on the
// leader: here when we lead, otherwise forwarded to the leader we know (a forwarded
// call is never forwarded again: a node that is not the leader answers NOT_LEADER).
// Until the deadline, a call is retried where that is safe: after NOT_LEADER (the
// leader declined before proposing), when the request could not leave, and for reads
// and session writes (exactly-once) also after a lost forward. A sessionless write
// whose forward was lost answers UNAVAILABLE: it may or may not have taken effect.
import { validateCommand, validateKey, type ApplyResult } from '../kv';
import { ClientProto } from '../wire/protobuf';
import type { ClientRequestProps, ClientResponseProps, Forwarder } from './forwarder';
import type { PaxosNode } from './node';
import type { NodeMetrics } from './metrics';

const STALE = ClientProto.Consistency.STALE;
/** How long to wait between attempts while no leader is known or after NOT_LEADER. */
export const RETRY_DELAY_MS = 40;

export type ErrorCode =
  | 'NOT_FOUND' | 'NOT_LEADER' | 'NO_QUORUM' | 'UNAVAILABLE' | 'TIMEOUT' | 'KEY_TOO_LARGE' | 'VALUE_TOO_LARGE'
  | 'INVALID_KEY' | 'INVALID_COMMAND' | 'INVALID_IMAGE' | 'SESSION_EXPIRED' | 'OVERLOADED' | 'BAD_REQUEST';

export function errorResponse(id: number | null | undefined, code: ErrorCode | string, message: string): ClientResponseProps {
  return { id: id ?? 0, error: { code, message } };
}

export type OpName = 'write' | 'get' | 'keys' | 'imageGet' | 'status';

export function opOf(request: ClientRequestProps): OpName | null {
  if (request.write != null) return 'write';
  if (request.get != null) return 'get';
  if (request.keys != null) return 'keys';
  if (request.imageGet != null) return 'imageGet';
  if (request.status != null) return 'status';
  return null;
}

type LeaderAttempt = { readonly kind: 'done'; readonly response: ClientResponseProps } | { readonly kind: 'not_leader' };

export interface RouterOptions {
  readonly requestTimeoutMs: number;
  /** Extra fields for the status JSON (peers, configuration, ...). */
  readonly statusExtras: () => Record<string, unknown>;
}

export class RequestRouter {
  constructor(
    private readonly node: PaxosNode,
    private readonly forwarder: Forwarder,
    private readonly metrics: NodeMetrics,
    private readonly options: RouterOptions,
  ) {}

  /** Answers one request; never rejects and always settles within the request timeout. */
  async handle(request: ClientRequestProps, forwarded = false): Promise<ClientResponseProps> {
    const op = opOf(request);
    const startedNs = process.hrtime.bigint();
    let response: ClientResponseProps;
    try {
      response = await this.route(request, op, forwarded);
    } catch (error) {
      response = errorResponse(request.id, 'UNAVAILABLE', error instanceof Error ? error.message : String(error));
    }
    response.id = request.id ?? 0;
    const leaderName = this.node.memberName(this.node.leaderIndex);
    if (leaderName !== null && !response.leaderHint) response.leaderHint = leaderName;
    this.metrics.observeClientLatency(op ?? 'unknown', response.error?.code ?? 'ok', Number(process.hrtime.bigint() - startedNs) / 1e9);
    return response;
  }

  private async route(request: ClientRequestProps, op: OpName | null, forwarded: boolean): Promise<ClientResponseProps> {
    const id = request.id;
    switch (op) {
      case null:
        return errorResponse(id, 'BAD_REQUEST', 'request names no operation');
      case 'status':
        return { id, status: { json: JSON.stringify(this.status()) } };
      case 'write': {
        const invalid = validateCommand(request.write!, this.node.kv.limits);
        if (invalid !== null) return errorResponse(id, invalid.code, invalid.message);
        break;
      }
      case 'get': {
        const invalid = validateKey(request.get!.key, this.node.kv.limits);
        if (invalid !== null) return errorResponse(id, invalid.code, invalid.message);
        if (request.get!.consistency === STALE) return this.readLocal(request);
        break;
      }
      case 'keys':
        if (request.keys!.consistency === STALE) return this.readLocal(request);
        break;
      case 'imageGet':
        if (request.imageGet!.consistency === STALE) return this.readLocal(request);
        break;
    }
    return this.onLeader(request, op, forwarded);
  }

  private async onLeader(request: ClientRequestProps, op: OpName, forwarded: boolean): Promise<ClientResponseProps> {
    const deadline = Date.now() + this.options.requestTimeoutMs;
    const retryAfterLoss = op !== 'write' || (request.write!.clientId ?? '') !== '';
    // Encoded once, and only on the leader: a follower forwards the request as it came.
    let bytes: Uint8Array | null = null;
    let lastError: ClientResponseProps | null = null;
    while (Date.now() < deadline) {
      if (this.node.failed !== null) return errorResponse(request.id, 'UNAVAILABLE', 'this node stopped after a storage failure');
      if (this.node.isLeader) {
        if (op === 'write' && bytes === null) bytes = ClientProto.KvCommand.encode(request.write!).finish();
        const attempt = bytes !== null ? await this.writeHere(bytes, deadline) : await this.readHere(request, deadline);
        if (attempt.kind === 'done') return attempt.response;
      } else if (forwarded) {
        return errorResponse(request.id, 'NOT_LEADER', 'this node is not the leader');
      } else {
        const leader = this.node.leaderIndex;
        if (leader !== null && leader !== this.node.selfIndex) {
          const outcome = await this.forwarder.forward(leader, request, deadline - Date.now());
          this.metrics.countForward(outcome.kind === 'response' ? (outcome.response.error?.code ?? 'ok') : outcome.kind);
          if (outcome.kind === 'response') {
            const code = outcome.response.error?.code;
            if (code !== 'NOT_LEADER' && !(retryAfterLoss && (code === 'NO_QUORUM' || code === 'UNAVAILABLE'))) {
              return outcome.response;
            }
            lastError = outcome.response;
          } else if (outcome.kind === 'lost' && !retryAfterLoss) {
            return errorResponse(request.id, 'UNAVAILABLE', 'the leader did not answer; the write may or may not have taken effect');
          }
        }
      }
      await sleep(Math.min(RETRY_DELAY_MS, Math.max(0, deadline - Date.now())));
    }
    if (lastError?.error?.code === 'NO_QUORUM') return lastError;
    return this.node.leaderIndex === null
      ? errorResponse(request.id, 'UNAVAILABLE', `no leader was elected within ${this.options.requestTimeoutMs} ms`)
      : errorResponse(request.id, 'NO_QUORUM', `the cluster did not decide within ${this.options.requestTimeoutMs} ms`);
  }

  private writeHere(bytes: Uint8Array, deadline: number): Promise<LeaderAttempt> {
    return new Promise<LeaderAttempt>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const outcome = this.node.propose(bytes, (result) => {
        if (timer !== null) clearTimeout(timer);
        resolve({ kind: 'done', response: writeResponse(result) });
      });
      if (!outcome.ok) {
        if (outcome.reason === 'overloaded') resolve({ kind: 'done', response: errorResponse(0, 'OVERLOADED', 'too many writes pending on the leader') });
        else resolve({ kind: 'not_leader' });
        return;
      }
      timer = setTimeout(() => {
        outcome.cancel();
        resolve({ kind: 'done', response: errorResponse(0, 'NO_QUORUM', 'the write was proposed but not chosen in time; it may still take effect') });
      }, Math.max(1, deadline - Date.now()));
    });
  }

  private readHere(request: ClientRequestProps, deadline: number): Promise<LeaderAttempt> {
    return new Promise<LeaderAttempt>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const cancel = this.node.requestRead((confirmed) => {
        if (timer !== null) clearTimeout(timer);
        resolve(confirmed ? { kind: 'done', response: this.readLocal(request) } : { kind: 'not_leader' });
      });
      if (cancel === null) {
        resolve({ kind: 'not_leader' });
        return;
      }
      timer = setTimeout(() => {
        cancel();
        resolve({ kind: 'done', response: errorResponse(0, 'NO_QUORUM', 'leadership could not be confirmed by a majority in time') });
      }, Math.max(1, deadline - Date.now()));
    });
  }

  /** Answer a read from this node's state machine as it is now. */
  readLocal(request: ClientRequestProps): ClientResponseProps {
    const kv = this.node.kv;
    if (request.get != null) {
      const value = kv.get(request.get.key ?? '');
      if (value === undefined) return { get: { found: false }, error: { code: 'NOT_FOUND', message: 'no such key' } };
      return { get: { found: true, value } };
    }
    if (request.keys != null) {
      return { keys: { keys: kv.keys(request.keys.prefix ?? '', request.keys.limit ?? 0) } };
    }
    if (request.imageGet != null) {
      const q = request.imageGet;
      const result = kv.imageGet(q.phash ?? '', q.sha256 ?? '', q.maxDistance ?? 0);
      if (result.error !== null) return { error: { code: result.error.code, message: result.error.message } };
      return { imageGet: { matches: result.matches } };
    }
    return { error: { code: 'BAD_REQUEST', message: 'not a read' } };
  }

  status(): Record<string, unknown> {
    const replica = this.node.replica;
    const s = replica.status();
    const progress = this.node.progress.list();
    return {
      name: this.node.memberName(this.node.selfIndex),
      role: s.role,
      leader: this.node.memberName(s.leader),
      ballot: s.ballot,
      chosenSlot: s.commitIndex,
      appliedSlot: this.node.kv.appliedSlot,
      ...this.options.statusExtras(),
      incarnation: this.node.incarnation,
      snapshotSlot: this.node.snapshotSlot,
      configuration: s.configuration,
      catchingUp: this.node.catchingUp,
      pendingWrites: this.node.waiters.size,
      kv: this.node.kv.stats(),
      // Only while a snapshot write/transfer or a catch-up runs (or finished in the last few seconds).
      ...(progress.length > 0 ? { progress } : {}),
    };
  }
}

export function writeResponse(result: ApplyResult): ClientResponseProps {
  if (result.error !== null) return { error: { code: result.error.code, message: result.error.message } };
  const w = result.write;
  return { write: { ok: w.ok, existed: w.existed, value: w.value, found: w.found } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

