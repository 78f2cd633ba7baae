// Concurrent clients: each runs one operation at a time until the end time, over a small
// set of keys. Register keys get read / write / cas / delete with unique values; list
// keys get append (unique tokens) / read, so the final values show every append that took
// effect. Keys retire after `opsPerKey` operations and a fresh key takes the slot, which
// keeps each key's sub-history small enough for the linearizability search.
//
// Half the clients use the HTTP API (fetch, Client-Id + Request-Seq so a retried write
// applies once), half the KvClient library. Outcomes: ok (a reply), fail (rejected as
// invalid, so it did not happen), unknown (timeout, NO_QUORUM, lost connection: it may
// have taken effect).
import { KvClient, KvError } from '../../client';
import type { CasOutput, OpKind } from '../lin';
import { http } from '../integration/cluster';
import type { JepsenCluster } from './cluster';
import type { Api, RecordedOp, Recorder } from './recorder';
import { Rng } from './rng';

export interface WorkloadOptions {
  readonly clients: number;
  /** Register keys in use at a time. */
  readonly registerKeys?: number;
  /** Append-only keys in use at a time. */
  readonly listKeys?: number;
  /** Operations on one key before it retires. */
  readonly opsPerKey?: number;
  /** Pause between a client's operations (uniform in [0, thinkMs]). */
  readonly thinkMs?: number;
  /** One HTTP attempt (the server answers NO_QUORUM after its own request timeout first). */
  readonly attemptTimeoutMs?: number;
  /** A whole operation, retries included. */
  readonly opTimeoutMs?: number;
  /** Which API each client uses: 'mixed' = even client ids HTTP, odd KvClient (one client alternates). */
  readonly api?: 'mixed' | 'http' | 'lib';
}

/** Codes that mean the request was rejected as invalid: it did not happen. */
const DEFINITE_FAILURES = new Set(['KEY_TOO_LARGE', 'VALUE_TOO_LARGE', 'INVALID_KEY', 'INVALID_COMMAND', 'BAD_REQUEST', 'CONFIG']);

export interface KeySlot {
  kind: 'register' | 'list';
  key: string;
  ops: number;
  generation: number;
}

/** The keys in use; every key ever used stays in `allKeys` for the final reads. */
export class KeySpace {
  readonly slots: KeySlot[] = [];
  readonly allKeys: { key: string; kind: 'register' | 'list' }[] = [];
  /** Last value seen per key (any client): cas uses it as its expectation. */
  readonly lastSeen = new Map<string, string | null>();

  constructor(registers: number, lists: number, private readonly opsPerKey: number) {
    for (let i = 0; i < registers; i++) this.add('register', i);
    for (let i = 0; i < lists; i++) this.add('list', registers + i);
  }

  take(rng: Rng, kind: 'register' | 'list'): string {
    const slots = this.slots.filter((s) => s.kind === kind);
    const slot = rng.pick(slots);
    if (++slot.ops > this.opsPerKey) {
      slot.generation++;
      slot.ops = 1;
      slot.key = keyName(slot.kind, this.slots.indexOf(slot), slot.generation);
      this.allKeys.push({ key: slot.key, kind: slot.kind });
    }
    return slot.key;
  }

  private add(kind: 'register' | 'list', index: number): void {
    const slot: KeySlot = { kind, key: keyName(kind, index, 0), ops: 0, generation: 0 };
    this.slots.push(slot);
    this.allKeys.push({ key: slot.key, kind });
  }
}

function keyName(kind: 'register' | 'list', index: number, generation: number): string {
  return `${kind === 'register' ? 'r' : 'l'}${index}.${generation}`;
}

interface Invocation {
  kind: OpKind;
  key: string;
  input: unknown;
}

interface Outcome {
  status: 'ok' | 'fail' | 'unknown';
  output?: unknown;
  node?: string;
  error?: string;
  attempts?: number;
}

export class Workload {
  readonly keys: KeySpace;
  private readonly runId = Math.random().toString(36).slice(2, 8);

  constructor(
    private readonly cluster: JepsenCluster,
    private readonly recorder: Recorder,
    private readonly options: WorkloadOptions,
    private readonly rng: Rng,
  ) {
    this.keys = new KeySpace(options.registerKeys ?? 3, options.listKeys ?? 2, options.opsPerKey ?? 150);
  }

