// The client against a REAL local five-node cluster (server/main.ts processes): the
// library, the one-shot CLI and the REPL driven through stdin/stdout, then kill -9 of the
// leader in the middle of a stream of appends: every acknowledged append is there exactly
// once. Processes are always killed at the end; every wait is bounded.
import { join } from 'node:path';
import sharp from 'sharp';
import { KvClient } from './kv-client';
import { runCli, type CliResult } from '../test/testkit/run-cli';
import { LocalCluster } from './testing/local-cluster';

const CHILD_TIMEOUT_MS = 30_000;

let cluster: LocalCluster;
let client: KvClient;

beforeAll(async () => {
  cluster = await LocalCluster.start(5);
  try {
    await cluster.waitForLeader(60_000);
  } catch (error) {
    await cluster.stop(true);
    throw new Error(`${(error as Error).message} (logs in ${cluster.dir})`);
  }
  client = await KvClient.connect({ hostfile: cluster.hostfile, requestTimeoutMs: 20_000 });
}, 90_000);

afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

/** Runs the CLI (client/cli.ts) against the cluster with `args`, feeding `input` on stdin; bounded. */
function cli(args: string[], input = ''): Promise<CliResult> {
  return runCli(['-h', cluster.hostfile, ...args], {
    env: { PAXOSKV_HISTORY: join(cluster.dir, 'history') }, input, timeoutMs: CHILD_TIMEOUT_MS,
  });
}

/** A structured test picture (shapes on a gradient) and a resized, re-encoded copy. */
async function writeImages(): Promise<{ original: string; copy: string; other: string }> {
  const width = 240;
  const height = 180;
  const picture = Buffer.alloc(width * height * 3);
  const noise = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inCircle = (x - 90) ** 2 + (y - 80) ** 2 < 45 ** 2;
      const inBox = x > 150 && x < 220 && y > 110 && y < 170;
      const base = Math.round((x / width) * 100 + (y / height) * 60);
      const v = inCircle ? 235 : inBox ? 15 : base;
      picture[i] = v;
      picture[i + 1] = Math.round(v * 0.6);
      picture[i + 2] = 255 - v;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const blockX = Math.floor(x / 30);
      const blockY = Math.floor(y / 30);
      const w = ((blockX * 7 + blockY * 13) % 5) * 60;
      noise[i] = noise[i + 1] = noise[i + 2] = w;
    }
  }
  const original = join(cluster.dir, 'picture.png');
  const copy = join(cluster.dir, 'picture-small.jpg');
  const other = join(cluster.dir, 'other.png');
  await sharp(picture, { raw: { width, height, channels: 3 } }).png().toFile(original);
  await sharp(original).resize(120).jpeg({ quality: 70 }).toFile(copy);
  await sharp(noise, { raw: { width, height, channels: 3 } }).png().toFile(other);
  return { original, copy, other };
}

test('library: set, get, del, append, cas, keys, status, leader', async () => {
  await client.set('it/greeting', 'hello world');
  expect(await client.get('it/greeting')).toBe('hello world');
  expect(await client.get('it/greeting', { consistency: 'stale' })).not.toBeUndefined();
  expect(await client.get('it/missing')).toBeNull();
  expect(await client.append('it/greeting', '!')).toBe('hello world!');
  expect(await client.cas('it/greeting', 'wrong', 'x')).toEqual({ ok: false, current: 'hello world!' });
  expect(await client.cas('it/greeting', 'hello world!', 'bye')).toEqual({ ok: true, current: 'bye' });
  expect(await client.cas('it/new', null, 'first')).toEqual({ ok: true, current: 'first' });
  expect(await client.cas('it/new', null, 'second')).toEqual({ ok: false, current: 'first' });
  expect(await client.keys('it/')).toEqual(['it/greeting', 'it/new']);
  expect(await client.keys('it/', 1)).toEqual(['it/greeting']);
  expect(await client.del('it/new')).toBe(true);
  expect(await client.del('it/new')).toBe(false);
  const values = await Promise.all(Array.from({ length: 20 }, (_, i) => client.set(`it/many/${i}`, `${i}`).then(() => client.get(`it/many/${i}`))));
  expect(values).toEqual(Array.from({ length: 20 }, (_, i) => `${i}`));
  const status = await client.status();
  expect(status.members.every((m) => m.up)).toBe(true);
  expect(status.leader).not.toBeNull();
  expect(await client.leader()).toBe(status.leader);
  expect(client.currentNode).toBe(status.leader);
});

