// A harness for integration tests: five real paxoskv-server processes on 127.0.0.1,
// each with a free port and a temp data dir, run from source (scripts/run-ts.js) or
// from dist/ when built. stop() kills every process (SIGKILL after a grace period) and
// removes the temp dirs; tests call it in afterAll so nothing outlives a failure.
// With `tls`, scripts/make-certs.sh makes a CA and per-node certificates in the temp dir
// and the nodes serve https/wss; url(), status() and http() then speak https to them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, createWriteStream, type WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { httpRequest } from '../../client/http-request';
import { stablePorts } from '../../client/testing/ports';

const ROOT = path.resolve(__dirname, '..', '..');

export interface NodeStatus {
  name: string;
  role: string;
  leader: string | null;
  chosenSlot: number;
  appliedSlot: number;
  snapshotSlot?: number;
  [key: string]: unknown;
}

export interface ClusterOptions {
  readonly size?: number;
  readonly snapshotLogBytes?: number;
  readonly requestTimeoutMs?: number;
  readonly extraArgs?: readonly string[];
  /** A cluster secret for the peers (PAXOSKV_CLUSTER_SECRET); omitted: --insecure. */
  readonly secret?: string;
  /** Extra environment of every node (e.g. PAXOSKV_CLIENT_TOKENS_FILE). */
  readonly env?: Readonly<Record<string, string>>;
  /** Serve TLS with certificates scripts/make-certs.sh makes for this cluster (see caPath). */
  readonly tls?: boolean;
}

