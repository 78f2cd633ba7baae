// KvClient against an in-process fake cluster (client/testing/fake-cluster.ts): routing,
// leader hints, failover, retries with the same (clientId, seq), timeouts, status.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KvError } from './errors';
import { KvClient } from './kv-client';
import { FakeCluster } from './testing/fake-cluster';

let cluster: FakeCluster;
let client: KvClient | null = null;
const dir = mkdtempSync(join(tmpdir(), 'paxoskv-client-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  cluster = await FakeCluster.start(3);
});

afterEach(async () => {
  client?.close();
  client = null;
  await cluster.stop();
});

function hostfile(): string {
  const path = join(dir, 'hostfile.txt');
  writeFileSync(path, `${cluster.hostfileText()}\n`);
  return path;
}

async function connect(options: Parameters<typeof KvClient.connect>[0] = {}): Promise<KvClient> {
  client = await KvClient.connect({ hostfile: hostfile(), requestTimeoutMs: 3000, attemptTimeoutMs: 500, ...options });
  return client;
}

test('set, get, del, append, cas and keys', async () => {
  const kv = await connect();
  expect(await kv.get('missing')).toBeNull();
  await kv.set('greeting', 'hello world');
  expect(await kv.get('greeting')).toBe('hello world');
  expect(await kv.append('greeting', '!')).toBe('hello world!');
  expect(await kv.append('fresh', 'x')).toBe('x');
  expect(await kv.cas('greeting', 'nope', 'v')).toEqual({ ok: false, current: 'hello world!' });
  expect(await kv.cas('greeting', 'hello world!', 'v2')).toEqual({ ok: true, current: 'v2' });
  expect(await kv.cas('absent', null, 'new')).toEqual({ ok: true, current: 'new' });
  expect(await kv.cas('other', 'x', 'new')).toEqual({ ok: false, current: null });
  expect(await kv.keys('')).toEqual(['absent', 'fresh', 'greeting']);
  expect(await kv.keys('g', 10)).toEqual(['greeting']);
  expect(await kv.del('greeting')).toBe(true);
  expect(await kv.del('greeting')).toBe(false);
  expect(await kv.get('greeting', { consistency: 'stale' })).toBeNull();
  expect(kv.currentNode).toBe('node0');
  expect(kv.knownLeader).toBe('node0');
});

test('follows the leader hint and moves when the leader changes', async () => {
  cluster.leader = 2;
  const kv = await connect();
  await kv.set('a', '1');
  expect(kv.currentNode).toBe('node2');
  cluster.leader = 1;
  await kv.set('a', '2');
  expect(kv.currentNode).toBe('node1');
  expect(await kv.get('a')).toBe('2');
});

test('--nodes members learn their names to follow hints', async () => {
  cluster.leader = 1;
  const kv = await connect({ nodes: cluster.nodeList, hostfile: undefined });
  await kv.set('k', 'v');
  expect(kv.currentNode).toBe('node1');
});

test('a write retried after the connection died applies exactly once', async () => {
  let closes = 0;
  cluster.faults.beforeAnswer = (node, request) => {
    if (request.op === 'write' && node.name === 'node0' && closes < 2) {
      closes++;
      return 'close-after-apply';
    }
    return 'answer';
  };
  const kv = await connect();
  expect(await kv.append('log', 'a')).toBe('a');
  expect(closes).toBe(2);
  expect(await kv.get('log')).toBe('a');
  expect([...cluster.applied.values()].every((n) => n === 1)).toBe(true);
});

test('a dropped answer times out the attempt and the retry gets the stored answer', async () => {
  let drops = 0;
  cluster.faults.beforeAnswer = (_node, request) => (request.op === 'write' && drops++ === 0 ? 'drop' : 'answer');
  // The first (dropped) attempt is not applied in the fake: 'drop' answers nothing before applying.
  const kv = await connect();
  expect(await kv.append('log', 'b')).toBe('b');
  const writes = cluster.nodes.flatMap((n) => n.received).filter((r) => r.op === 'write');
  expect(writes.length).toBeGreaterThanOrEqual(2);
  expect(new Set(writes.map((w) => `${w.write?.clientId}#${w.write?.seq}`)).size).toBe(1);
});