test('one-shot CLI: output for pipes, exit codes, --json', async () => {
  expect(await cli(['set', 'cli/k', 'a value'])).toEqual({ code: 0, stdout: 'OK\n', stderr: '' });
  expect(await cli(['get', 'cli/k'])).toEqual({ code: 0, stdout: 'a value\n', stderr: '' });
  expect(await cli(['get', 'cli/missing'])).toEqual({ code: 1, stdout: '', stderr: 'not found\n' });
  expect(await cli(['append', 'cli/k', '-2'])).toEqual({ code: 0, stdout: 'a value-2\n', stderr: '' });
  expect(await cli(['--json', 'get', 'cli/k'])).toEqual({ code: 0, stdout: '{"key":"cli/k","value":"a value-2"}\n', stderr: '' });
  const usage = await cli(['set', 'only-key']);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toBe('error: set: expected 2 arguments, got 1 (usage: set <key> <value>)\n');
  expect((await cli(['frobnicate'])).code).toBe(2);
  const leader = await cli(['leader']);
  expect(leader.code).toBe(0);
  expect(leader.stdout).toMatch(/^container\d\n$/);
  // --nodes: addresses only; the client learns names from /v1/status to follow hints.
  const nodes = cluster.members.map((m) => `${m.host}:${m.port}`).join(',');
  expect(await cli(['--nodes', nodes, 'get', 'cli/k'])).toEqual({ code: 0, stdout: 'a value-2\n', stderr: '' });
  const status = await cli(['status']);
  expect(status.code).toBe(0);
  expect(status.stdout).toMatch(/^NAME +ROLE +LEADER +BALLOT +CHOSEN +APPLIED +LAG\n/);
  expect(status.stdout).toMatch(/5\/5 members up; leader: container\d\n$/);
});

test('REPL driven through stdin: help, a bad command, set/get, iset/iget', async () => {
  const images = await writeImages();
  const script = [
    'help',
    'frobnicate',
    'set',
    'set repl/greeting "hello world"',
    'get repl/greeting',
    `iset ${images.original} "a circle and a box"`,
    `iget ${images.original}`,
    `iget ${images.copy}`,
    `iget ${images.other}`,
    'leader',
    'exit',
    'get repl/greeting',
  ].join('\n');
  const result = await cli([], `${script}\n`);
  // Printed for the report: the transcript of this session.
  console.log(`REPL transcript\n--- stdin ---\n${script}\n--- stdout ---\n${result.stdout}--- stderr ---\n${result.stderr}`);
  expect(result.code).toBe(0);
  const out = result.stdout.split('\n');
  expect(out[0]).toBe('commands:');
  for (const command of ['set', 'get', 'del', 'append', 'cas', 'keys', 'iset', 'iget', 'status', 'leader', 'help', 'exit']) {
    expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  }
  const afterHelp = out.slice(out.findIndex((l) => l.startsWith('help <command>')) + 1);
  expect(afterHelp[0]).toBe('OK');
  expect(afterHelp[1]).toBe('hello world');
  expect(afterHelp[2]).toMatch(/^OK stored under phash [0-9a-f]{16} \(240x180 png\)$/);
  expect(afterHelp[3]).toBe('a circle and a box');
  expect(afterHelp[4]).toMatch(/^distance 0\/64 bits, exact match \(same file\); stored phash [0-9a-f]{16}$/);
  expect(afterHelp[5]).toBe('a circle and a box');
  expect(afterHelp[6]).toMatch(/^distance \d+\/64 bits, similar image; stored phash/);
  expect(afterHelp[7]).toMatch(/^container\d$/);
  expect(afterHelp.slice(8)).toEqual(['']); // Nothing after exit.
  const errors = result.stderr.split('\n');
  expect(errors[0]).toBe('error: unknown command "frobnicate" (try help)');
  expect(errors[1]).toBe('error: set: expected 2 arguments, got 0 (usage: set <key> <value>)');
  expect(errors[2]).toMatch(/^no match within \d+ bits \(phash [0-9a-f]{16}\)$/);
  expect(errors.slice(3)).toEqual(['']);
}, 60_000);

