// Runs many seeds and collects the failures (used by the CLI and the jest sweep).
import { DEFAULT_SIM_OPTIONS, runSimulation, type SimOptions, type SimResult } from './world';

export interface SweepOptions {
  readonly firstSeed: number;
  readonly seeds: number;
  readonly base?: Partial<Omit<SimOptions, 'seed'>>;
  /** Vary cluster size across seeds (5 mostly, 3 and 7 too) unless base.nodes is set. */
  readonly varySize?: boolean;
  readonly stopAtFirstFailure?: boolean;
  readonly onProgress?: (done: number, total: number, failures: number) => void;
}

export interface SweepResult {
  readonly runs: number;
  readonly failures: SimResult[];
  readonly firstFailureAfter: number | null;
  readonly chosenSlots: number;
  readonly acknowledged: number;
  readonly crashes: number;
  readonly wipes: number;
}

export function nodesForSeed(seed: number): number {
  const r = seed % 10;
  return r === 3 ? 3 : r === 7 ? 7 : 5;
}

export function sweep(options: SweepOptions): SweepResult {
  const failures: SimResult[] = [];
  let chosenSlots = 0;
  let acknowledged = 0;
  let crashes = 0;
  let wipes = 0;
  let firstFailureAfter: number | null = null;
  let runs = 0;
  for (let i = 0; i < options.seeds; i++) {
    const seed = options.firstSeed + i;
    const nodes = options.base?.nodes ?? (options.varySize ? nodesForSeed(seed) : 5);
    const result = runSimulation({ ...DEFAULT_SIM_OPTIONS, ...options.base, nodes, seed });
    runs++;
    chosenSlots += result.stats.chosenSlots;
    acknowledged += result.stats.acknowledged;
    crashes += result.stats.crashes;
    wipes += result.stats.wipes;
    if (!result.ok) {
      failures.push(result);
      if (firstFailureAfter === null) firstFailureAfter = i + 1;
      if (options.stopAtFirstFailure) break;
    }
    options.onProgress?.(i + 1, options.seeds, failures.length);
  }
  return { runs, failures, firstFailureAfter, chosenSlots, acknowledged, crashes, wipes };
}
