// Memory readings of one local paxoskv member: RSS from /proc, and the V8 heap and
// external (Buffer) memory from the member's /metrics (prom-client's default process
// metrics), to tell where the resident memory goes.
import type { Endpoint } from './clusters';
import { processRssBytes } from './proc';

export interface MemorySample {
  rssBytes: number | null;
  heapUsedBytes: number | null;
  heapTotalBytes: number | null;
  externalBytes: number | null;
}

const METRIC_PREFIX = 'paxoskv_process_';

export async function memorySample(endpoint: Endpoint, pid: number | null): Promise<MemorySample> {
  const sample: MemorySample = { rssBytes: pid === null ? null : processRssBytes(pid), heapUsedBytes: null, heapTotalBytes: null, externalBytes: null };
  try {
    const response = await fetch(`http://${endpoint.host}:${endpoint.port}/metrics`, { signal: AbortSignal.timeout(5000) });
    const text = await response.text();
    const read = (name: string): number | null => {
      const match = new RegExp(`^${METRIC_PREFIX}${name} ([0-9.e+]+)$`, 'm').exec(text);
      return match === null ? null : Number(match[1]);
    };
    sample.heapUsedBytes = read('nodejs_heap_size_used_bytes');
    sample.heapTotalBytes = read('nodejs_heap_size_total_bytes');
    sample.externalBytes = read('nodejs_external_memory_bytes');
  } catch {
    // Not answering (restarting, or busy past the timeout): RSS alone.
  }
  return sample;
}

const mb = (bytes: number | null): string => (bytes === null ? '-' : (bytes / (1024 * 1024)).toFixed(1));

/** One table of samples, one line per member, with RSS against the raw data size. */
export function formatMemoryTable(title: string, names: readonly string[], samples: readonly MemorySample[], rawBytes: number): string[] {
  const lines = [`${title}:`, '  node         RSS MiB  RSS/raw  heapUsed  heapTotal  external'];
  names.forEach((name, i) => {
    const s = samples[i]!;
    const ratio = s.rssBytes === null ? '-' : (s.rssBytes / rawBytes).toFixed(2) + '×';
    lines.push(`  ${name.padEnd(11)} ${mb(s.rssBytes).padStart(8)} ${ratio.padStart(8)} ${mb(s.heapUsedBytes).padStart(9)} ${
      mb(s.heapTotalBytes).padStart(10)} ${mb(s.externalBytes).padStart(9)}`);
  });
  return lines;
}
