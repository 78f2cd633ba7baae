// Memory/scale mode: load N keys into a fresh local cluster, report RSS per node against
// the raw data size (with the V8 heap / external split) right after the load, right
// after a snapshot of the whole data set, and once steady; the snapshots the servers
// took (from their logs); and the catch-up of a follower restarted with an empty data
// dir: it rejoins as a learner, installs a snapshot, and is admitted to the
// configuration by a chosen configuration change.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalPaxosCluster, paxosStatus, sleep, waitForPaxosLeader, type Endpoint, type PaxosStatus } from './clusters';
import { openDriver } from './drivers';
import { preload } from './load';
import { formatMemoryTable, memorySample, type MemorySample } from './memory';
import { processRssBytes } from './proc';
import type { Progress } from './progress';
import { appendJsonLines } from './report';

export interface ScaleOptions {
  keys: number;
  valueBytes: number;
  fromSource: boolean;
  snapshotLogBytes?: number;
  /** Extra node flags for the servers (--node-flags). */
  nodeFlags: readonly string[];
  nodes?: string;
  outDir: string;
  keep: boolean;
  progress: Progress;
}

const KEY_BYTES = 16;
const LOAD_CONCURRENCY = 256;
const CATCH_UP_TIMEOUT_MS = 600_000;
/** Overwrites of one key with values this large push the WAL to the next snapshot quickly. */
const FILLER_VALUE_BYTES = 64 * 1024;
const FILLER_KEY = 'bench-snapshot-filler';
const SNAPSHOT_WAIT_MS = 180_000;
/** The filler's pace once one member has snapshotted. */
const SLOW_WRITE_MS = 500;
/** Long enough for V8's memory reducer to shrink the heap once allocation stops (it takes 30-60 s). */
const STEADY_WAIT_MS = 60_000;

const mb = (bytes: number | null): string => (bytes === null ? '-' : (bytes / (1024 * 1024)).toFixed(1));

function dirBytes(dir: string): number {
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry);
      try {
        const st = statSync(path);
        if (st.isDirectory()) stack.push(path);
        else total += st.size;
      } catch {
        // Removed while we walked (WAL truncation).
      }
    }
  }
  return total;
}

interface LogEvent {
  msg: string;
  time: number;
  [key: string]: unknown;
}

function logEvents(text: string, message: string): LogEvent[] {
  const events: LogEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes(message)) continue;
    try {
      const event = JSON.parse(line) as LogEvent;
      if (event.msg === message) events.push(event);
    } catch {
      // Not a JSON log line.
    }
  }
  return events;
}

async function statuses(endpoints: readonly Endpoint[]): Promise<Array<PaxosStatus | null>> {
  return Promise.all(endpoints.map((e) => paxosStatus(e, 2000)));
}