test('concurrent writes each use their own session; all apply once', async () => {
  const kv = await connect();
  await Promise.all(Array.from({ length: 50 }, (_, i) => kv.append('many', `<${i}>`)));
  const value = (await kv.get('many')) ?? '';
  for (let i = 0; i < 50; i++) expect(value.split(`<${i}>`).length).toBe(2);
  const writes = cluster.nodes.flatMap((n) => n.received).filter((r) => r.op === 'write');
  const inFlightIds = new Set(writes.map((w) => `${w.write?.clientId}#${w.write?.seq}`));
  expect(inFlightIds.size).toBe(50);
  // Sequential writes reuse one session with rising seq.
  await kv.set('x', '1');
  await kv.set('x', '2');
  expect(cluster.sessions.size).toBeLessThanOrEqual(50);
});

test('fails over when a member is down', async () => {
  const kv = await connect();
  await kv.set('k', 'v');
  cluster.leader = 1;
  await cluster.nodes[0].http.close();
  cluster.dropConnections(0);
  expect(await kv.get('k')).toBe('v');
  expect(kv.currentNode).toBe('node1');
});

test('gives up with TIMEOUT when nobody answers', async () => {
  cluster.faults.beforeAnswer = () => 'drop';
  const kv = await connect({ requestTimeoutMs: 800, attemptTimeoutMs: 200 });
  const started = Date.now();
  const error = await kv.set('k', 'v').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KvError);
  expect((error as KvError).code).toBe('TIMEOUT');
  expect(Date.now() - started).toBeLessThan(2000);
});

test('SESSION_EXPIRED on a retry surfaces (the write may have applied)', async () => {
  const kv = await connect();
  await kv.set('s', 'first'); // The session is now at seq 1; the next write is seq 2.
  // The next answer is lost after applying, then the server forgets the session.
  let lost = false;
  cluster.faults.beforeAnswer = (node, request) => {
    if (request.op !== 'write' || node.name !== 'node0') return 'answer';
    if (!lost) {
      lost = true;
      return 'close-after-apply';
    }
    cluster.sessions.clear();
    return 'answer';
  };
  await kv.set('s', 'v').then(
    () => expect('no error').toBe('SESSION_EXPIRED'),
    (error: unknown) => expect((error as KvError).code).toBe('SESSION_EXPIRED'),
  );
  // The expired session is retired: the next write starts a fresh one at seq 1.
  cluster.faults.beforeAnswer = undefined;
  await kv.set('s', 'w');
  expect(await kv.get('s')).toBe('w');
});

test('status asks every member; an unreachable one shows as down', async () => {
  const path = join(dir, 'hostfile-ghost.txt');
  writeFileSync(path, `${cluster.hostfileText()}\nghost 127.0.0.1:1\n`);
  client = await KvClient.connect({ hostfile: path, statusTimeoutMs: 500 });
  const status = await client.status();
  expect(status.leader).toBe('node0');
  expect(status.members.map((m) => [m.name, m.up, m.lag])).toEqual([
    ['node0', true, 0],
    ['node1', true, 10],
    ['node2', true, 20],
    ['ghost', false, undefined],
  ]);
  expect(await client.leader()).toBe('node0');
});

test('image set and get', async () => {
  const kv = await connect();
  await kv.imageSet('00000000ffffffff', 'a'.repeat(64), 'cat photo');
  expect(await kv.imageGet('00000000fffffff0', 'b'.repeat(64), 12)).toEqual([
    { phash: '00000000ffffffff', sha256: 'a'.repeat(64), metadata: 'cat photo', distance: 4, exact: false },
  ]);
  expect(await kv.imageGet('ffffffff00000000', 'b'.repeat(64), 12)).toEqual([]);
});

test('closed client rejects', async () => {
  const kv = await connect();
  kv.close();
  await expect(kv.get('k')).rejects.toMatchObject({ code: 'CLOSED' });
});
