// Jest helper: one fault-suite scenario against real processes, in the style of the
// 6.5840 labs' tests ("Test: partitions, 5 clients ..."): run, print the summary table,
// expect PASS. The out dir (history.jsonl, timeline.html, logs) is removed on success and
// kept, with its path in the failure message, when the scenario fails.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runJepsen, type RunOptions } from './run';

export type Scenario = Omit<RunOptions, 'outDir' | 'log'>;

/** Shorter faults and quiet periods than the CLI's, so a 15–20 s run sees several. */
export const QUICK_TIMING = { faultMs: [1500, 3500] as const, quietMs: [1000, 2000] as const };

export async function expectScenarioPasses(title: string, scenario: Scenario): Promise<void> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-jepsen-test-'));
  const result = await runJepsen({ checkTimeoutMs: 30_000, convergeTimeoutMs: 30_000, ...scenario, outDir });
  console.log(`Test: ${title}\n${result.table}`);
  if (result.verdict === 'PASS') {
    rmSync(outDir, { recursive: true, force: true });
    return;
  }
  throw new Error(`${title}: ${result.verdict} (seed ${scenario.seed}); history, timeline and logs kept in ${outDir}\n`
    + result.problems.map((p) => `  - ${p}`).join('\n'));
}

/** A seed from PAXOSKV_JEPSEN_SEED (to replay a failure), else a fixed default. */
export function seed(fallback: number): number {
  const fromEnv = Number(process.env.PAXOSKV_JEPSEN_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
