// TLS end to end on five real nodes: certificates from scripts/make-certs.sh, peers on
// wss:// with the cluster secret on top, the HTTP API on https://, KvClient on wss://, and
// a client that trusts another CA failing with a clear TLS error instead of retrying.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KvClient } from '../../client/kv-client';
import { KvError } from '../../client/errors';
import { Cluster, http } from '../integration/cluster';
import { rejectionOf } from '../testkit/errors';
import { runCli } from '../testkit/run-cli';

jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '..', '..');
let cluster: Cluster;
let ca: Buffer;
let otherDir: string;

beforeAll(async () => {
  cluster = await Cluster.start({ tls: true, secret: 'tls-test-cluster-secret-0123456789' });
  ca = readFileSync(cluster.caPath!);
  // A second, unrelated CA: what a client holding the wrong --ca trusts.
  otherDir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-other-ca-'));
  writeFileSync(path.join(otherDir, 'hosts.txt'), 'stranger 127.0.0.1:1\n');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'make-certs.sh'), '-h', path.join(otherDir, 'hosts.txt'), '-o', path.join(otherDir, 'tls')], { stdio: 'ignore' });
});

afterAll(async () => {
  await cluster?.stop();
  if (otherDir !== undefined) rmSync(otherDir, { recursive: true, force: true });
});

const rejection = (promise: Promise<unknown>): Promise<KvError> => rejectionOf(KvError, promise);

test('peers elect a leader over wss:// (status over https:// names one everywhere)', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const status = await cluster.status(leader);
  expect(status?.role).toBe('leader');
  expect((status?.peers as Array<{ connected: boolean }>).every((p) => p.connected)).toBe(true);
});

test('the HTTP API answers over https:// and writes through a follower', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const follower = (leader + 1) % cluster.nodes.length;
  const put = await http('PUT', cluster.url(follower, '/v1/kv/tls-http'), { value: 'over https' }, {}, 10_000, ca);
  expect(put).toEqual({ status: 200, body: { ok: true } });
  const get = await http('GET', cluster.url(leader, '/v1/kv/tls-http'), undefined, {}, 10_000, ca);
  expect(get).toEqual({ status: 200, body: { key: 'tls-http', value: 'over https' } });
});

test('the port serves no plain http next to https', async () => {
  const plain = cluster.url(0, '/v1/status').replace('https:', 'http:');
  await expect(http('GET', plain, undefined, {}, 5000)).rejects.toThrow();
});

test('KvClient with --ca talks wss:// to the hostfile members (set, get, status)', async () => {
  const client = await KvClient.connect({ hostfile: cluster.hostfile, ca, requestTimeoutMs: 20_000 });
  try {
    await client.set('tls-ws', 'over wss');
    expect(await client.get('tls-ws')).toBe('over wss');
    const status = await client.status();
    expect(status.members.every((m) => m.up)).toBe(true);
  } finally {
    client.close();
  }
});

test('an https:// node address works as well as a hostfile with --ca', async () => {
  const nodes = cluster.nodes.map((n) => `https://127.0.0.1:${n.port}`).join(',');
  const client = await KvClient.connect({ nodes, ca, requestTimeoutMs: 20_000 });
  try {
    expect(await client.get('tls-ws')).toBe('over wss');
  } finally {
    client.close();
  }
});

test('a client trusting another CA fails at once with TLS and says to pass --ca', async () => {
  const wrongCa = readFileSync(path.join(otherDir, 'tls', 'ca.pem'));
  const client = await KvClient.connect({ hostfile: cluster.hostfile, ca: wrongCa, requestTimeoutMs: 20_000 });
  try {
    const error = await rejection(client.get('tls-ws'));
    expect(error.code).toBe('TLS');
    expect(error.message).toMatch(/certificate is not trusted/);
    expect(error.message).toContain('--ca');
    // Not retried on other members until the deadline: a wrong CA does not get better.
    expect(client.stats.retries).toBe(0);
  } finally {
    client.close();
  }
});

test('a plain ws:// client against a TLS node fails with an error, not a hang', async () => {
  const client = await KvClient.connect({ hostfile: cluster.hostfile, requestTimeoutMs: 3000, connectTimeoutMs: 1000 });
  try {
    const error = await rejection(client.get('tls-ws'));
    expect(['UNAVAILABLE', 'TIMEOUT']).toContain(error.code);
  } finally {
    client.close();
  }
});

test('the CLI with --ca (or PAXOSKV_CA) talks TLS to the hostfile members', async () => {
  const set = await runCli(['-h', cluster.hostfile, '--ca', cluster.caPath!, 'set', 'tls-cli', 'yes']);
  expect(set).toMatchObject({ code: 0 });
  const get = await runCli(['-h', cluster.hostfile, 'get', 'tls-cli'], { env: { PAXOSKV_CA: cluster.caPath! } });
  expect(get).toMatchObject({ code: 0 });
  expect(get.stdout).toContain('yes');
});

test('the CLI with an unreadable --ca file names it', async () => {
  const result = await runCli(['-h', cluster.hostfile, '--ca', path.join(otherDir, 'missing.pem'), 'get', 'tls-cli']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('missing.pem');
});