/** Waits until every node has applied what the leader had chosen when we started waiting. */
async function waitApplied(endpoints: readonly Endpoint[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const first = await statuses(endpoints);
  const target = Math.max(...first.map((s) => s?.chosenSlot ?? 0));
  while (Date.now() < deadline) {
    const now = await statuses(endpoints);
    if (now.every((s) => s !== null && s.appliedSlot >= target)) return;
    await sleep(200);
  }
}

async function memorySamples(cluster: LocalPaxosCluster): Promise<MemorySample[]> {
  const pids = cluster.pids();
  return Promise.all(cluster.endpoints.map((e, i) => memorySample(e, pids[i] ?? null)));
}

/**
 * Overwrites FILLER_KEY with large values, one at a time, until every member has logged
 * one more snapshot than `before` (bounded in writes and time): the snapshot then holds
 * the whole data set, and the raw data grows by one value only. Members cross the
 * threshold a few writes apart, so writing slows down as soon as one has snapshotted:
 * what is written after a snapshot stays in the log (and in memory) until the next one,
 * and would blur the reading.
 */
async function forceSnapshots(cluster: LocalPaxosCluster, snapshotLogBytes: number, before: readonly number[], progress: Progress): Promise<boolean> {
  const taken = (): boolean[] => cluster.endpoints.map((e, i) => logEvents(cluster.logOf(e.name), 'snapshot taken').length > before[i]!);
  const writesMax = Math.ceil((3 * snapshotLogBytes) / FILLER_VALUE_BYTES) + 100;
  const deadline = Date.now() + SNAPSHOT_WAIT_MS;
  const value = 'f'.repeat(FILLER_VALUE_BYTES);
  const driver = await openDriver('ws', cluster.endpoints, 1);
  try {
    for (let writes = 0; writes < writesMax && Date.now() < deadline;) {
      const now = taken();
      if (now.every(Boolean)) return true;
      // The others are a few writes behind, or still writing theirs: go on slowly.
      if (now.some(Boolean)) await sleep(SLOW_WRITE_MS);
      await driver.put(writes % cluster.endpoints.length, FILLER_KEY, value);
      writes++;
      progress.update('snapshot', Math.min(1, writes / writesMax), `${writes} overwrites of ${FILLER_VALUE_BYTES} B`);
    }
  } finally {
    driver.close();
  }
  return taken().every(Boolean);
}

function isVoting(status: PaxosStatus | null): boolean {
  const configuration = status?.configuration as { incarnations?: string[] } | undefined;
  return status !== null && status.incarnation !== undefined && (configuration?.incarnations ?? []).includes(status.incarnation);
}

export async function runScale(options: ScaleOptions): Promise<void> {
  const { keys, valueBytes, progress } = options;
  if (options.nodes !== undefined) throw new Error('--scale starts its own cluster (it restarts a node with an empty data dir); drop --nodes');
  const rawBytes = keys * (KEY_BYTES + valueBytes);
  const snapshotLogBytes = Math.floor(options.snapshotLogBytes ?? Math.max(1024 * 1024, rawBytes / 2));
  progress.log(`scale: ${keys} keys × (${KEY_BYTES} B key + ${valueBytes} B value) = ${mb(rawBytes)} MiB raw; --snapshot-log-bytes ${snapshotLogBytes}`);
  const cluster = await LocalPaxosCluster.start({ fromSource: options.fromSource, snapshotLogBytes, nodeFlags: options.nodeFlags });
  const report: Record<string, unknown> = { mode: 'scale', keys, valueBytes, rawBytes, snapshotLogBytes, allocator: cluster.allocator };
  const say = (line: string): void => {
    progress.done();
    process.stdout.write(line + '\n');
  };
  say(`servers' allocator: ${cluster.allocator}`);
  try {
    const leader = await waitForPaxosLeader(cluster.endpoints, 60_000);
    const pids = (): Array<number | null> => cluster.pids();
    const rssBefore = pids().map((p) => (p === null ? null : processRssBytes(p)));
    const driver = await openDriver('ws', cluster.endpoints, LOAD_CONCURRENCY);
    const loadStarted = Date.now();
    try {
      await preload(driver, cluster.endpoints.length, { keys, valueBytes }, null, LOAD_CONCURRENCY,
        Math.max(600_000, keys * 5), (n) => progress.update('load', n / keys, `${n}/${keys} keys, ${(n / Math.max(0.001, (Date.now() - loadStarted) / 1000)).toFixed(0)} keys/s`));
    } finally {
      driver.close();
    }
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    await waitApplied(cluster.endpoints, 60_000);
    await sleep(1000);
    const afterLoad = await memorySamples(cluster);
    const rssAfter = afterLoad.map((m) => m.rssBytes);
    const after = await statuses(cluster.endpoints);
    say(`loaded ${keys} keys in ${loadSeconds.toFixed(1)} s (${(keys / loadSeconds).toFixed(0)} writes/s at ${LOAD_CONCURRENCY} in flight); leader ${leader}`);
    say('node        RSS before  RSS after  growth  growth/raw  data dir MB  kv keys');
    cluster.endpoints.forEach((e, i) => {
      const growth = rssAfter[i] !== null && rssBefore[i] !== null ? (rssAfter[i] as number) - (rssBefore[i] as number) : null;
      const kv = after[i]?.kv as { keys?: number } | undefined;
      say(`${e.name.padEnd(11)} ${mb(rssBefore[i]).padStart(10)} ${mb(rssAfter[i]).padStart(10)} ${mb(growth).padStart(7)} ${
        (growth === null ? '-' : (growth / rawBytes).toFixed(2) + '×').padStart(11)} ${mb(dirBytes(join(cluster.dir, `data-${e.name}`))).padStart(12)} ${String(kv?.keys ?? '-').padStart(8)}`);
    });
    report.loadSeconds = loadSeconds;
    report.rssBeforeBytes = rssBefore;
    report.rssAfterBytes = rssAfter;
    const names = cluster.endpoints.map((e) => e.name);
    for (const line of formatMemoryTable('memory right after the load', names, afterLoad, rawBytes)) say(line);

    const countsAfterLoad = cluster.endpoints.map((e) => logEvents(cluster.logOf(e.name), 'snapshot taken').length);
    const snapshotted = await forceSnapshots(cluster, snapshotLogBytes, countsAfterLoad, progress);
    await waitApplied(cluster.endpoints, 60_000);
    const afterSnapshot = await memorySamples(cluster);
    const snapshotTitle = snapshotted ? 'memory right after every member snapshotted the whole data set' : 'memory (not every member took a snapshot in time)';
    for (const line of formatMemoryTable(snapshotTitle, names, afterSnapshot, rawBytes)) say(line);
    await sleep(STEADY_WAIT_MS);
    const steady = await memorySamples(cluster);
    for (const line of formatMemoryTable(`memory steady (${STEADY_WAIT_MS / 1000} s idle)`, names, steady, rawBytes)) say(line);
    report.memory = { afterLoad, afterSnapshot, steady };

    const snapshots = cluster.endpoints.map((e) => logEvents(cluster.logOf(e.name), 'snapshot taken'));
    report.snapshots = snapshots.map((s) => s.map((x) => ({ slot: x.slot, bytes: x.bytes, ms: x.ms })));
    cluster.endpoints.forEach((e, i) => {
      const s = snapshots[i];
      if (s.length === 0) {
        say(`${e.name}: no snapshot taken (raise the load or lower --snapshot-log-bytes)`);
        return;
      }
      const last = s[s.length - 1];
      say(`${e.name}: ${s.length} snapshots; last at slot ${String(last.slot)}: ${mb(Number(last.bytes))} MiB, ${String(last.ms)} ms` +
        ` (serialize + durable write + checkpoint, under load; max ${Math.max(...s.map((x) => Number(x.ms)))} ms)`);
    });

    // Catch-up: a follower loses its disk and comes back.
    const victim = cluster.endpoints.find((e) => e.name !== leader) as Endpoint;
    const victimIndex = cluster.endpoints.findIndex((e) => e.name === victim.name);
    const leaderEndpoint = cluster.endpoints.find((e) => e.name === leader) as Endpoint;
    const target = (await paxosStatus(leaderEndpoint, 2000))?.chosenSlot ?? 0;
    await cluster.kill(victim.name);
    cluster.wipe(victim.name);
    const restartedMs = Date.now();
    const logBefore = cluster.logOf(victim.name).length;
    cluster.startMember(victim.name);
    let answeredMs: number | null = null;
    let caughtUpMs: number | null = null;
    let votingMs: number | null = null;
    const deadline = restartedMs + CATCH_UP_TIMEOUT_MS;
    while (Date.now() < deadline && (caughtUpMs === null || votingMs === null)) {
      const s = await paxosStatus(victim, 2000);
      const now = Date.now() - restartedMs;
      if (s !== null) {
        answeredMs ??= now;
        if (caughtUpMs === null && s.appliedSlot >= target) caughtUpMs = now;
        if (votingMs === null && isVoting(s)) votingMs = now;
      }
      progress.update(`catch-up ${victim.name}`, Math.min(1, (s?.appliedSlot ?? 0) / Math.max(1, target)), `applied ${s?.appliedSlot ?? '-'} / ${target}`);
      await sleep(100);
    }
    const victimLog = cluster.logOf(victim.name).slice(logBefore);
    const received = logEvents(victimLog, 'catch-up: snapshot received');
    const installed = logEvents(victimLog, 'catch-up: snapshot installed');
    const secs = (ms: number | null): string => (ms === null ? 'not within the timeout' : `${(ms / 1000).toFixed(2)} s`);
    say(`catch-up of ${victim.name} (killed, data dir wiped, restarted; leader had chosen slot ${target}):`);
    say(`  answering status after ${secs(answeredMs)}; applied ≥ ${target} after ${secs(caughtUpMs)}; voting member after ${secs(votingMs)}`);
    for (const r of received) {
      const transfer = r.transferMs === undefined ? '' : ` (transfer ${String(r.transferMs)} ms, then verify + decode)`;
      say(`  snapshot received: slot ${String(r.slot)}, ${mb(Number(r.bytes))} MiB in ${String(r.ms)} ms${transfer} from ${String(r.peer)}`);
    }
    if (installed.length > 0) say(`  snapshot installed at ${((installed[0].time - restartedMs) / 1000).toFixed(2)} s after restart (slot ${String(installed[0].slot)})`);
    else say('  no snapshot installed (it caught up from the log)');
    await sleep(500);
    const victimPid = cluster.pids()[victimIndex];
    const victimMemory = await memorySample(victim, victimPid);
    const victimRss = victimMemory.rssBytes;
    say(`  RSS of the restarted node: ${mb(victimRss)} MiB (${(Number(victimRss) / rawBytes).toFixed(2)}× raw; heapUsed ${
      mb(victimMemory.heapUsedBytes)}, external ${mb(victimMemory.externalBytes)}; others: ${
      pids().filter((_, i) => i !== victimIndex).map((p) => mb(p === null ? null : processRssBytes(p))).join(', ')})`);
    report.catchUp = { node: victim.name, targetSlot: target, answeredMs, caughtUpMs, votingMs, snapshotsReceived: received, rssAfterBytes: victimRss };
  } finally {
    await cluster.stop(options.keep);
    if (options.keep) progress.log(`kept ${cluster.dir}`);
  }
  appendJsonLines(join(options.outDir, 'results.jsonl'), new Date().toISOString().replace(/[:.]/g, '-'), [report]);
}
