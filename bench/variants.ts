// Variants: more local paxoskv clusters beside the plain one, each differing in what its
// servers run (an earlier commit's build, environment variables, node flags), so that a
// change is measured against what it replaced in turns within one run (the machines here
// are too noisy for two separate runs to compare).
//
//   --variant 'before @895a2e6'                                   an earlier commit, built once
//   --variant 'mmap4k GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4096'
//   --variant 'semi --max-semi-space-size=32'                     a node flag
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Variant {
  /** Shown as the target `paxoskv/<name>`. */
  readonly name: string;
  /** A git ref to build and run instead of this checkout; null: this checkout. */
  readonly ref: string | null;
  /** Environment set for the servers (an empty value sets the variable empty). */
  readonly env: Readonly<Record<string, string>>;
  /** Node flags for the servers, after --node-flags. */
  readonly nodeFlags: readonly string[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ENV = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/**
 * `NAME SETTING...`, whitespace-separated; a setting is `@REF` (at most one), `--flag`
 * (a node flag, with its value joined by `=`), or `KEY=VALUE` (an environment variable).
 */
export function parseVariant(spec: string): Variant {
  const [name, ...settings] = spec.trim().split(/\s+/).filter((s) => s !== '');
  if (name === undefined || !NAME.test(name)) {
    throw new Error(`--variant "${spec}": begins with a name (letters, digits, . _ -), then settings`);
  }
  let ref: string | null = null;
  const env: Record<string, string> = {};
  const nodeFlags: string[] = [];
  for (const setting of settings) {
    const envMatch = ENV.exec(setting);
    if (setting.startsWith('@') && setting.length > 1) {
      if (ref !== null) throw new Error(`--variant "${spec}": more than one @REF`);
      ref = setting.slice(1);
    } else if (setting.startsWith('--') && setting.length > 2) {
      nodeFlags.push(setting);
    } else if (envMatch !== null) {
      env[envMatch[1]] = envMatch[2];
    } else {
      throw new Error(`--variant "${spec}": "${setting}" is none of @REF, --node-flag, KEY=VALUE`);
    }
  }
  return { name, ref, env, nodeFlags };
}

/** Marks a build directory as complete: a build cut short is redone, never half-used. */
const BUILT_MARKER = '.paxoskv-bench-built';

/**
 * The root of a built checkout of `ref` (its dist/server/main.js), made once per commit in
 * the temp dir and reused by later runs: the commit's files (git archive), its own locked
 * dependencies (npm ci, or npm install where that lock file is refused) and its own
 * build. `log` says what is happening; the commands' output goes to build.log there.
 */
export function buildRef(repoRoot: string, ref: string, log: (line: string) => void): string {
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new Error(`--variant @${ref}: no such commit in ${repoRoot}`);
  }
  const dir = join(tmpdir(), `paxoskv-build-${sha.slice(0, 12)}`);
  if (existsSync(join(dir, BUILT_MARKER))) {
    log(`variant build of ${ref} (${sha.slice(0, 12)}): reusing ${dir}`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`variant build of ${ref} (${sha.slice(0, 12)}): npm ci and npm run build in ${dir} (output in build.log)`);
  const archive = execFileSync('git', ['archive', '--format=tar', sha], { cwd: repoRoot, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const logFd = openSync(join(dir, 'build.log'), 'a');
  try {
    const run = (args: string[]): void => {
      execFileSync('npm', args, { cwd: dir, stdio: ['ignore', logFd, logFd], timeout: 600_000, env: { ...process.env, CI: 'true' } });
    };
    try {
      run(['ci', '--no-audit', '--no-fund']);
    } catch {
      // Some early commits' lock files miss optional platform packages that npm ci insists on.
      log(`variant build of ${ref}: npm ci refused its lock file; npm install instead`);
      run(['install', '--no-audit', '--no-fund']);
    }
    run(['run', 'build']);
  } catch (error) {
    throw new Error(`variant build of ${ref} failed (see ${join(dir, 'build.log')}): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    closeSync(logFd);
  }
  if (!existsSync(join(dir, 'dist', 'server', 'main.js'))) throw new Error(`variant build of ${ref}: no dist/server/main.js in ${dir}`);
  writeFileSync(join(dir, BUILT_MARKER), `${sha}\n`);
  return dir;
}
