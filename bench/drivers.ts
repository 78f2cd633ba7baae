// How the bench talks to a cluster. Every driver spreads requests over all members:
// the caller passes a member index (worker index mod member count).
//   ws    the KvClient library over WebSocket, one client per member, pinned to it
//         (requests reach the leader through whichever member the worker was given)
//   ws-leader  one KvClient given all members, as an application would use it: it learns
//         the leader from hints and sends everything there (no forwarding hop)
//   http  paxoskv's HTTP JSON API with node's http module and keep-alive agents
//   etcd  etcd's v3 JSON gateway (/v3/kv/put, /v3/kv/range, /v3/kv/txn), base64 keys
import http from 'node:http';
import https from 'node:https';
import { KvClient } from '../client';
import type { Endpoint } from './clusters';

export type DriverName = 'ws' | 'ws-leader' | 'http' | 'etcd';

export interface CasOutcome {
  ok: boolean;
  /** The value after the call (the new one when ok); null: absent. */
  current: string | null;
}

export interface Driver {
  readonly name: DriverName;
  put(member: number, key: string, value: string): Promise<void>;
  get(member: number, key: string, stale: boolean): Promise<string | null>;
  cas(member: number, key: string, expect: string | null, value: string): Promise<CasOutcome>;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 15_000;

export async function openDriver(name: DriverName, endpoints: readonly Endpoint[], concurrencyMax: number): Promise<Driver> {
  if (name === 'ws' || name === 'ws-leader') return WsDriver.open(name, endpoints, concurrencyMax);
  if (name === 'http') return new HttpDriver(endpoints, concurrencyMax);
  return new EtcdDriver(endpoints, concurrencyMax);
}

class WsDriver implements Driver {
  private constructor(readonly name: 'ws' | 'ws-leader', private readonly clients: KvClient[]) {}

  static async open(name: 'ws' | 'ws-leader', endpoints: readonly Endpoint[], concurrencyMax: number): Promise<WsDriver> {
    const options = {
      ...(endpoints[0]?.ca !== undefined ? { ca: endpoints[0].ca } : {}), writesInFlightMax: Math.max(1, concurrencyMax), requestTimeoutMs: REQUEST_TIMEOUT_MS,
    };
    const all = endpoints.map((e) => `${e.host}:${e.port}`);
    // ws: one client per member, pinned to it (a one-member list): followers forward to the leader.
    // ws-leader: one client that knows every member and follows the leader's hints.
    const clients = await Promise.all(name === 'ws'
      ? all.map((node) => KvClient.connect({ nodes: [node], ...options }))
      : [KvClient.connect({ nodes: all, ...options })]);
    return new WsDriver(name, clients);
  }

  private client(member: number): KvClient {
    return this.clients[member % this.clients.length]!;
  }

  async put(member: number, key: string, value: string): Promise<void> {
    await this.client(member).set(key, value);
  }

  get(member: number, key: string, stale: boolean): Promise<string | null> {
    return this.client(member).get(key, { consistency: stale ? 'stale' : 'linearizable' });
  }

  cas(member: number, key: string, expect: string | null, value: string): Promise<CasOutcome> {
    return this.client(member).cas(key, expect, value);
  }

  close(): void {
    for (const c of this.clients) c.close();
  }
}

interface HttpAnswer {
  status: number;
  body: string;
}

/** Keep-alive HTTP/1.1 requests to one member per agent; bounded sockets per member. */
class JsonHttp {
  private readonly agents: http.Agent[];
  constructor(private readonly endpoints: readonly Endpoint[], concurrencyMax: number) {
    const perMember = Math.max(1, Math.ceil(concurrencyMax / endpoints.length));
    this.agents = endpoints.map((e) => {
      const options = { keepAlive: true, maxSockets: perMember, maxFreeSockets: perMember };
      return e.ca !== undefined ? new https.Agent({ ...options, ca: e.ca }) : new http.Agent(options);
    });
  }

