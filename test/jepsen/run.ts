// One fault-suite run: start five real nodes behind the proxies, run the clients and the
// nemesis for the given time, heal and restart everything, wait for convergence, read every
// key through every node, check the history for linearizability and the appends for
// exactly-once, and write history.jsonl, timeline.html and summary.txt into the out dir.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkHistory, formatExplanation, type CheckResult } from '../lin';
import { admittedIn, JepsenCluster, sleep } from './cluster';
import { Nemesis, type NemesisMode } from './nemesis';
import { Recorder } from './recorder';
import { formatSummary, summarize, timelineHtml, type Summary } from './report';
import { Rng } from './rng';
import { Workload, type WorkloadOptions } from './workload';

export interface RunOptions {
  readonly timeMs: number;
  readonly nemesis: NemesisMode;
  readonly clients: number;
  readonly seed: number;
  readonly outDir: string;
  readonly snapshotLogBytes?: number;
  /** The servers' --request-timeout-ms. */
  readonly requestTimeoutMs?: number;
  readonly faultMs?: readonly [number, number];
  readonly quietMs?: readonly [number, number];
  readonly workload?: Partial<WorkloadOptions>;
  /** Budget of the linearizability search. */
  readonly checkTimeoutMs?: number;
  readonly convergeTimeoutMs?: number;
  readonly useDist?: boolean;
  /** Progress lines (the CLI prints them; tests stay quiet). */
  readonly log?: (line: string) => void;
}

export type Verdict = 'PASS' | 'FAIL' | 'UNKNOWN';

export interface RunResult {
  readonly verdict: Verdict;
  /** Why not PASS. */
  readonly problems: string[];
  readonly summary: Summary;
  readonly check: CheckResult;
  readonly outDir: string;
  readonly table: string;
}

/** Set while a run is in flight, so a SIGINT handler can clean up. */
let active: { cluster: JepsenCluster | null; nemesis: Nemesis | null } | null = null;

/** Stops the nemesis and every process of the run in flight (for SIGINT). */
export async function abortActiveRun(): Promise<void> {
  const run = active;
  active = null;
  run?.nemesis?.stop();
  await run?.cluster?.stop();
}

export async function runJepsen(options: RunOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.outDir, { recursive: true });
  const rng = new Rng(options.seed);
  active = { cluster: null, nemesis: null };
  log(`seed=${options.seed} nemesis=${options.nemesis} clients=${options.clients} time=${options.timeMs / 1000}s out=${options.outDir}`);
  const cluster = await JepsenCluster.start({
    logDir: path.join(options.outDir, 'logs'), snapshotLogBytes: options.snapshotLogBytes,
    requestTimeoutMs: options.requestTimeoutMs ?? 2000, useDist: options.useDist,
  });
  active.cluster = cluster;
  const problems: string[] = [];
  const recorder = new Recorder();
  try {
    const workload = new Workload(cluster, recorder, { clients: options.clients, ...options.workload }, rng.fork(1));
    const nemesis = new Nemesis(cluster, recorder, rng.fork(2), { mode: options.nemesis, faultMs: options.faultMs, quietMs: options.quietMs });
    active.nemesis = nemesis;
    log(`cluster up (leader ${cluster.nodes[(await cluster.leader()) ?? 0]!.name}); running`);
    const startedAt = recorder.now();
    const endAt = startedAt + options.timeMs;
    const progress = setInterval(() => log(progressLine(recorder)), 10_000);
    const monitor = new StatusMonitor(cluster, recorder, path.join(options.outDir, 'status.jsonl'));
    try {
      await Promise.all([workload.run(endAt), nemesis.run(endAt)]);
    } finally {
      clearInterval(progress);
    }
    const workloadEnd = recorder.now();

    log('healing: network, SIGCONT, restarting dead nodes; waiting for convergence');
    const heal = recorder.faultStart('heal', 'final heal + convergence');
    cluster.healAll();
    const converged = await converge(cluster, options.convergeTimeoutMs ?? 60_000, problems);
    recorder.faultEnd(heal);
    if (converged) await writesAfterHeal(cluster, recorder, options.clients, problems);
    await monitor.stop();
    const finals = await finalReads(cluster, recorder, workload, options.clients, converged, problems);
    checkAppends(recorder, workload, finals, problems);

    log(`checking linearizability of ${recorder.ops.length} operations`);
    const check = checkHistory(recorder.history(), { timeoutMs: options.checkTimeoutMs ?? 60_000 });
    if (check.result === 'illegal') {
      problems.push(`not linearizable: ${check.explanation?.summary ?? ''}`);
    } else if (check.result === 'unknown') {
      const keys = Object.entries(check.perKey).filter(([, k]) => k.result === 'unknown').map(([key]) => key);
      problems.push(`linearizability check ran out of budget on ${keys.join(', ')}`);
    }
    const explanation = check.explanation === undefined ? undefined : formatExplanation(check.explanation);
    const verdict: Verdict = problems.length === 0 ? 'PASS' : check.result === 'unknown' && problems.length === 1 ? 'UNKNOWN' : 'FAIL';
    const summary = summarize(recorder, { start: startedAt, end: workloadEnd }, verdict, problems);
    const table = formatSummary(summary, options);
    recorder.writeJsonl(path.join(options.outDir, 'history.jsonl'));
    writeFileSync(path.join(options.outDir, 'timeline.html'), timelineHtml(recorder, summary, check, explanation, options));
    writeFileSync(path.join(options.outDir, 'summary.txt'), `${table}\n${explanation ?? ''}\n`);
    return { verdict, problems, summary, check, outDir: options.outDir, table };
  } finally {
    active = null;
    await cluster.stop();
  }
}