  /** Runs every client until `endAt` (recorder time); resolves when the last operation ended. */
  async run(endAt: number): Promise<void> {
    await Promise.all(Array.from({ length: this.options.clients }, (_, id) => this.client(id, endAt)));
  }

  private async client(clientId: number, endAt: number): Promise<void> {
    const rng = this.rng.fork(clientId);
    const lib = await KvClient.connect({
      hostfile: this.cluster.clientHostfile,
      requestTimeoutMs: this.options.opTimeoutMs ?? 6000,
      attemptTimeoutMs: this.options.attemptTimeoutMs ?? 3000,
      connectTimeoutMs: 1000,
    });
    const http = new HttpClient(this.cluster, `jepsen-${this.runId}-c${clientId}`, this.options);
    try {
      for (let n = 0; this.recorder.now() < endAt && n < 10_000_000; n++) {
        const invocation = this.generate(rng, clientId, n);
        const api = this.apiFor(clientId, n);
        const op = this.recorder.invoke(clientId, api, invocation.kind, invocation.key, invocation.input);
        const outcome = api === 'http' ? await http.execute(invocation, rng) : await libExecute(lib, invocation);
        this.recorder.complete(op, outcome.status, outcome.output, outcome);
        this.noteSeen(op);
        const thinkMs = this.options.thinkMs ?? 10;
        if (thinkMs > 0) await sleep(rng.int(0, thinkMs));
      }
    } finally {
      lib.close();
    }
  }

  private apiFor(clientId: number, n: number): Api {
    const mode = this.options.api ?? 'mixed';
    if (mode !== 'mixed') return mode;
    const parity = this.options.clients === 1 ? n : clientId;
    return parity % 2 === 0 ? 'http' : 'lib';
  }

  private generate(rng: Rng, clientId: number, n: number): Invocation {
    const unique = `c${clientId}.${n}`;
    if (rng.chance(0.6)) {
      const key = this.keys.take(rng, 'register');
      const kind = rng.weighted<OpKind>([['read', 40], ['write', 25], ['cas', 30], ['delete', 5]]);
      switch (kind) {
        case 'write':
          return { kind, key, input: unique };
        case 'cas': {
          const seen = this.keys.lastSeen.get(key) ?? null;
          const expect = rng.chance(0.8) ? seen : rng.chance(0.5) ? null : `c${rng.int(0, 4)}.${rng.int(0, n)}`;
          return { kind, key, input: { expect, value: unique } };
        }
        case 'delete':
          return { kind, key, input: null };
        default:
          return { kind: 'read', key, input: null };
      }
    }
    const key = this.keys.take(rng, 'list');
    return rng.chance(0.65) ? { kind: 'append', key, input: `${unique};` } : { kind: 'read', key, input: null };
  }

  private noteSeen(op: RecordedOp): void {
    if (op.status !== 'ok') return;
    if (op.kind === 'read') this.keys.lastSeen.set(op.key, op.output as string | null);
    else if (op.kind === 'write') this.keys.lastSeen.set(op.key, op.input as string);
    else if (op.kind === 'delete') this.keys.lastSeen.set(op.key, null);
    else if (op.kind === 'cas') {
      const input = op.input as { value: string };
      const output = op.output as CasOutput;
      this.keys.lastSeen.set(op.key, output.ok ? input.value : output.current ?? null);
    }
  }
}

/** One KvClient call; its own retries keep the same (clientId, seq). */
async function libExecute(client: KvClient, invocation: Invocation): Promise<Outcome> {
  const { key } = invocation;
  try {
    let output: unknown;
    switch (invocation.kind) {
      case 'read':
        output = await client.get(key);
        break;
      case 'write':
        await client.set(key, invocation.input as string);
        output = null;
        break;
      case 'append':
        output = await client.append(key, invocation.input as string);
        break;
      case 'cas': {
        const input = invocation.input as { expect: string | null; value: string };
        const result = await client.cas(key, input.expect, input.value);
        output = result.ok ? { ok: true } : { ok: false, current: result.current };
        break;
      }
      case 'delete':
        output = { existed: await client.del(key) };
        break;
    }
    return { status: 'ok', output, node: client.currentNode };
  } catch (error) {
    const code = error instanceof KvError ? error.code : String(error);
    return { status: DEFINITE_FAILURES.has(code) ? 'fail' : 'unknown', error: code, node: client.currentNode };
  }
}