export interface HttpResult {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

interface NodeProcess {
  readonly name: string;
  readonly port: number;
  readonly dataDir: string;
  child: ChildProcess | null;
  log: WriteStream | null;
}


export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Cluster {
  readonly dir: string;
  readonly nodes: NodeProcess[] = [];
  /** Written by start(); the CLI and client tests point `-h` at it. */
  readonly hostfile: string;

  /** Last resort if the test process exits without stop(): no server outlives it. */
  private readonly onExit = (): void => {
    for (const node of this.nodes) node.child?.kill('SIGKILL');
  };

  private constructor(dir: string, private readonly options: ClusterOptions) {
    this.dir = dir;
    this.hostfile = path.join(dir, 'hostfile.txt');
    process.once('exit', this.onExit);
  }

  static async start(options: ClusterOptions = {}): Promise<Cluster> {
    const cluster = new Cluster(mkdtempSync(path.join(os.tmpdir(), 'paxoskv-it-')), options);
    const size = options.size ?? 5;
    const ports = await stablePorts(size);
    const lines: string[] = [];
    [...ports].forEach((port, i) => {
      const name = `node${i}`;
      lines.push(`${name} 127.0.0.1:${port}`);
      cluster.nodes.push({ name, port, dataDir: path.join(cluster.dir, name), child: null, log: null });
    });
    writeFileSync(cluster.hostfile, `${lines.join('\n')}\n`);
    try {
      if (options.tls === true) {
        execFileSync('bash', [path.join(ROOT, 'scripts', 'make-certs.sh'), '-h', cluster.hostfile, '-o', cluster.tlsDir], { stdio: 'ignore' });
      }
      for (let i = 0; i < size; i++) cluster.spawn(i);
      await cluster.waitForLeader(20_000);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** Where make-certs.sh puts the certificates (with `tls`). */
  get tlsDir(): string {
    return path.join(this.dir, 'tls');
  }

  /** The CA the nodes' certificates chain to, with `tls`; else undefined. */
  get caPath(): string | undefined {
    return this.options.tls === true ? path.join(this.tlsDir, 'ca.pem') : undefined;
  }

  url(i: number, pathname: string): string {
    return `${this.options.tls === true ? 'https' : 'http'}://127.0.0.1:${this.nodes[i]!.port}${pathname}`;
  }

  spawn(i: number): void {
    const node = this.nodes[i]!;
    if (node.child !== null) throw new Error(`${node.name} already running`);
    const built = path.join(ROOT, 'dist', 'server', 'main.js');
    const entry = process.env.PAXOSKV_IT_USE_DIST === '1' && existsSync(built)
      ? [built] : [path.join(ROOT, 'scripts', 'run-ts.js'), path.join(ROOT, 'server', 'main.ts')];
    const args = [
      ...entry, '-h', this.hostfile, '-n', node.name, '--data-dir', node.dataDir,
      ...(this.options.secret === undefined ? ['--insecure'] : []),
      ...(this.options.tls === true ? ['--tls-cert', path.join(this.tlsDir, `${node.name}.pem`),
        '--tls-key', path.join(this.tlsDir, `${node.name}-key.pem`), '--tls-ca', path.join(this.tlsDir, 'ca.pem')] : []),
      '--request-timeout-ms', String(this.options.requestTimeoutMs ?? 3000),
      ...(this.options.snapshotLogBytes ? ['--snapshot-log-bytes', String(this.options.snapshotLogBytes)] : []),
      ...(this.options.extraArgs ?? []),
    ];
    const env = { ...process.env, ...this.options.env };
    if (this.options.secret !== undefined) env.PAXOSKV_CLUSTER_SECRET = this.options.secret;
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(path.join(this.dir, `${node.name}.log`), { flags: 'a' });
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    child.on('exit', () => {
      if (node.child === child) node.child = null;
    });
    node.child = child;
    node.log = log;
  }

  /** SIGKILL one node and wait until it is gone. */
  async kill(i: number): Promise<void> {
    const child = this.nodes[i]!.child;
    if (child === null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.nodes[i]!.child = null;
  }

  /** SIGTERM one node; resolves with its exit code (null on timeout, then SIGKILLed). */
  async terminate(i: number, timeoutMs = 10_000): Promise<number | null> {
    const child = this.nodes[i]!.child;
    if (child === null) return null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | null = null;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([exited, timeout]);
    if (timer !== null) clearTimeout(timer);
    if (outcome === 'timeout') {
      await this.kill(i);
      return null;
    }
    this.nodes[i]!.child = null;
    return outcome;
  }

  async stop(): Promise<void> {
    process.off('exit', this.onExit);
    await Promise.all(this.nodes.map((_, i) => this.kill(i)));
    for (const node of this.nodes) node.log?.end();
    if (process.env.PAXOSKV_IT_KEEP !== '1') rmSync(this.dir, { recursive: true, force: true });
  }

  running(i: number): boolean {
    return this.nodes[i]!.child !== null;
  }

  async status(i: number, timeoutMs = 1000): Promise<NodeStatus | null> {
    try {
      const ca = this.caPath === undefined ? undefined : readFileSync(this.caPath);
      const result = await http('GET', this.url(i, '/v1/status'), undefined, {}, timeoutMs, ca);
      return result.status === 200 ? (result.body as unknown as NodeStatus) : null;
    } catch {
      return null;
    }
  }

  /** Index of the node every running node agrees leads, once they do. */
  async waitForLeader(timeoutMs: number, exclude: number[] = []): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const live = this.nodes.map((_, i) => i).filter((i) => this.running(i) && !exclude.includes(i));
      const statuses = await Promise.all(live.map((i) => this.status(i)));
      const leaders = new Set(statuses.map((s) => s?.leader ?? null));
      if (statuses.every((s) => s !== null) && leaders.size === 1) {
        const name = [...leaders][0];
        const index = this.nodes.findIndex((n) => n.name === name);
        if (index >= 0 && live.includes(index) && statuses.some((s) => s!.role === 'leader')) return index;
      }
      await sleep(100);
    }
    throw new Error(`no agreed leader within ${timeoutMs} ms`);
  }

  async waitFor(predicate: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (await predicate()) return Date.now() - started;
      await sleep(50);
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
  }

  /**
   * Waits until node i's own state has `key`. A write or linearizable read through a
   * follower is answered by the leader, and the follower may apply the write a moment
   * later: a stale read (its own state) right after can still miss the key.
   */
  async waitForLocalKey(i: number, key: string, timeoutMs = 10_000): Promise<number> {
    const url = this.url(i, `/v1/kv/${encodeURIComponent(key)}?consistency=stale`);
    return this.waitFor(async () => (await http('GET', url)).status === 200, timeoutMs, `node ${i} to apply the write of ${key}`);
  }
}

/**
 * A small fetch wrapper with a hard timeout; the body is parsed as JSON when it is JSON.
 * https:// URLs go through node's https module instead, trusting `ca`.
 */
export async function http(method: string, url: string, body?: unknown, headers: Record<string, string> = {},
  timeoutMs = 10_000, ca?: Buffer): Promise<HttpResult> {
  if (url.startsWith('https:')) {
    const answer = await httpRequest(url, {
      method, timeoutMs, ...(ca !== undefined ? { ca } : {}),
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    return { status: answer.status, body: parseBody(answer.text) };
  }
  const response = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: parseBody(await response.text()) };
}

function parseBody(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}