function progressLine(recorder: Recorder): string {
  const ok = recorder.ops.filter((op) => op.status === 'ok').length;
  const open = recorder.faults.filter((f) => f.end === undefined).map((f) => f.label);
  return `t=${(recorder.now() / 1000).toFixed(0)}s ops=${recorder.ops.length} ok=${ok}${open.length > 0 ? ` faults: ${open.join('; ')}` : ''}`;
}

async function converge(cluster: JepsenCluster, timeoutMs: number, problems: string[]): Promise<boolean> {
  try {
    await cluster.waitConverged(timeoutMs);
    return true;
  } catch (error) {
    problems.push(`no convergence after the heal: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/**
 * Liveness after the heal: a write through every node must succeed within 15 s (each is
 * recorded in the history). True when all did; then waits for convergence again.
 */
async function writesAfterHeal(cluster: JepsenCluster, recorder: Recorder, clients: number, problems: string[]): Promise<boolean> {
  const failed: string[] = [];
  for (let i = 0; i < cluster.size; i++) {
    const key = `probe.${cluster.nodes[i]!.name}`;
    const op = recorder.invoke(clients, 'final', 'write', key, `after-heal-${i}`);
    const deadline = performance.now() + 15_000;
    let status = 0;
    let error = '';
    for (let attempt = 0; attempt < 50 && status !== 200 && performance.now() < deadline; attempt++) {
      try {
        const response = await fetch(cluster.url(i, `/v1/kv/${key}`), {
          method: 'PUT', headers: { 'content-type': 'application/json', 'client-id': `jepsen-final-${i}`, 'request-seq': '1' },
          body: JSON.stringify({ value: `after-heal-${i}` }), signal: AbortSignal.timeout(4000),
        });
        status = response.status;
        if (status !== 200) error = `HTTP ${status} ${await response.text()}`;
      } catch (e) {
        error = e instanceof Error ? e.name : String(e);
      }
      if (status !== 200) await sleep(300);
    }
    if (status === 200) recorder.complete(op, 'ok', null, { node: cluster.nodes[i]!.name });
    else {
      recorder.complete(op, 'unknown', undefined, { node: cluster.nodes[i]!.name, error });
      failed.push(`${cluster.nodes[i]!.name} (${error.slice(0, 120)})`);
    }
  }
  if (failed.length > 0) problems.push(`writes fail for 15 s after the heal and convergence, through ${failed.join(', ')}`);
  if (failed.length === 0) await converge(cluster, 20_000, problems);
  return failed.length === 0;
}

/** Final value per key (from the linearizable final read), or undefined when unreadable. */
type FinalValues = Map<string, string | null | undefined>;

/**
 * After convergence: one linearizable read of every key (recorded in the history, so every
 * unknown write must be settled by then), and a stale read of every key through every node,
 * which must all be identical.
 */
async function finalReads(cluster: JepsenCluster, recorder: Recorder, workload: Workload, clients: number,
  converged: boolean, problems: string[]): Promise<FinalValues> {
  const finals: FinalValues = new Map();
  const finalClient = clients;
  for (const { key } of workload.keys.allKeys) {
    const op = recorder.invoke(finalClient, 'final', 'read', key, null);
    let value: string | null | undefined;
    for (let attempt = 0; attempt < 20 && value === undefined; attempt++) {
      value = await getKey(cluster, attempt % cluster.size, key, false);
      if (value === undefined) await sleep(250);
    }
    if (value === undefined) {
      recorder.complete(op, 'unknown', undefined, { error: 'final read failed' });
      problems.push(`final linearizable read of ${key} failed`);
    } else {
      recorder.complete(op, 'ok', value, { node: cluster.nodes[0]!.name });
    }
    finals.set(key, value);
  }
  if (!converged) return finals;
  for (const { key } of workload.keys.allKeys) {
    const values = await Promise.all(cluster.nodes.map((_, i) => getKey(cluster, i, key, true)));
    const distinct = new Set(values.map((v) => JSON.stringify(v ?? '<no answer>')));
    if (distinct.size !== 1 || JSON.stringify(values[0]) !== JSON.stringify(finals.get(key))) {
      const shown = values.map((v, i) => `${cluster.nodes[i]!.name}=${JSON.stringify(v === undefined ? '<no answer>' : v)}`).join(' ');
      problems.push(`stale reads of ${key} differ after convergence: ${shown}; linearizable read: ${JSON.stringify(finals.get(key))}`);
    }
  }
  return finals;
}

/** A value (null: absent), or undefined when the node did not answer. */
async function getKey(cluster: JepsenCluster, node: number, key: string, stale: boolean): Promise<string | null | undefined> {
  try {
    const suffix = stale ? '?consistency=stale' : '';
    const response = await fetch(cluster.url(node, `/v1/kv/${encodeURIComponent(key)}${suffix}`), { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { value?: string; error?: { code?: string } };
    if (response.status === 200) return body.value ?? '';
    if (response.status === 404 && body.error?.code === 'NOT_FOUND') return null;
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every acknowledged append is in the final value exactly once; no token appears twice;
 * no token appears that was never appended or whose append definitely failed.
 */
function checkAppends(recorder: Recorder, workload: Workload, finals: FinalValues, problems: string[]): void {
  for (const { key, kind } of workload.keys.allKeys) {
    if (kind !== 'list') continue;
    const value = finals.get(key);
    if (value === undefined) continue;
    const counts = new Map<string, number>();
    for (const token of (value ?? '').split(';').filter((t) => t !== '')) counts.set(token, (counts.get(token) ?? 0) + 1);
    const appends = recorder.ops.filter((op) => op.key === key && op.kind === 'append');
    const attempted = new Map(appends.map((op) => [(op.input as string).replace(/;$/, ''), op]));
    for (const [token, count] of counts) {
      const op = attempted.get(token);
      if (count > 1) problems.push(`append ${token} to ${key} applied ${count} times (op #${op?.id ?? '?'}, ${op?.api ?? '?'})`);
      if (op === undefined) problems.push(`${key} holds ${token}, which no client appended`);
      else if (op.status === 'fail') problems.push(`${key} holds ${token}, whose append failed definitely (op #${op.id}: ${op.error ?? ''})`);
    }
    for (const op of appends) {
      const token = (op.input as string).replace(/;$/, '');
      if (op.status === 'ok' && !counts.has(token)) {
        problems.push(`acknowledged append ${token} (op #${op.id}, ${op.api}) is missing from the final value of ${key}`);
      }
    }
  }
}

/** Every second, each node's role, leader, slots and configuration epoch, to status.jsonl (for diagnosis). */
class StatusMonitor {
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(private readonly cluster: JepsenCluster, private readonly recorder: Recorder, private readonly file: string) {
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async loop(): Promise<void> {
    for (let n = 0; n < 100_000 && !this.stopped; n++) {
      const t = Math.round(this.recorder.now());
      const statuses = await this.cluster.statuses(800);
      const nodes = statuses.map((s, i) => {
        if (s === null) return { name: this.cluster.nodes[i]!.name, down: !this.cluster.running(i), paused: this.cluster.nodes[i]!.paused };
        const configuration = s.configuration as { epoch?: number } | undefined;
        return {
          name: s.name, role: s.role, leader: s.leader, ballot: s.ballot, chosen: s.chosenSlot, applied: s.appliedSlot,
          epoch: configuration?.epoch, admitted: statuses.every((r) => r === null) ? undefined : admittedIn(s, s, i),
          incarnation: s.incarnation, catchingUp: s.catchingUp, pendingWrites: s.pendingWrites,
        };
      });
      appendFileSync(this.file, `${JSON.stringify({ t, nodes })}\n`);
      await sleep(1000);
    }
  }
}