test('kill -9 of the leader mid-stream: every acknowledged append is there exactly once', async () => {
  const leader = await cluster.waitForLeader(30_000);
  const retriesBefore = client.stats.retries;
  const acknowledged: string[] = [];
  const attempted: string[] = [];
  const failures: string[] = [];
  let killedAt: number | null = null;
  let acknowledgedAfterKill = 0;
  // 8 writers, each with its own session, appending unique tokens to ONE key: a duplicate
  // application would show as a token appearing twice.
  const writers = Array.from({ length: 8 }, async (_, w) => {
    for (let i = 0; i < 40; i++) {
      const token = `<${w}.${i}>`;
      attempted.push(token);
      if (killedAt === null && acknowledged.length >= 60) {
        killedAt = acknowledged.length;
        cluster.kill(leader); // Other writers have appends in flight right now.
      }
      try {
        await client.append('it/stream', token);
        acknowledged.push(token);
        if (killedAt !== null) acknowledgedAfterKill++;
      } catch (error) {
        failures.push(`${token}: ${(error as Error).message}`);
      }
    }
  });
  await Promise.all(writers);
  expect(killedAt).not.toBeNull();
  expect(acknowledgedAfterKill).toBeGreaterThan(100);
  // Appends in flight on the dead leader's connection were retried with the same (client_id, seq).
  expect(client.stats.retries).toBeGreaterThan(retriesBefore);
  const value = (await client.get('it/stream')) ?? '';
  const count = (token: string): number => value.split(token).length - 1;
  expect(acknowledged.filter((t) => count(t) !== 1)).toEqual([]);
  expect(attempted.filter((t) => count(t) > 1)).toEqual([]);
  expect(failures).toEqual([]);
  const newLeader = await cluster.waitForLeader(30_000);
  expect(newLeader).not.toBe(leader);
  const status = await client.status();
  expect(status.members.find((m) => m.name === leader)?.up).toBe(false);
  // The restarted member catches up.
  cluster.startNode(leader);
  await cluster.waitForLeader(30_000);
  const deadline = Date.now() + 30_000;
  let caughtUp = false;
  while (!caughtUp && Date.now() < deadline) {
    const after = await client.status();
    const member = after.members.find((m) => m.name === leader);
    caughtUp = member?.up === true && member.lag === 0;
    if (!caughtUp) await new Promise((r) => setTimeout(r, 200));
  }
  expect(caughtUp).toBe(true);
}, 120_000);

test('without a majority: writes fail with a clear one-line error, the REPL stays up', async () => {
  const leader = await cluster.waitForLeader(30_000);
  const others = cluster.nodes.map((n) => n.name).filter((name) => name !== leader);
  // Keep the leader and one follower: 2 of 5 cannot decide anything.
  for (const name of [others[0], others[1], others[2]]) cluster.kill(name);
  // Longer than the server's 5 s request timeout: the server's own verdict arrives.
  const oneShot = await cli(['--timeout', '6500', 'set', 'nq/k', 'v']);
  expect(oneShot.code).toBe(1);
  expect(oneShot.stdout).toBe('');
  expect(oneShot.stderr).toMatch(/^error: (NO_QUORUM|UNAVAILABLE): .+\n$/);
  const short = await cli(['--timeout', '1500', 'get', 'nq/k']);
  expect(short.code).toBe(1);
  expect(short.stderr).toMatch(/^error: (NO_QUORUM|TIMEOUT|UNAVAILABLE): .+\n$/);
  const repl = await cli(['--timeout', '2000'], 'set nq/k v\nhelp get\nget nq/k\n');
  expect(repl.code).toBe(0);
  expect(repl.stdout).toContain('usage: get <key> [--stale]');
  expect(repl.stderr.split('\n').filter((l) => l !== '')).toEqual([
    expect.stringMatching(/^error: (NO_QUORUM|TIMEOUT|UNAVAILABLE): /),
    expect.stringMatching(/^error: (NO_QUORUM|TIMEOUT|UNAVAILABLE): /),
  ]);
  console.log(`without a majority:\n$ paxoskv --timeout 6500 set nq/k v\n${oneShot.stderr}$ paxoskv --timeout 1500 get nq/k\n${short.stderr}`);
}, 60_000);
