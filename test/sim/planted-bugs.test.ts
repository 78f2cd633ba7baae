// Proof that the simulator can fail: each known bug planted in the core is caught
// within the CI seed budget, and the failure names a seed that replays.
import { PLANTED_BUGS, type PlantedBugName } from './planted';
import { sweep } from './sweep';
import { DEFAULT_SIM_OPTIONS, runSimulation } from './world';

const SEED_BUDGET = 300;

describe.each(Object.keys(PLANTED_BUGS) as PlantedBugName[])('planted bug %s', (bug) => {
  it('is caught within the CI seed budget, and its seed replays the same failure', () => {
    const result = sweep({ firstSeed: 1, seeds: SEED_BUDGET, base: { nodes: 5, planted: PLANTED_BUGS[bug] }, stopAtFirstFailure: true });
    expect(result.failures).toHaveLength(1);
    const failure = result.failures[0]!;
    console.log(`planted bug ${bug}: caught after ${result.firstFailureAfter} seeds (seed=${failure.seed}): ${failure.failure}`);
    // Caught by a checker, or by the core's own invariant assertion crashing the node.
    expect(failure.failure).toMatch(/^(SAFETY: |CRASH: Error: SAFETY VIOLATION)/);
    const replay = runSimulation({ ...DEFAULT_SIM_OPTIONS, seed: failure.seed, planted: PLANTED_BUGS[bug] });
    // A crash's stack trace depends on who called the simulation; the rest must match.
    const withoutStack = (text: string | null): string | null => text && text.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
    expect(withoutStack(replay.failure)).toBe(withoutStack(failure.failure));
  });
});
