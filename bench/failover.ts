// Failover and catch-up timings on five local processes (started with ./run_all_servers
// in a temporary run dir): the median gap from kill -9 of the leader to the first
// acknowledged write through a surviving node, and the time a node that missed N
// writes takes to catch up. Usage: node scripts/run-ts.js bench/failover.ts [kills] [writes]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
const kills = Number(process.argv[2] ?? 10);
const missedWrites = Number(process.argv[3] ?? 100_000);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paxoskv-failover-'));
const env = { ...process.env, PAXOSKV_RUN_DIR: runDir };
const ports = [7100, 7101, 7102, 7103, 7104];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const startAll = (): string => execFileSync(path.join(root, 'run_all_servers'), ['--local'], { env, encoding: 'utf8' });
const pidOf = (i: number): number => Number(fs.readFileSync(path.join(runDir, 'pids', `container${i}.pid`), 'utf8'));

async function status(port: number): Promise<{ role: string; appliedSlot: number } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/status`, { signal: AbortSignal.timeout(500) });
    return res.ok ? (await res.json()) as { role: string; appliedSlot: number } : null;
  } catch {
    return null;
  }
}

async function put(port: number, key: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/kv/${key}`, { method: 'PUT', body: '{"value":"x"}', signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

async function leaderIndex(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const all = await Promise.all(ports.map(status));
    const i = all.findIndex((s) => s?.role === 'leader');
    if (i >= 0) return i;
    await sleep(50);
  }
  throw new Error('no leader');
}

async function converged(deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const all = await Promise.all(ports.map(status));
    if (all.every((s) => s !== null && s.appliedSlot === all[0]!.appliedSlot)) return true;
    await sleep(20);
  }
  return false;
}

async function main(): Promise<void> {
  startAll();
  const gaps: number[] = [];
  for (let k = 0; k < kills; k++) {
    const leader = await leaderIndex();
    await put(ports[(leader + 1) % 5]!, `warm-${k}`, 5000);
    const killedAt = performance.now();
    process.kill(pidOf(leader), 'SIGKILL');
    let n = 0;
    while (!(await put(ports[(leader + 1 + (n++ % 4)) % 5]!, `after-${k}-${n}`, 300))) { /* keep trying */ }
    const gap = performance.now() - killedAt;
    gaps.push(gap);
    console.log(`kill ${k + 1}: leader container${leader}, first acknowledged write after ${gap.toFixed(0)} ms`);
    startAll();
    await converged(30_000);
  }
  gaps.sort((a, b) => a - b);
  console.log(`failover gap over ${kills} kills: median ${gaps[Math.floor(gaps.length / 2)]!.toFixed(0)} ms, min ${gaps[0]!.toFixed(0)}, max ${gaps[gaps.length - 1]!.toFixed(0)}`);

  if (missedWrites > 0) {
    const leader = await leaderIndex();
    const victim = (leader + 2) % 5;
    process.kill(pidOf(victim), 'SIGKILL');
    const writeStarted = performance.now();
    let done = 0;
    const worker = async (w: number): Promise<void> => {
      while (done < missedWrites) {
        const i = done++;
        if (!(await put(ports[leader]!, `missed-${w}-${i % 10000}`, 5000))) done--;
      }
    };
    await Promise.all(Array.from({ length: 64 }, (_, w) => worker(w)));
    console.log(`${missedWrites} writes while container${victim} was down took ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`);
    const restartAt = performance.now();
    startAll();
    const ok = await converged(300_000);
    console.log(`container${victim} caught up ${ok ? 'in' : 'NOT within'} ${((performance.now() - restartAt) / 1000).toFixed(2)} s after restart (process start included)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
}).finally(() => {
  try { execFileSync(path.join(root, 'run_all_servers'), ['--wipe', '--yes'], { env, stdio: 'ignore' }); } catch { /* best effort */ }
  fs.rmSync(runDir, { recursive: true, force: true });
});
