// Client tokens on five real nodes: the HTTP API and /client answer 401 without a known
// token, 403 to a read-only token that writes, and serve a read-write token; /v1/status
// and /metrics stay open for health checks. A follower checks the token of the client it
// serves; the request it forwards to the leader needs none (the peer secret covers it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { KvClient } from '../../client/kv-client';
import { KvError } from '../../client/errors';
import { runPage, type FakePage } from '../dashboard/fake-dom';
import { Cluster, http } from '../integration/cluster';
import { rejectionOf } from '../testkit/errors';
import { runCli } from '../testkit/run-cli';

jest.setTimeout(90_000);

const READ_ONLY = 'ro-token-0123456789abcdef';
const READ_WRITE = 'rw-token-0123456789abcdef';
let dir: string;
let cluster: Cluster;
let follower: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-tokens-'));
  const tokensFile = path.join(dir, 'tokens.txt');
  writeFileSync(tokensFile, `# test tokens\n${READ_ONLY} read-only reader\n${READ_WRITE} read-write writer\n`);
  cluster = await Cluster.start({ env: { PAXOSKV_CLIENT_TOKENS_FILE: tokensFile } });
  follower = ((await cluster.waitForLeader(20_000)) + 1) % cluster.nodes.length;
});

afterAll(async () => {
  await cluster?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

const rejection = (promise: Promise<unknown>): Promise<KvError> => rejectionOf(KvError, promise);

describe('HTTP API', () => {
  const url = (p: string): string => cluster.url(follower, p);

  test.each([
    ['no token', {}],
    ['an unknown token', bearer('unknown-token-0123456789')],
    ['a malformed Authorization header', { authorization: `Basic ${READ_WRITE}` }],
  ])('%s: 401 UNAUTHENTICATED with WWW-Authenticate: Bearer', async (_what, headers) => {
    const response = await fetch(url('/v1/kv/secret'), { headers, signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNAUTHENTICATED');
    expect(body.error.message).not.toBe('');
  });

  test('a read-write token writes and reads (200)', async () => {
    expect(await http('PUT', url('/v1/kv/doc'), { value: 'v1' }, bearer(READ_WRITE))).toEqual({ status: 200, body: { ok: true } });
    expect(await http('POST', url('/v1/kv/doc/append'), { value: '+' }, bearer(READ_WRITE))).toEqual({ status: 200, body: { ok: true, value: 'v1+' } });
    expect(await http('GET', url('/v1/kv/doc'), undefined, bearer(READ_WRITE))).toEqual({ status: 200, body: { key: 'doc', value: 'v1+' } });
  });

  test('a read-only token reads (200, and 404 for a missing key)', async () => {
    expect(await http('GET', url('/v1/kv/doc'), undefined, bearer(READ_ONLY))).toEqual({ status: 200, body: { key: 'doc', value: 'v1+' } });
    expect((await http('GET', url('/v1/kv/absent'), undefined, bearer(READ_ONLY))).status).toBe(404);
    expect(await http('GET', url('/v1/keys?prefix=do'), undefined, bearer(READ_ONLY))).toEqual({ status: 200, body: { keys: ['doc'] } });
  });

  test.each([
    ['PUT', '/v1/kv/doc', { value: 'x' }],
    ['DELETE', '/v1/kv/doc', undefined],
    ['POST', '/v1/kv/doc/append', { value: 'x' }],
    ['POST', '/v1/kv/doc/cas', { expect: 'v1+', value: 'x' }],
    ['POST', '/v1/images', { phash: '0000000000000000', sha256: '0'.repeat(64), metadata: 'm' }],
  ])('a read-only token gets 403 PERMISSION_DENIED for %s %s', async (method, p, body) => {
    const response = await http(method, url(p), body, bearer(READ_ONLY));
    expect(response.status).toBe(403);
    expect((response.body.error as { code: string }).code).toBe('PERMISSION_DENIED');
  });

  test('the denied writes changed nothing', async () => {
    expect((await http('GET', url('/v1/kv/doc'), undefined, bearer(READ_ONLY))).body).toEqual({ key: 'doc', value: 'v1+' });
  });

  test('/v1/status, /metrics and the dashboard stay open without a token', async () => {
    expect((await http('GET', url('/v1/status'))).status).toBe(200);
    expect((await fetch(url('/metrics'), { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
    expect((await fetch(url('/'), { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
  });
});

describe('/client WebSocket', () => {
  test('an upgrade without a token is refused with 401 and the error body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(cluster.url(follower, '/client').replace('http:', 'ws:'));
      ws.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('open', () => reject(new Error('the upgrade was accepted')));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });

  const connect = (token?: string): Promise<KvClient> => KvClient.connect({
    nodes: cluster.nodes.map((n) => `127.0.0.1:${n.port}`), requestTimeoutMs: 20_000, ...(token !== undefined ? { token } : {}),
  });

  test('KvClient without a token fails with UNAUTHENTICATED, not retries until its deadline', async () => {
    const client = await connect();
    try {
      const error = await rejection(client.get('doc'));
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.message).toContain('--token');
      expect(client.stats.retries).toBe(0);
    } finally {
      client.close();
    }
  });

  test('a read-only token reads, and each write gets PERMISSION_DENIED', async () => {
    const client = await connect(READ_ONLY);
    try {
      expect(await client.get('doc')).toBe('v1+');
      expect(await client.keys('do')).toEqual(['doc']);
      expect((await rejection(client.set('doc', 'x'))).code).toBe('PERMISSION_DENIED');
      expect((await rejection(client.del('doc'))).code).toBe('PERMISSION_DENIED');
      // The connection stays usable after a denied write.
      expect(await client.get('doc')).toBe('v1+');
    } finally {
      client.close();
    }
  });

  test('a read-write token writes through any member', async () => {
    const client = await connect(READ_WRITE);
    try {
      await client.set('doc', 'v2');
      expect(await client.cas('doc', 'v2', 'v3')).toEqual({ ok: true, current: 'v3' });
      expect(await client.get('doc')).toBe('v3');
    } finally {
      client.close();
    }
  });
});

describe('CLI', () => {
  test('without a token: exit 1 and an error that says UNAUTHENTICATED and how to pass one', async () => {
    const result = await runCli(['-h', cluster.hostfile, 'get', 'doc']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('UNAUTHENTICATED');
    expect(result.stderr).toContain('--token');
  });

  test('PAXOSKV_TOKEN with a read-only token: get works, set exits 1 with PERMISSION_DENIED', async () => {
    const env = { PAXOSKV_TOKEN: READ_ONLY };
    const get = await runCli(['-h', cluster.hostfile, 'get', 'doc'], { env });
    expect(get.code).toBe(0);
    const set = await runCli(['-h', cluster.hostfile, 'set', 'doc', 'x'], { env });
    expect(set.code).toBe(1);
    expect(set.stderr).toContain('PERMISSION_DENIED');
  });

  test('--token with a read-write token writes', async () => {
    const result = await runCli(['-h', cluster.hostfile, '--token', READ_WRITE, 'set', 'cli-key', 'from the cli']);
    expect(result.code).toBe(0);
    expect((await http('GET', cluster.url(follower, '/v1/kv/cli-key'), undefined, bearer(READ_ONLY))).body.value).toBe('from the cli');
  });
});

describe('dashboard', () => {
  let page: FakePage | null = null;
  afterEach(() => page?.close());

  test('member cards work without a token; the key browser lists keys once a token is typed in', async () => {
    const html = await (await fetch(cluster.url(follower, '/'), { signal: AbortSignal.timeout(10_000) })).text();
    page = runPage(/<script>([\s\S]*)<\/script>/.exec(html)![1]!, `http://127.0.0.1:${cluster.nodes[follower]!.port}`);
    const cards = (): number => page!.byId('members').children.filter((c) => c.getAttribute('data-member') !== null).length;
    await cluster.waitFor(async () => cards() === 5 && page!.byId('sum-leader').textContent !== '?', 10_000, 'five member cards');
    // The first listing went out without a token.
    await cluster.waitFor(async () => page!.byId('keys').textContent.includes('UNAUTHENTICATED'), 10_000, 'the 401 shown');
    page.byId('key-token').value = READ_ONLY;
    page.byId('key-prefix').value = 'do';
    page.byId('key-form').dispatch('submit');
    await cluster.waitFor(async () => page!.byId('keys').textContent === 'doc', 10_000, 'the key list');
  });
});
