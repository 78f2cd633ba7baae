// Every HTTP operation against a follower and the leader of a real five-process cluster,
// plus the /client WebSocket protocol.
import WebSocket from 'ws';
import { ClientProto, type ClientTypes } from '../../server/wire/protobuf';
import { Cluster, http } from './cluster';

jest.setTimeout(60_000);

let cluster: Cluster;
let leader: number;
let follower: number;

beforeAll(async () => {
  cluster = await Cluster.start();
  leader = await cluster.waitForLeader(20_000);
  follower = (leader + 1) % cluster.nodes.length;
});

afterAll(async () => {
  await cluster?.stop();
});

describe.each([
  ['follower', () => follower],
  ['leader', () => leader],
])('HTTP API via the %s', (role, node) => {
  const key = (name: string): string => encodeURIComponent(`${role}/${name}`);
  const url = (p: string): string => cluster.url(node(), p);

  it('puts, gets (linearizable and stale), 404s a missing key', async () => {
    expect(await http('PUT', url(`/v1/kv/${key('a')}`), { value: 'héllo' })).toEqual({ status: 200, body: { ok: true } });
    expect(await http('GET', url(`/v1/kv/${key('a')}`))).toEqual({ status: 200, body: { key: `${role}/a`, value: 'héllo' } });
    await cluster.waitForLocalKey(node(), `${role}/a`);
    const stale = await http('GET', url(`/v1/kv/${key('a')}?consistency=stale`));
    expect(stale).toEqual({ status: 200, body: { key: `${role}/a`, value: 'héllo' } });
    const missing = await http('GET', url(`/v1/kv/${key('missing')}`));
    expect(missing.status).toBe(404);
    expect((missing.body.error as { code: string }).code).toBe('NOT_FOUND');
  });

  it('appends, deletes, and answers cas 200/409', async () => {
    expect(await http('POST', url(`/v1/kv/${key('b')}/append`), { value: 'x' })).toEqual({ status: 200, body: { ok: true, value: 'x' } });
    expect(await http('POST', url(`/v1/kv/${key('b')}/append`), { value: 'y' })).toEqual({ status: 200, body: { ok: true, value: 'xy' } });
    expect(await http('POST', url(`/v1/kv/${key('b')}/cas`), { expect: 'nope', value: 'z' }))
      .toEqual({ status: 409, body: { ok: false, current: 'xy' } });
    expect(await http('POST', url(`/v1/kv/${key('b')}/cas`), { expect: 'xy', value: 'z' })).toEqual({ status: 200, body: { ok: true } });
    expect(await http('POST', url(`/v1/kv/${key('c')}/cas`), { expect: 'q', value: 'z' }))
      .toEqual({ status: 409, body: { ok: false, current: null } });
    expect(await http('POST', url(`/v1/kv/${key('c')}/cas`), { expect: null, value: 'new' })).toEqual({ status: 200, body: { ok: true } });
    expect(await http('DELETE', url(`/v1/kv/${key('c')}`))).toEqual({ status: 200, body: { ok: true, existed: true } });
    expect(await http('DELETE', url(`/v1/kv/${key('c')}`))).toEqual({ status: 200, body: { ok: true, existed: false } });
  });

  it('lists keys by prefix with a limit', async () => {
    for (const k of ['k1', 'k2', 'k3']) await http('PUT', url(`/v1/kv/${key(k)}`), { value: k });
    const listed = await http('GET', url(`/v1/keys?prefix=${encodeURIComponent(`${role}/k`)}&limit=2`));
    expect(listed).toEqual({ status: 200, body: { keys: [`${role}/k1`, `${role}/k2`] } });
  });

  it('rejects bad input with 4xx and an error code', async () => {
    const badJson = await http('PUT', url(`/v1/kv/${key('d')}`), '{not json');
    expect(badJson.status).toBe(400);
    expect((badJson.body.error as { code: string }).code).toBe('BAD_REQUEST');
    const noValue = await http('PUT', url(`/v1/kv/${key('d')}`), { other: 1 });
    expect(noValue.status).toBe(400);
    const bigKey = await http('PUT', url(`/v1/kv/${'k'.repeat(2000)}`), { value: 'v' });
    expect([400, 413]).toContain(bigKey.status);
    expect((bigKey.body.error as { code: string }).code).toBe('KEY_TOO_LARGE');
    expect((await http('GET', url('/v1/nothing'))).status).toBe(404);
    expect((await http('PATCH', url(`/v1/kv/${key('d')}`))).status).toBe(405);
  });

  it('makes a write exactly-once with Client-Id and Request-Seq, across retries and nodes', async () => {
    const headers = { 'Client-Id': `client-${role}`, 'Request-Seq': '1' };
    const first = await http('POST', url(`/v1/kv/${key('once')}/append`), { value: 'a' }, headers);
    const retry = await http('POST', url(`/v1/kv/${key('once')}/append`), { value: 'a' }, headers);
    const elsewhere = await http('POST', cluster.url((node() + 2) % 5, `/v1/kv/${key('once')}/append`), { value: 'a' }, headers);
    expect(first).toEqual({ status: 200, body: { ok: true, value: 'a' } });
    expect(retry).toEqual(first);
    expect(elsewhere).toEqual(first);
    expect((await http('GET', url(`/v1/kv/${key('once')}`))).body.value).toBe('a');
    const next = await http('POST', url(`/v1/kv/${key('once')}/append`), { value: 'b' }, { ...headers, 'Request-Seq': '2' });
    expect(next.body.value).toBe('ab');
  });

  it('stores and finds image metadata by nearest hash', async () => {
    const phash = node() === leader ? '00000000000000ff' : 'ff00000000000000';
    const sha256 = 'ab'.repeat(32);
    expect((await http('POST', url('/v1/images'), { phash, sha256, metadata: 'a cat' })).status).toBe(200);
    const near = `${phash.slice(0, 15)}${phash[15] === 'f' ? 'e' : '1'}`;
    const found = await http('GET', url(`/v1/images/${near}?sha256=${sha256}&maxDistance=2`));
    expect(found.status).toBe(200);
    expect(found.body.matches).toEqual([{ phash, sha256, metadata: 'a cat', distance: 1, exact: true }]);
  });

  it('reports status and metrics', async () => {
    const status = await http('GET', url('/v1/status'));
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ name: cluster.nodes[node()]!.name, leader: cluster.nodes[leader]!.name });
    for (const field of ['role', 'ballot', 'chosenSlot', 'appliedSlot', 'peers', 'incarnation', 'snapshotSlot']) {
      expect(status.body).toHaveProperty(field);
    }
    const metrics = await fetch(url('/metrics')).then((r) => r.text());
    expect(metrics).toContain('paxoskv_client_request_seconds');
    expect(metrics).toContain('paxoskv_wal_fsync_seconds');
  });
});

