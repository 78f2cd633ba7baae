// Run in its own process by server/node/idle-gc.test.ts: a quiet process (nothing else
// would start a major GC in the next seconds) calls requestMajorGc once and reports the
// major GCs that follow within PROBE_MS, as one JSON line on stdout.
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { requestMajorGc } from '../../server/node/idle-gc';

const SETTLE_MS = 500;
const PROBE_MS = 3_000;

const majors: Array<{ flags: number }> = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const detail = (entry as { detail?: { kind?: number; flags?: number } }).detail;
    if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push({ flags: detail.flags ?? 0 });
  }
});

setTimeout(() => {
  observer.observe({ entryTypes: ['gc'] });
  requestMajorGc(getHeapStatistics().external_memory);
  const started = Date.now();
  const poll = setInterval(() => {
    if (majors.length === 0 && Date.now() - started < PROBE_MS) return;
    clearInterval(poll);
    observer.disconnect();
    process.stdout.write(JSON.stringify({ majors, forcedFlag: constants.NODE_PERFORMANCE_GC_FLAGS_FORCED }) + '\n');
  }, 10);
}, SETTLE_MS);