  request(member: number, method: string, path: string, body: string | null): Promise<HttpAnswer> {
    const e = this.endpoints[member];
    return new Promise<HttpAnswer>((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = {};
      if (body !== null) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(body);
      }
      const req = (e.ca !== undefined ? https : http).request({ host: e.host, port: e.port, method, path, agent: this.agents[member], headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${e.name}: no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  }

  close(): void {
    for (const a of this.agents) a.destroy();
  }
}

function fail(what: string, answer: HttpAnswer): Error {
  return new Error(`${what}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
}

class HttpDriver implements Driver {
  readonly name = 'http' as const;
  private readonly http: JsonHttp;
  constructor(endpoints: readonly Endpoint[], concurrencyMax: number) {
    this.http = new JsonHttp(endpoints, concurrencyMax);
  }

  async put(member: number, key: string, value: string): Promise<void> {
    const answer = await this.http.request(member, 'PUT', `/v1/kv/${encodeURIComponent(key)}`, JSON.stringify({ value }));
    if (answer.status !== 200) throw fail('put', answer);
  }

  async get(member: number, key: string, stale: boolean): Promise<string | null> {
    const answer = await this.http.request(member, 'GET', `/v1/kv/${encodeURIComponent(key)}${stale ? '?consistency=stale' : ''}`, null);
    if (answer.status === 404) return null;
    if (answer.status !== 200) throw fail('get', answer);
    return (JSON.parse(answer.body) as { value: string }).value;
  }

  async cas(member: number, key: string, expect: string | null, value: string): Promise<CasOutcome> {
    const answer = await this.http.request(member, 'POST', `/v1/kv/${encodeURIComponent(key)}/cas`, JSON.stringify({ expect, value }));
    if (answer.status === 200) return { ok: true, current: value };
    if (answer.status === 409) return { ok: false, current: (JSON.parse(answer.body) as { current: string | null }).current };
    throw fail('cas', answer);
  }

  close(): void {
    this.http.close();
  }
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string): string => Buffer.from(text, 'base64').toString('utf8');

interface EtcdRange {
  kvs?: Array<{ value?: string }>;
}

class EtcdDriver implements Driver {
  readonly name = 'etcd' as const;
  private readonly http: JsonHttp;
  constructor(endpoints: readonly Endpoint[], concurrencyMax: number) {
    this.http = new JsonHttp(endpoints, concurrencyMax);
  }

  async put(member: number, key: string, value: string): Promise<void> {
    const answer = await this.http.request(member, 'POST', '/v3/kv/put', JSON.stringify({ key: b64(key), value: b64(value) }));
    if (answer.status !== 200) throw fail('etcd put', answer);
  }

  async get(member: number, key: string, stale: boolean): Promise<string | null> {
    const answer = await this.http.request(member, 'POST', '/v3/kv/range', JSON.stringify({ key: b64(key), serializable: stale }));
    if (answer.status !== 200) throw fail('etcd range', answer);
    const value = (JSON.parse(answer.body) as EtcdRange).kvs?.[0]?.value;
    return value === undefined ? null : unb64(value);
  }

  async cas(member: number, key: string, expect: string | null, value: string): Promise<CasOutcome> {
    const k = b64(key);
    // Absent: create_revision == 0 (etcd's idiom); present: value equality.
    const compare = expect === null
      ? { key: k, result: 'EQUAL', target: 'CREATE', create_revision: '0' }
      : { key: k, result: 'EQUAL', target: 'VALUE', value: b64(expect) };
    const txn = { compare: [compare], success: [{ request_put: { key: k, value: b64(value) } }], failure: [{ request_range: { key: k } }] };
    const answer = await this.http.request(member, 'POST', '/v3/kv/txn', JSON.stringify(txn));
    if (answer.status !== 200) throw fail('etcd txn', answer);
    const body = JSON.parse(answer.body) as { succeeded?: boolean; responses?: Array<{ response_range?: EtcdRange }> };
    if (body.succeeded === true) return { ok: true, current: value };
    const current = body.responses?.[0]?.response_range?.kvs?.[0]?.value;
    return { ok: false, current: current === undefined ? null : unb64(current) };
  }

  close(): void {
    this.http.close();
  }
}
