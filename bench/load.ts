// The closed-loop load generator: `concurrency` workers, each with one request in flight,
// spread over the members; a warm-up, then a fixed measured window. Every loop stops by
// itself at its deadline. Measures throughput, latency percentiles, server CPU per
// operation (utime + stime summed over the server pids), client CPU and server RSS.
import { httpRequest } from '../client/http-request';
import { baseUrl, type Cluster } from './clusters';
import type { Driver } from './drivers';
import { processRssBytes, totalCpuMicros } from './proc';

export const WORKLOADS = ['write', 'read', 'stale', 'mixed', 'cas', 'write-1k', 'write-10k'] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

export interface KeySpace {
  keys: number;
  /** Default value size (bytes). */
  valueBytes: number;
}

/** What the bench believes each key holds (for cas); updated by every successful write. */
export class KnownValues {
  readonly values: Array<string | null>;
  constructor(keys: number) {
    this.values = new Array<string | null>(keys).fill(null);
  }
}

/** 16-byte keys: "k" + 15 digits. */
export function keyOf(index: number): string {
  return 'k' + String(index).padStart(15, '0');
}

const FILLER = (() => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < 16 * 1024; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
})();
let valueCounter = 0;

/**
 * A fresh ASCII value of exactly `bytes` bytes (distinct from recent ones: it starts with a
 * counter). Built as counter + a slice of the shared filler: slicing a concatenation instead
 * would flatten it and keep a 16 KiB parent string alive behind every value.
 */
export function makeValue(bytes: number): string {
  const tag = (valueCounter++).toString(36) + '-';
  let value = tag.slice(0, bytes);
  while (value.length < bytes) value += FILLER.slice(0, Math.min(FILLER.length, bytes - value.length));
  return value;
}

export function valueBytesOf(workload: WorkloadName, space: KeySpace): number {
  if (workload === 'write-1k') return 1024;
  if (workload === 'write-10k') return 10 * 1024;
  return space.valueBytes;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export interface PointResult {
  target: string;
  driver: string;
  workload: WorkloadName;
  concurrency: number;
  valueBytes: number;
  round: number;
  measuredSeconds: number;
  ops: number;
  errors: number;
  firstError: string | null;
  casConflicts: number;
  throughput: number;
  /** Milliseconds. */
  latencyMs: LatencySummary;
  serverCpuUsPerOp: number | null;
  /** Cores busy on average over the window, summed over the servers. */
  serverCpuCores: number | null;
  clientCpuUsPerOp: number;
  serverRssMb: Array<number | null>;
  /** paxoskv only: client commands per chosen slot in the window (batching), from /metrics. */
  commandsPerSlot?: number | null;
}

/** paxoskv counters from one member's /metrics; null when it does not answer. */
async function paxosCounters(cluster: Cluster): Promise<{ commands: number; slots: number } | null> {
  if (cluster.kind !== 'paxoskv') return null;
  const e = cluster.endpoints[0];
  try {
    const { text } = await httpRequest(`${baseUrl(e)}/metrics`, { timeoutMs: 2000, ...(e.ca !== undefined ? { ca: e.ca } : {}) });
    const read = (name: string): number => {
      const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
      return match === null ? NaN : Number(match[1]);
    };
    return { commands: read('paxoskv_applied_commands_total'), slots: read('paxoskv_chosen_slots_total') };
  } catch {
    return null;
  }
}

export interface PointSpec {
  target: string;
  cluster: Cluster;
  driver: Driver;
  workload: WorkloadName;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  space: KeySpace;
  known: KnownValues;
  round: number;
  onProgress?: (fraction: number, ops: number) => void;
}

type Operation = (worker: number) => Promise<void>;

function randomInt(n: number): number {
  return Math.floor(Math.random() * n);
}

function operationFor(spec: PointSpec, counters: { casConflicts: number }): Operation {
  const { driver, space, known, concurrency } = spec;
  const members = spec.cluster.endpoints.length;
  const valueBytes = valueBytesOf(spec.workload, space);
  const put = async (worker: number): Promise<void> => {
    const index = randomInt(space.keys);
    const value = makeValue(valueBytes);
    await driver.put(worker % members, keyOf(index), value);
    known.values[index] = value;
  };
  const get = (stale: boolean) => async (worker: number): Promise<void> => {
    await driver.get(worker % members, keyOf(randomInt(space.keys)), stale);
  };
  switch (spec.workload) {
    case 'write':
    case 'write-1k':
    case 'write-10k':
      return put;
    case 'read':
      return get(false);
    case 'stale':
      return get(true);
    case 'mixed': {
      const read = get(false);
      return (worker) => (Math.random() < 0.5 ? read(worker) : put(worker));
    }
    case 'cas':
      // Worker w owns keys ≡ w (mod concurrency), so it knows their values and cas succeeds
      // unless an earlier write's outcome was unknown (then the answer corrects us).
      return async (worker) => {
        const owned = Math.floor((space.keys - 1 - worker) / concurrency) + 1;
        const index = worker + concurrency * randomInt(Math.max(1, owned));
        const value = makeValue(valueBytes);
        const outcome = await driver.cas(worker % members, keyOf(index), known.values[index], value);
        known.values[index] = outcome.current;
        if (!outcome.ok) counters.casConflicts++;
      };
  }
}

export function summarize(latencies: Float64Array): LatencySummary {
  if (latencies.length === 0) return { mean: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0 };
  const sorted = latencies.slice().sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  let sum = 0;
  for (const v of sorted) sum += v;
  return { mean: sum / sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), p999: at(0.999), max: sorted[sorted.length - 1] };
}