describe('/client WebSocket', () => {
  it('round-trips set, get and keys with request ids and a leader hint', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${cluster.nodes[follower]!.port}/client`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const pending = new Map<number, (r: ClientTypes.client.ClientResponse) => void>();
    ws.on('message', (data) => {
      const response = ClientProto.ClientResponse.decode(data as Buffer);
      pending.get(response.id)?.(response);
    });
    const call = (request: ClientTypes.client.ClientRequest.$Properties): Promise<ClientTypes.client.ClientResponse> =>
      new Promise((resolve) => {
        pending.set(request.id as number, resolve);
        ws.send(ClientProto.ClientRequest.encode(request).finish());
      });
    try {
      const writes = await Promise.all([1, 2, 3].map((i) => call({
        id: i, write: { set: { key: `ws/${i}`, value: Buffer.from(`v${i}`) } },
      })));
      for (const w of writes) {
        expect(w.error ?? null).toBeNull();
        expect(w.write?.ok).toBe(true);
        expect(w.leaderHint).toBe(cluster.nodes[leader]!.name);
      }
      const got = await call({ id: 10, get: { key: 'ws/2' } });
      expect(Buffer.from(got.get!.value!).toString()).toBe('v2');
      const keys = await call({ id: 11, keys: { prefix: 'ws/' } });
      expect(keys.keys!.keys).toEqual(['ws/1', 'ws/2', 'ws/3']);
      const missing = await call({ id: 12, get: { key: 'ws/none' } });
      expect(missing.error?.code).toBe('NOT_FOUND');
    } finally {
      ws.close();
    }
  });
});
