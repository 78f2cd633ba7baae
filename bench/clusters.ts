// Clusters the bench starts for itself on loopback: five paxoskv servers (the built
// dist/server/main.js, or the TypeScript sources) or five etcd members, each with a temp
// data dir that stop() removes. Every wait is bounded; an exit hook kills what is left.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { httpRequest } from '../client/http-request';
import { stablePorts } from '../client/testing/ports';
import { pidListeningOn } from './proc';

export const REPO_ROOT = resolve(__dirname, '..');
const MEMBER_COUNT = 5;

/**
 * The allocator environment for servers started with `env` (scripts/server-malloc-env.sh,
 * as ./run_all_servers does): jemalloc when installed, else a glibc tunable; nothing
 * when `env` chose already (LD_PRELOAD or GLIBC_TUNABLES set). See docs/MEMORY.md.
 */
export function serverMallocEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const printed = execFileSync('bash', [join(REPO_ROOT, 'scripts', 'server-malloc-env.sh')], { encoding: 'utf8', env });
  const result: Record<string, string> = {};
  for (const line of printed.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}

export interface Endpoint {
  name: string;
  host: string;
  port: number;
  /** The member serves https/wss with a certificate from this CA (PEM); absent: plain http/ws. */
  ca?: Buffer;
}

/** How the bench's local paxoskv peers are secured: no peer auth, the HMAC secret, or the secret over TLS. */
export const SECURITY_MODES = ['insecure', 'secret', 'tls'] as const;
export type SecurityMode = (typeof SECURITY_MODES)[number];

/** `http://host:port` or `https://host:port` for an endpoint. */
export function baseUrl(endpoint: Endpoint): string {
  return `${endpoint.ca !== undefined ? 'https' : 'http'}://${endpoint.host}:${endpoint.port}`;
}

/** What a workload needs from a cluster, whoever started it. */
export interface Cluster {
  readonly kind: 'paxoskv' | 'etcd';
  readonly endpoints: readonly Endpoint[];
  /** Server pids, in endpoint order; null where unknown (a remote node). */
  pids(): Array<number | null>;
  stop(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


const OWNER_FILE = 'bench-owner.json';
const TEMP_PREFIXES = ['paxoskv-bench-', 'etcd-bench-'];

/** Records who owns a temp cluster dir, so a later bench can clean up after one that crashed. */
function writeOwner(dir: string, pids: ReadonlyArray<number | undefined>): void {
  writeFileSync(join(dir, OWNER_FILE), JSON.stringify({ benchPid: process.pid, pids: pids.filter((p) => p !== undefined) }));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A bench killed hard (SIGKILL, out of memory) leaves its servers running: for every temp
 * cluster dir whose owning bench is gone, kill the servers it listed (only if their command
 * line still names that dir) and remove the dir. Answers how many dirs were cleaned.
 */
export function reapOrphans(): number {
  let reaped = 0;
  for (const entry of readdirSync(tmpdir())) {
    if (!TEMP_PREFIXES.some((p) => entry.startsWith(p))) continue;
    const dir = join(tmpdir(), entry);
    let owner: { benchPid: number; pids: number[] };
    try {
      owner = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as { benchPid: number; pids: number[] };
    } catch {
      continue; // Not written yet (another bench starting), or not ours.
    }
    if (alive(owner.benchPid)) continue;
    for (const pid of owner.pids) {
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    rmSync(dir, { recursive: true, force: true });
    reaped++;
  }
  return reaped;
}

/** Kills children we started if the bench dies (Ctrl-C, an exception). */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of liveChildren) c.kill('SIGKILL');
    });
  }
}

