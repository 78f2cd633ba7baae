// `npm run sim -- [--seed N [--trace]] [--seeds COUNT] [--first N] [--nodes 3|5|7] [--plant BUG] [--profile JSON]`
// Replays one seed with a readable trace, or sweeps many and prints any failing seed.
import { DEFAULT_SIM_OPTIONS, formatFailure, runSimulation, type FaultProfile } from './world';
import { sweep } from './sweep';
import { PLANTED_BUGS, type PlantedBugName } from './planted';
import { ProgressLine } from './progress';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  if (process.argv.includes('--help')) {
    console.log('usage: npm run sim -- [--seed N [--trace]] [--seeds COUNT] [--first N] [--nodes 3|5|7] [--plant ' + Object.keys(PLANTED_BUGS).join('|') + ']');
    return 0;
  }
  const plant = argValue('--plant') as PlantedBugName | undefined;
  if (plant !== undefined && !(plant in PLANTED_BUGS)) {
    console.error(`unknown planted bug "${plant}"; choose one of ${Object.keys(PLANTED_BUGS).join(', ')}`);
    return 2;
  }
  const planted = plant ? PLANTED_BUGS[plant] : {};
  const nodesArg = argValue('--nodes');
  const nodes = nodesArg ? Number(nodesArg) : undefined;
  const profileArg = argValue('--profile');
  const profile = profileArg ? JSON.parse(profileArg) as Partial<FaultProfile> : undefined;
  const seedArg = argValue('--seed');
  if (seedArg !== undefined) {
    const seed = Number(seedArg);
    const result = runSimulation({ ...DEFAULT_SIM_OPTIONS, nodes: nodes ?? 5, seed, planted, profile, trace: process.argv.includes('--trace') });
    if (result.ok) {
      console.log(`seed=${seed} ok: ${result.stats.chosenSlots} slots chosen, ${result.stats.acknowledged} commands acknowledged, ${result.stats.crashes} crashes, ${result.stats.wipes} disk wipes, ${result.stats.messages} messages, ${result.stats.virtualMs.toFixed(0)} virtual ms`);
      return 0;
    }
    console.log(formatFailure(result));
    return 1;
  }
  const seeds = Number(argValue('--seeds') ?? 300);
  const first = Number(argValue('--first') ?? 1);
  const started = Date.now();
  const progress = new ProgressLine('simulated seeds', seeds);
  const result = sweep({
    firstSeed: first, seeds, base: { ...(nodes ? { nodes } : {}), planted, profile }, varySize: nodes === undefined,
    onProgress: (done, _total, failures) => progress.update(done, failures ? `${failures} failing` : ''),
  });
  progress.finish();
  const seconds = (Date.now() - started) / 1000;
  for (const failure of result.failures.slice(0, 5)) console.log(formatFailure(failure) + '\n');
  console.log(`${result.runs} seeds in ${seconds.toFixed(1)} s: ${result.failures.length} failing; ${result.chosenSlots} slots chosen, ${result.acknowledged} commands acknowledged, ${result.crashes} crashes, ${result.wipes} disk wipes`);
  if (result.failures.length > 0) console.log(`failing seeds: ${result.failures.map((f) => f.seed).join(' ')}`);
  return result.failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
