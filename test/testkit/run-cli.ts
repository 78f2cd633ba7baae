// Runs the paxoskv CLI (client/cli.ts from source) as a child process, bounded in time.
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_TIMEOUT_MS = 60_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  /** Added to this process's environment. */
  readonly env?: Record<string, string>;
  /** Fed on stdin, which is then closed. */
  readonly input?: string;
  readonly timeoutMs?: number;
}

export function runCli(args: readonly string[], run: CliRun = {}): Promise<CliResult> {
  const { env = {}, input = '', timeoutMs = DEFAULT_TIMEOUT_MS } = run;
  return new Promise((resolve, reject) => {
    const childEnv = { ...process.env, ...env };
    // The outer environment must not lend the child a token or CA the test did not give it.
    for (const name of ['PAXOSKV_TOKEN', 'PAXOSKV_CA']) if (!(name in env)) delete childEnv[name];
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'run-ts.js'), 'client/cli.ts', ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cli ${args.join(' ')} did not finish within ${timeoutMs} ms; stdout: ${stdout}; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