async function stopChild(child: ChildProcess | null, graceMs: number): Promise<void> {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function httpJson(url: string, timeoutMs: number, ca?: Buffer): Promise<unknown> {
  const answer = await httpRequest(url, { timeoutMs, ...(ca !== undefined ? { ca } : {}) });
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
  return JSON.parse(answer.text) as unknown;
}

export interface PaxosStatus {
  name: string;
  role: string;
  leader: string | null;
  chosenSlot: number;
  appliedSlot: number;
  incarnation?: string;
  snapshotSlot?: number;
  configuration?: unknown;
  [key: string]: unknown;
}

export async function paxosStatus(endpoint: Endpoint, timeoutMs = 1000): Promise<PaxosStatus | null> {
  try {
    return (await httpJson(`${baseUrl(endpoint)}/v1/status`, timeoutMs, endpoint.ca)) as PaxosStatus;
  } catch {
    return null;
  }
}

/** Waits until every endpoint answers and all name the same leader; answers its name. */
export async function waitForPaxosLeader(endpoints: readonly Endpoint[], timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: Array<PaxosStatus | null> = [];
  while (Date.now() < deadline) {
    last = await Promise.all(endpoints.map((e) => paxosStatus(e)));
    const leaders = new Set(last.map((s) => s?.leader ?? null));
    const leader = last.find((s) => s?.role === 'leader') ?? null;
    if (last.every((s) => s !== null) && leaders.size === 1 && leader !== null) return leader.name;
    await sleep(200);
  }
  throw new Error(`paxoskv: no leader within ${timeoutMs} ms: ${JSON.stringify(last.map((s) => s && [s.name, s.role, s.leader]))}`);
}

export interface PaxosClusterOptions {
  /** Run server/main.ts through scripts/run-ts.js instead of dist/server/main.js. */
  fromSource: boolean;
  snapshotLogBytes?: number;
  /** Extra node flags (e.g. --cpu-prof); `{dir}` and `{name}` are substituted. */
  nodeFlags?: readonly string[];
  logLevel?: string;
  /** Default insecure (no peer authentication), as the bench always ran. */
  security?: SecurityMode;
  /** A built checkout to run instead of this one (its dist/server/main.js): a --variant's @REF. */
  root?: string;
  /** Environment for the servers on top of the bench's own (a --variant's KEY=VALUE). */
  env?: Readonly<Record<string, string>>;
}

interface PaxosMember extends Endpoint {
  dataDir: string;
  logFile: string;
  child: ChildProcess | null;
}

export class LocalPaxosCluster implements Cluster {
  readonly kind = 'paxoskv' as const;
  readonly dir: string;
  readonly hostfile: string;
  private readonly members: PaxosMember[];
  private stopped = false;
  /** Shared by the members when security is not insecure. */
  private readonly secret = randomBytes(24).toString('hex');
  /** The CA of the members' certificates, with security tls. */
  private ca: Buffer | undefined;

  /** The servers' environment: the bench's, the variant's, and the allocator's (see serverMallocEnv). */
  private readonly serverEnv: NodeJS.ProcessEnv;

  private constructor(dir: string, ports: number[], private readonly options: PaxosClusterOptions) {
    this.dir = dir;
    const env = { ...process.env, ...options.env };
    this.serverEnv = { ...env, ...serverMallocEnv(env) };
    this.hostfile = join(dir, 'hostfile.txt');
    this.members = ports.map((port, i) => {
      const name = `container${i}`;
      return { name, host: '127.0.0.1', port, dataDir: join(dir, `data-${name}`), logFile: join(dir, `${name}.log`), child: null };
    });
    writeFileSync(this.hostfile, this.members.map((m) => `${m.name} 127.0.0.1:${m.port}`).join('\n') + '\n');
  }

  static async start(options: PaxosClusterOptions): Promise<LocalPaxosCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'paxoskv-bench-'));
    const cluster = new LocalPaxosCluster(dir, await stablePorts(MEMBER_COUNT), options);
    if (options.security === 'tls') {
      execFileSync('bash', [join(REPO_ROOT, 'scripts', 'make-certs.sh'), '-h', cluster.hostfile, '-o', join(dir, 'tls')], { stdio: 'ignore' });
      cluster.ca = readFileSync(join(dir, 'tls', 'ca.pem'));
    }
    for (const m of cluster.members) cluster.startMember(m.name);
    return cluster;
  }

  private recordOwner(): void {
    writeOwner(this.dir, this.members.map((m) => m.child?.pid));
  }

  get endpoints(): Endpoint[] {
    return this.members.map(({ name, host, port }) => ({ name, host, port, ...(this.ca !== undefined ? { ca: this.ca } : {}) }));
  }

  pids(): Array<number | null> {
    return this.members.map((m) => m.child?.pid ?? null);
  }

  logOf(name: string): string {
    const file = this.member(name).logFile;
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  startMember(name: string): void {
    const m = this.member(name);
    const root = this.options.root ?? REPO_ROOT;
    const dist = join(root, 'dist', 'server', 'main.js');
    // Another checkout's build always runs from its dist/.
    const useSource = root === REPO_ROOT && (this.options.fromSource || !existsSync(dist));
    const entry = useSource ? [join(REPO_ROOT, 'scripts', 'run-ts.js'), 'server/main.ts'] : [dist];
    const nodeFlags = (this.options.nodeFlags ?? []).map((f) => f.replaceAll('{dir}', this.dir).replaceAll('{name}', name));
    const security = this.options.security ?? 'insecure';
    const tlsDir = join(this.dir, 'tls');
    const args = [...nodeFlags, ...entry, '-h', this.hostfile, '-n', name, '--data-dir', m.dataDir,
      ...(security === 'insecure' ? ['--insecure'] : []),
      ...(security === 'tls' ? ['--tls-cert', join(tlsDir, `${name}.pem`), '--tls-key', join(tlsDir, `${name}-key.pem`), '--tls-ca', join(tlsDir, 'ca.pem')] : [])];
    if (this.options.snapshotLogBytes !== undefined) args.push('--snapshot-log-bytes', String(this.options.snapshotLogBytes));
    if (this.options.logLevel !== undefined) args.push('--log-level', this.options.logLevel);
    const log = openSync(m.logFile, 'a');
    const env = { ...this.serverEnv };
    delete env.PAXOSKV_CLUSTER_SECRET;
    if (security !== 'insecure') env.PAXOSKV_CLUSTER_SECRET = this.secret;
    m.child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', log, log], env });
    closeSync(log);
    track(m.child);
    this.recordOwner();
  }

  /** The allocator the servers run with, for the bench's log and report. */
  get allocator(): string {
    const { LD_PRELOAD: preload, GLIBC_TUNABLES: tunables, MALLOC_CONF: conf } = this.serverEnv;
    if (preload !== undefined && preload !== '') return `LD_PRELOAD=${preload}${conf !== undefined && conf !== '' ? ` MALLOC_CONF=${conf}` : ''}`;
    return tunables !== undefined && tunables !== '' ? `glibc, GLIBC_TUNABLES=${tunables}` : 'glibc defaults';
  }

  /** kill -9 one member. */
  async kill(name: string): Promise<void> {
    const m = this.member(name);
    const child = m.child;
    m.child = null;
    if (child === null || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
  }

  wipe(name: string): void {
    rmSync(this.member(name).dataDir, { recursive: true, force: true });
  }

  /** SIGTERM every member (so --cpu-prof profiles get written), then remove the temp dir unless kept. */
  async stop(keepDir = false): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.members.map((m) => stopChild(m.child, 10_000)));
    for (const m of this.members) m.child = null;
    if (!keepDir) rmSync(this.dir, { recursive: true, force: true });
    // Kept for inspection: no servers left to reap, and a later bench must not remove it.
    else rmSync(join(this.dir, OWNER_FILE), { force: true });
  }

  private member(name: string): PaxosMember {
    const m = this.members.find((x) => x.name === name);
    if (m === undefined) throw new Error(`no member ${name}`);
    return m;
  }
}

