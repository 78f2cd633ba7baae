// npm run jepsen -- --time 60 --nemesis all|kill|pause|partition|wipe|none --clients 5 --seed N --out DIR
//   [--snapshot-log-bytes N] [--check-timeout S] [--dist]
// Exit code: 0 PASS, 1 FAIL, 3 UNKNOWN (checker out of budget), 2 usage error, 130 interrupted.
import os from 'node:os';
import path from 'node:path';
import { NEMESIS_MODES, type NemesisMode } from './nemesis';
import { abortActiveRun, runJepsen } from './run';

const USAGE = `usage: npm run jepsen -- [--time SECONDS] [--nemesis ${NEMESIS_MODES.join('|')}] [--clients N] [--seed N] [--out DIR]
                        [--snapshot-log-bytes N] [--check-timeout SECONDS] [--dist]`;

interface CliOptions {
  timeS: number;
  nemesis: NemesisMode;
  clients: number;
  seed: number;
  out: string | null;
  snapshotLogBytes: number | undefined;
  checkTimeoutS: number;
  dist: boolean;
}

function parse(argv: string[]): CliOptions {
  const options: CliOptions = {
    timeS: 60, nemesis: 'all', clients: 5, seed: Date.now() % 1_000_000, out: null, snapshotLogBytes: undefined, checkTimeoutS: 120, dist: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v!;
    };
    const number = (min: number, max: number): number => {
      const v = Number(value());
      if (!Number.isInteger(v) || v < min || v > max) usage(`${flag} must be an integer from ${min} to ${max}`);
      return v;
    };
    switch (flag) {
      case '--time': options.timeS = number(1, 24 * 3600); break;
      case '--clients': options.clients = number(1, 64); break;
      case '--seed': options.seed = number(0, 2 ** 31 - 1); break;
      case '--out': options.out = value(); break;
      case '--snapshot-log-bytes': options.snapshotLogBytes = number(1024, 2 ** 40); break;
      case '--check-timeout': options.checkTimeoutS = number(1, 3600); break;
      case '--dist': options.dist = true; break;
      case '--nemesis': {
        const v = value();
        if (!(NEMESIS_MODES as readonly string[]).includes(v)) usage(`--nemesis must be one of ${NEMESIS_MODES.join(', ')}`);
        options.nemesis = v as NemesisMode;
        break;
      }
      case '--help': case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default: usage(`unknown argument ${flag}`);
    }
  }
  return options;
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const out = path.resolve(options.out ?? path.join(os.tmpdir(), `paxoskv-jepsen-${options.nemesis}-${options.seed}`));
  let interrupted = false;
  const onSignal = (signal: string): void => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the nemesis, killing the servers, cleaning up`);
    abortActiveRun().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  const stamp = (line: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const result = await runJepsen({
    timeMs: options.timeS * 1000, nemesis: options.nemesis, clients: options.clients, seed: options.seed, outDir: out,
    snapshotLogBytes: options.snapshotLogBytes, checkTimeoutMs: options.checkTimeoutS * 1000, useDist: options.dist, log: stamp,
  });
  console.log(`\n${result.table}\n`);
  if (result.check.explanation !== undefined) console.log(`${result.check.explanation.summary}\n`);
  console.log(`history:  ${path.join(out, 'history.jsonl')}\ntimeline: ${path.join(out, 'timeline.html')}\nlogs:     ${path.join(out, 'logs')}`);
  process.exit(result.verdict === 'PASS' ? 0 : result.verdict === 'UNKNOWN' ? 3 : 1);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  await abortActiveRun();
  process.exit(1);
});