/** A growable Float64Array: latencies without boxing. */
class Samples {
  private data = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

const ERROR_PAUSE_MS = 20;
const PROGRESS_INTERVAL_MS = 250;

export async function runPoint(spec: PointSpec): Promise<PointResult> {
  const counters = { casConflicts: 0 };
  const operation = operationFor(spec, counters);
  const pids = spec.cluster.pids().filter((p): p is number => p !== null);
  const knowAllPids = pids.length === spec.cluster.endpoints.length;
  const samples = new Samples();
  let ops = 0;
  let errors = 0;
  let firstError: string | null = null;
  let measuring = false;
  const startMs = performance.now();
  const measureStartMs = startMs + spec.warmupMs;
  const endMs = measureStartMs + spec.durationMs;
  let serverCpuStart = 0;
  let clientCpuStart = process.cpuUsage();
  let windowStartMs = measureStartMs;

  let countersStart: Promise<{ commands: number; slots: number } | null> = Promise.resolve(null);
  const startWindow = (): void => {
    countersStart = paxosCounters(spec.cluster);
    serverCpuStart = totalCpuMicros(pids);
    clientCpuStart = process.cpuUsage();
    windowStartMs = performance.now();
    measuring = true;
  };
  let windowEnd: { ms: number; serverCpu: number; clientCpu: NodeJS.CpuUsage } | null = null;
  const endWindow = (): void => {
    if (windowEnd !== null) return;
    measuring = false;
    windowEnd = { ms: performance.now(), serverCpu: totalCpuMicros(pids), clientCpu: process.cpuUsage(clientCpuStart) };
  };
  const startTimer = setTimeout(startWindow, spec.warmupMs);
  const endTimer = setTimeout(endWindow, spec.warmupMs + spec.durationMs);
  const progressTimer = setInterval(() => {
    spec.onProgress?.(Math.min(1, (performance.now() - startMs) / (endMs - startMs)), ops);
  }, PROGRESS_INTERVAL_MS);

  const worker = async (index: number): Promise<void> => {
    while (performance.now() < endMs) {
      const t0 = performance.now();
      try {
        await operation(index);
        if (measuring) {
          ops++;
          samples.push(performance.now() - t0);
        }
      } catch (error) {
        if (measuring) errors++;
        firstError ??= (error as Error).message;
        await new Promise((r) => setTimeout(r, ERROR_PAUSE_MS));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: spec.concurrency }, (_, i) => worker(i)));
  } finally {
    clearTimeout(startTimer);
    clearTimeout(endTimer);
    clearInterval(progressTimer);
  }
  if (!measuring && windowEnd === null && performance.now() < measureStartMs) startWindow();
  endWindow();
  const end = windowEnd as unknown as { ms: number; serverCpu: number; clientCpu: NodeJS.CpuUsage };
  const [before, after] = [await countersStart, await paxosCounters(spec.cluster)];
  const commandsPerSlot = before !== null && after !== null && after.slots > before.slots
    ? (after.commands - before.commands) / (after.slots - before.slots) : null;
  const seconds = Math.max(1e-9, (end.ms - windowStartMs) / 1000);
  const serverCpuUs = end.serverCpu - serverCpuStart;
  const clientCpuUs = end.clientCpu.user + end.clientCpu.system;
  return {
    target: spec.target,
    driver: spec.driver.name,
    workload: spec.workload,
    concurrency: spec.concurrency,
    valueBytes: valueBytesOf(spec.workload, spec.space),
    round: spec.round,
    measuredSeconds: seconds,
    ops,
    errors,
    firstError,
    casConflicts: counters.casConflicts,
    throughput: ops / seconds,
    latencyMs: summarize(samples.values()),
    serverCpuUsPerOp: knowAllPids && ops > 0 ? serverCpuUs / ops : null,
    serverCpuCores: knowAllPids ? serverCpuUs / 1e6 / seconds : null,
    clientCpuUsPerOp: ops > 0 ? clientCpuUs / ops : 0,
    serverRssMb: spec.cluster.pids().map((pid) => {
      const rss = pid === null ? null : processRssBytes(pid);
      return rss === null ? null : rss / (1024 * 1024);
    }),
    commandsPerSlot,
  };
}

/** Writes keys [0, keys) with `valueBytes` values (remembered in `known` unless null), `concurrency` at a time; bounded by `timeoutMs`. */
export async function preload(
  driver: Driver, members: number, space: KeySpace, known: KnownValues | null, concurrency: number, timeoutMs: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const deadline = performance.now() + timeoutMs;
  let failure: Error | null = null;
  const worker = async (w: number): Promise<void> => {
    while (failure === null && next < space.keys) {
      if (performance.now() > deadline) throw new Error(`preload: ${done}/${space.keys} keys written within ${timeoutMs} ms`);
      const index = next++;
      const value = makeValue(space.valueBytes);
      let attempts = 0;
      for (;;) {
        try {
          await driver.put(w % members, keyOf(index), value);
          break;
        } catch (error) {
          if (++attempts >= 5) {
            failure = error as Error;
            throw error;
          }
          await new Promise((r) => setTimeout(r, 100 * attempts));
        }
      }
      if (known !== null) known.values[index] = value;
      done++;
      if (done % 500 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, space.keys) }, (_, i) => worker(i)));
  onProgress?.(done);
}
