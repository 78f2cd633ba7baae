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
  /** Committed to V8's young generation: it grows under load and shrinks only at some later GCs. */
  newSpaceBytes: number | null;
  /** Committed to V8's old space but not used: garbage not yet swept, or pages left fragmented. */
  oldSpaceFreeBytes: number | null;
}

const METRIC_PREFIX = 'paxoskv_process_';

export async function memorySample(endpoint: Endpoint, pid: number | null): Promise<MemorySample> {
  const sample: MemorySample = {
    rssBytes: pid === null ? null : processRssBytes(pid), heapUsedBytes: null, heapTotalBytes: null, externalBytes: null,
    newSpaceBytes: null, oldSpaceFreeBytes: null,
  };
  try {
    const response = await fetch(`http://${endpoint.host}:${endpoint.port}/metrics`, { signal: AbortSignal.timeout(5000) });
    const text = await response.text();
    const read = (name: string, labels = ''): number | null => {
      const literal = `${METRIC_PREFIX}${name}${labels}`.replace(/[{}]/g, '\\$&');
      const match = new RegExp(`^${literal} ([0-9.e+]+)$`, 'm').exec(text);
      return match === null ? null : Number(match[1]);
    };
    sample.heapUsedBytes = read('nodejs_heap_size_used_bytes');
    sample.heapTotalBytes = read('nodejs_heap_size_total_bytes');
    sample.externalBytes = read('nodejs_external_memory_bytes');
    sample.newSpaceBytes = read('nodejs_heap_space_size_total_bytes', '{space="new"}');
    const oldTotal = read('nodejs_heap_space_size_total_bytes', '{space="old"}');
    const oldUsed = read('nodejs_heap_space_size_used_bytes', '{space="old"}');
    sample.oldSpaceFreeBytes = oldTotal === null || oldUsed === null ? null : oldTotal - oldUsed;
  } catch {
    // Not answering (restarting, or busy past the timeout): RSS alone.
  }
  return sample;
}

const mb = (bytes: number | null): string => (bytes === null ? '-' : (bytes / (1024 * 1024)).toFixed(1));

/** One table of samples, one line per member, with RSS against the raw data size. */
export function formatMemoryTable(title: string, names: readonly string[], samples: readonly MemorySample[], rawBytes: number): string[] {
  const lines = [`${title}:`, '  node         RSS MiB  RSS/raw  heapUsed  heapTotal  external  new space  old unused'];
  names.forEach((name, i) => {
    const s = samples[i]!;
    const ratio = s.rssBytes === null ? '-' : (s.rssBytes / rawBytes).toFixed(2) + '×';
    lines.push(`  ${name.padEnd(11)} ${mb(s.rssBytes).padStart(8)} ${ratio.padStart(8)} ${mb(s.heapUsedBytes).padStart(9)} ${
      mb(s.heapTotalBytes).padStart(10)} ${mb(s.externalBytes).padStart(9)} ${mb(s.newSpaceBytes).padStart(10)} ${mb(s.oldSpaceFreeBytes).padStart(11)}`);
  });
  return lines;
}
