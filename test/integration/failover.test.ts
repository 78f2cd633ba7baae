// Crash and recovery with real processes: kill -9 the leader and measure how long writes
// are refused; restart it and watch it catch up; with a tiny snapshot interval, a node
// that was down while the others compacted their logs catches up by snapshot transfer.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Cluster, http, sleep } from './cluster';

jest.setTimeout(90_000);

let cluster: Cluster;

beforeAll(async () => {
  // 8 KiB of WAL between snapshots: a few dozen writes make every node snapshot and truncate.
  cluster = await Cluster.start({ snapshotLogBytes: 8192, requestTimeoutMs: 2000 });
});

afterAll(async () => {
  await cluster?.stop();
});

async function metric(i: number, name: string): Promise<number> {
  const text = await fetch(cluster.url(i, '/metrics')).then((r) => r.text());
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(name)) total += Number(line.split(' ').pop());
  }
  return total;
}

function walDirBytes(dataDir: string): number {
  const dir = path.join(dataDir, 'wal');
  return readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

async function writeMany(via: number, prefix: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 20) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + 20); i++) {
      batch.push(http('PUT', cluster.url(via, `/v1/kv/${encodeURIComponent(`${prefix}${i}`)}`), { value: `value-${i}-${'x'.repeat(100)}` }));
    }
    for (const result of await Promise.all(batch)) expect(result.status).toBe(200);
  }
}

async function caughtUp(i: number, reference: number): Promise<boolean> {
  const [s, r] = await Promise.all([cluster.status(i), cluster.status(reference)]);
  return s !== null && r !== null && s.appliedSlot >= r.appliedSlot && s.appliedSlot > 0;
}

it('fails over after kill -9 of the leader, and the old leader catches up on restart', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const other = (leader + 1) % 5;
  await writeMany(other, 'before/', 40);

  await cluster.kill(leader);
  const killedAt = Date.now();
  let gapMs = -1;
  while (Date.now() - killedAt < 20_000) {
    const r = await http('PUT', cluster.url(other, '/v1/kv/after-failover'), { value: 'yes' }).catch(() => null);
    if (r?.status === 200) {
      gapMs = Date.now() - killedAt;
      break;
    }
    await sleep(20);
  }
  console.log(`failover gap: ${gapMs} ms (kill -9 of the leader to the first successful write)`);
  expect(gapMs).toBeGreaterThanOrEqual(0);
  const newLeader = await cluster.waitForLeader(10_000, [leader]);
  expect(newLeader).not.toBe(leader);

  await writeMany(other, 'while-down/', 40);
  cluster.spawn(leader);
  const catchUpMs = await cluster.waitFor(() => caughtUp(leader, newLeader), 30_000, 'the restarted node to catch up');
  console.log(`restarted old leader caught up in ${catchUpMs} ms (from spawn)`);
  const read = await http('GET', cluster.url(leader, '/v1/kv/while-down%2F39?consistency=stale'));
  expect(read.body.value).toMatch(/^value-39-/);
});

it('catches a node that missed compacted slots up by snapshot transfer', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const victim = (leader + 2) % 5;
  await cluster.kill(victim);
  // Enough writes for every live node to snapshot (and drop the log) more than once.
  await writeMany(leader, 'compacted/', 200);
  const leaderStatus = await cluster.status(leader);
  expect(leaderStatus!.snapshotSlot).toBeGreaterThan(0);
  // Snapshots truncate the log: what stays on disk is bounded by about two 16 KiB
  // segments plus one snapshot interval, far below the ~100 KiB written.
  const walBytes = walDirBytes(cluster.nodes[leader]!.dataDir);
  console.log(`leader WAL on disk after ${leaderStatus!.appliedSlot} slots: ${walBytes} bytes`);
  expect(walBytes).toBeLessThan(64 * 1024);

  cluster.spawn(victim);
  const catchUpMs = await cluster.waitFor(() => caughtUp(victim, leader), 30_000, 'the node to catch up by snapshot');
  console.log(`node down for 200 writes caught up by snapshot in ${catchUpMs} ms (from spawn)`);
  expect(await metric(victim, 'paxoskv_snapshots_total{kind="installed"}')).toBeGreaterThanOrEqual(1);
  expect(await metric(victim, 'paxoskv_catch_up_bytes_total{direction="in"}')).toBeGreaterThan(0);
  const read = await http('GET', cluster.url(victim, '/v1/kv/compacted%2F199?consistency=stale'));
  expect(read.body.value).toMatch(/^value-199-/);
  // And it keeps up with new writes afterwards.
  expect((await http('PUT', cluster.url(victim, '/v1/kv/after-snapshot'), { value: 'ok' })).status).toBe(200);
});


it('re-admits a node whose data directory was wiped, and counts its vote again', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const wiped = (leader + 4) % 5;
  const before = await cluster.status(wiped);
  await cluster.kill(wiped);
  rmSync(cluster.nodes[wiped]!.dataDir, { recursive: true, force: true });
  cluster.spawn(wiped);
  await cluster.waitFor(async () => {
    const s = await cluster.status(wiped);
    return s !== null && s.incarnation !== before!.incarnation;
  }, 20_000, 'the wiped node to start with a new incarnation');
  await http('PUT', cluster.url(leader, '/v1/kv/after-wipe'), { value: '1' });
  // The configuration must bind the new incarnation before the node's vote counts.
  await cluster.waitFor(async () => {
    const s = await cluster.status(leader);
    const incarnations = (s?.configuration as { incarnations?: string[] } | null)?.incarnations ?? [];
    const now = await cluster.status(wiped);
    return now !== null && incarnations[wiped] === now.incarnation && (await caughtUp(wiped, leader));
  }, 20_000, 'the new incarnation to be admitted and caught up');
  // A configuration chosen at slot s governs from s + 16 (the pipeline window): move past it.
  for (let i = 0; i < 20; i++) await http('PUT', cluster.url(leader, `/v1/kv/after-wipe-${i}`), { value: '1' });
  // Two other followers down: the remaining majority of three needs the wiped node's vote.
  const others = [0, 1, 2, 3, 4].filter((i) => i !== leader && i !== wiped && cluster.running(i)).slice(0, 2);
  for (const i of others) await cluster.kill(i);
  try {
    const write = await http('PUT', cluster.url(leader, '/v1/kv/needs-wiped-vote'), { value: 'ok' });
    expect(write.status).toBe(200);
  } finally {
    for (const i of others) cluster.spawn(i);
  }
});

it('stops gracefully on SIGTERM with exit code 0', async () => {
  const leader = await cluster.waitForLeader(20_000);
  const follower = (leader + 3) % 5;
  expect(await cluster.terminate(follower)).toBe(0);
});