/** A cluster given with --nodes: pids are looked up by listening port when on this machine. */
export class RemoteCluster implements Cluster {
  private readonly knownPids: Array<number | null>;
  constructor(readonly kind: 'paxoskv' | 'etcd', readonly endpoints: readonly Endpoint[]) {
    this.knownPids = endpoints.map((e) => (isLoopback(e.host) ? pidListeningOn(e.port) : null));
  }
  pids(): Array<number | null> {
    return this.knownPids;
  }
  async stop(): Promise<void> {
    // Not ours to stop.
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.') || host === '::1';
}

export function parseNodeList(list: string): Endpoint[] {
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '').map((entry) => {
    const match = /^([^:]+):(\d+)$/.exec(entry);
    if (match === null) throw new Error(`bad node address "${entry}" (expected host:port)`);
    return { name: entry, host: match[1], port: Number(match[2]) };
  });
}

interface EtcdMember extends Endpoint {
  peerPort: number;
  child: ChildProcess | null;
}

/** Five etcd members on loopback (fsync on: etcd's default; no --unsafe-no-fsync). */
export class LocalEtcdCluster implements Cluster {
  readonly kind = 'etcd' as const;
  private stopped = false;

  private constructor(readonly dir: string, private readonly members: EtcdMember[]) {}

  static async start(binary = 'etcd'): Promise<LocalEtcdCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'etcd-bench-'));
    const ports = await stablePorts(MEMBER_COUNT * 2);
    const members: EtcdMember[] = Array.from({ length: MEMBER_COUNT }, (_, i) => ({
      name: `etcd${i}`, host: '127.0.0.1', port: ports[2 * i], peerPort: ports[2 * i + 1], child: null,
    }));
    const cluster = new LocalEtcdCluster(dir, members);
    const initial = members.map((m) => `${m.name}=http://127.0.0.1:${m.peerPort}`).join(',');
    for (const m of members) {
      const log = openSync(join(dir, `${m.name}.log`), 'a');
      m.child = spawn(binary, [
        '--name', m.name, '--data-dir', join(dir, m.name),
        '--listen-client-urls', `http://127.0.0.1:${m.port}`, '--advertise-client-urls', `http://127.0.0.1:${m.port}`,
        '--listen-peer-urls', `http://127.0.0.1:${m.peerPort}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${m.peerPort}`,
        '--initial-cluster', initial, '--initial-cluster-state', 'new', '--initial-cluster-token', `bench-${process.pid}`,
        '--logger', 'zap', '--log-level', 'warn',
      ], { stdio: ['ignore', log, log], env: { ...process.env, ETCD_UNSUPPORTED_ARCH: process.env.ETCD_UNSUPPORTED_ARCH ?? '' } });
      closeSync(log);
      m.child.once('error', () => undefined);
      track(m.child);
    }
    writeOwner(dir, members.map((m) => m.child?.pid));
    try {
      await cluster.waitHealthy(30_000);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  get endpoints(): Endpoint[] {
    return this.members.map(({ name, host, port }) => ({ name, host, port }));
  }

  pids(): Array<number | null> {
    return this.members.map((m) => m.child?.pid ?? null);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.members.map((m) => stopChild(m.child, 5_000)));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const healthy = await Promise.all(this.members.map(async (m) => {
        try {
          const body = (await httpJson(`http://127.0.0.1:${m.port}/health`, 1000)) as { health?: string };
          return body.health === 'true';
        } catch {
          return false;
        }
      }));
      if (healthy.every(Boolean)) return;
      if (Date.now() > deadline) throw new Error(`etcd: not healthy within ${timeoutMs} ms (logs in ${this.dir})`);
      await sleep(200);
    }
  }
}