/** HTTP client of one worker: a session id and a sequence number for exactly-once writes. */
class HttpClient {
  private seq = 0;

  constructor(private readonly cluster: JepsenCluster, private readonly clientId: string, private readonly options: WorkloadOptions) {}

  /**
   * Sends the request to a random node and, on an ambiguous answer, to the next ones until
   * the operation deadline; a write keeps its (Client-Id, Request-Seq) across retries.
   */
  async execute(invocation: Invocation, rng: Rng): Promise<Outcome> {
    const isWrite = invocation.kind !== 'read';
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (isWrite) {
      headers['client-id'] = this.clientId;
      headers['request-seq'] = String(++this.seq);
    }
    const deadline = performance.now() + (this.options.opTimeoutMs ?? 6000);
    let node = rng.int(0, this.cluster.size - 1);
    let ambiguous = false;
    let lastError = '';
    let attempts = 0;
    while (attempts < 20 && performance.now() < deadline) {
      attempts++;
      const name = this.cluster.nodes[node]!.name;
      const remainingMs = Math.ceil(Math.max(1, Math.min(this.options.attemptTimeoutMs ?? 3000, deadline - performance.now())));
      const answer = await this.send(node, invocation, headers, remainingMs);
      if (answer.kind === 'reply') {
        const decided = interpret(invocation, answer.status, answer.body);
        if (decided !== null) {
          if (decided.status === 'fail' && ambiguous) return { status: 'unknown', error: decided.error, node: name, attempts };
          return { ...decided, node: name, attempts };
        }
        lastError = errorCode(answer.body) ?? `HTTP ${answer.status}`;
      } else {
        lastError = answer.error;
      }
      // The request may have reached the cluster: from now on a 4xx cannot prove it did nothing.
      if (isWrite) ambiguous = true;
      node = (node + 1) % this.cluster.size;
      await sleep(Math.min(200, 20 * attempts));
    }
    return { status: 'unknown', error: lastError, node: this.cluster.nodes[node]!.name, attempts };
  }

  private async send(node: number, invocation: Invocation, headers: Record<string, string>, timeoutMs: number):
    Promise<{ kind: 'reply'; status: number; body: Record<string, unknown> } | { kind: 'error'; error: string }> {
    const { method, pathname, body } = request(invocation);
    try {
      const reply = await http(method, this.cluster.url(node, pathname), body, headers, timeoutMs);
      return { kind: 'reply', status: reply.status, body: reply.body };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { kind: 'error', error: cause ?? (error instanceof Error ? error.name : String(error)) };
    }
  }
}

function request(invocation: Invocation): { method: string; pathname: string; body?: unknown } {
  const base = `/v1/kv/${encodeURIComponent(invocation.key)}`;
  switch (invocation.kind) {
    case 'read':
      return { method: 'GET', pathname: base };
    case 'write':
      return { method: 'PUT', pathname: base, body: { value: invocation.input } };
    case 'delete':
      return { method: 'DELETE', pathname: base };
    case 'append':
      return { method: 'POST', pathname: `${base}/append`, body: { value: invocation.input } };
    case 'cas':
      return { method: 'POST', pathname: `${base}/cas`, body: invocation.input };
  }
}

/** A decided outcome from an HTTP answer, or null when it is worth retrying (5xx). */
function interpret(invocation: Invocation, status: number, body: Record<string, unknown>): Outcome | null {
  const code = errorCode(body);
  if (status === 200) {
    switch (invocation.kind) {
      case 'read':
        return { status: 'ok', output: body.value as string };
      case 'write':
        return { status: 'ok', output: null };
      case 'delete':
        return { status: 'ok', output: { existed: body.existed === true } };
      case 'append':
        return { status: 'ok', output: body.value as string };
      case 'cas':
        return { status: 'ok', output: { ok: true } };
    }
  }
  if (status === 404 && invocation.kind === 'read' && code === 'NOT_FOUND') return { status: 'ok', output: null };
  if (status === 409 && invocation.kind === 'cas') return { status: 'ok', output: { ok: false, current: (body.current ?? null) as string | null } };
  if (status >= 400 && status < 500) return { status: 'fail', error: code ?? `HTTP ${status}` };
  return null;
}

function errorCode(body: Record<string, unknown>): string | undefined {
  const error = body.error as { code?: string } | undefined;
  return error?.code;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
