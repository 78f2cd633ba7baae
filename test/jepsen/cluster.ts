// Process control for the fault suite: five real paxoskv-server processes on 127.0.0.1,
// each with its own data dir and its own hostfile in which the OTHER members' addresses
// are fault-injecting proxies (proxy.ts) and its own line is its real listen address.
// Names and order are the same in every hostfile, so the cluster id and node indexes
// agree. Clients talk to the real addresses directly.
//
// Every wait is bounded. stop() resumes paused processes, kills every server, closes the
// proxies and removes the temp dir; a process 'exit' hook SIGKILLs any server left over.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stablePorts } from '../../client/testing/ports';
import { LinkProxy, NetworkFaults } from './proxy';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const HOST = '127.0.0.1';

export interface NodeStatus {
  name: string;
  role: string;
  leader: string | null;
  ballot?: unknown;
  chosenSlot: number;
  appliedSlot: number;
  incarnation?: string;
  configuration?: unknown;
  catchingUp?: boolean;
  [key: string]: unknown;
}

export interface ClusterOptions {
  readonly size?: number;
  /** Where logs go (kept); data dirs and hostfiles go to a temp dir that stop() removes. */
  readonly logDir?: string;
  readonly snapshotLogBytes?: number;
  readonly requestTimeoutMs?: number;
  readonly logLevel?: string;
  /** Run dist/server/main.js instead of compiling server/main.ts on start. */
  readonly useDist?: boolean;
}

export interface ServerNode {
  readonly index: number;
  readonly name: string;
  readonly port: number;
  readonly dataDir: string;
  readonly hostfile: string;
  readonly logPath: string;
  child: ChildProcess | null;
  paused: boolean;
  /** Spawned this many times. */
  starts: number;
  /** How the last process of this node ended, if one exited by itself (not by our kill). */
  lastExit: string | null;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class JepsenCluster {
  readonly nodes: ServerNode[] = [];
  readonly network: NetworkFaults;
  /** proxies[i][j]: how node i reaches node j (null on the diagonal). */
  readonly proxies: (LinkProxy | null)[][] = [];
  /** A hostfile with the real addresses, for clients. */
  readonly clientHostfile: string;
  private stopped = false;
  private readonly onExit = (): void => {
    for (const node of this.nodes) {
      if (node.child === null) continue;
      if (node.paused) node.child.kill('SIGCONT');
      node.child.kill('SIGKILL');
    }
  };

  private constructor(readonly dir: string, readonly logDir: string, readonly options: ClusterOptions) {
    this.network = new NetworkFaults(options.size ?? 5);
    this.clientHostfile = path.join(dir, 'hostfile.clients.txt');
    process.once('exit', this.onExit);
  }

  static async start(options: ClusterOptions = {}): Promise<JepsenCluster> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-jepsen-'));
    const logDir = options.logDir ?? path.join(dir, 'logs');
    mkdirSync(logDir, { recursive: true });
    const cluster = new JepsenCluster(dir, logDir, options);
    try {
      await cluster.layOut();
      for (let i = 0; i < cluster.nodes.length; i++) cluster.spawn(i);
      await cluster.waitForLeader(30_000);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  get size(): number {
    return this.nodes.length;
  }

  addressOf(i: number): string {
    return `${HOST}:${this.nodes[i]!.port}`;
  }

  url(i: number, pathname: string): string {
    return `http://${this.addressOf(i)}${pathname}`;
  }

  running(i: number): boolean {
    return this.nodes[i]!.child !== null;
  }

  spawn(i: number): void {
    const node = this.nodes[i]!;
    if (this.stopped) throw new Error('cluster stopped');
    if (node.child !== null) throw new Error(`${node.name} already running`);
    const built = path.join(REPO_ROOT, 'dist', 'server', 'main.js');
    const entry = this.options.useDist === true && existsSync(built)
      ? [built] : [path.join(REPO_ROOT, 'scripts', 'run-ts.js'), path.join(REPO_ROOT, 'server', 'main.ts')];
    const args = [
      ...entry, '-h', node.hostfile, '-n', node.name, '--data-dir', node.dataDir, '--insecure',
      '--log-level', this.options.logLevel ?? 'info',
      '--request-timeout-ms', String(this.options.requestTimeoutMs ?? 2000),
      ...(this.options.snapshotLogBytes !== undefined ? ['--snapshot-log-bytes', String(this.options.snapshotLogBytes)] : []),
    ];
    const log = openSync(node.logPath, 'a');
    const env = { ...process.env };
    for (const name of Object.keys(env)) if (name.startsWith('PAXOSKV_')) delete env[name];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', log, log], env });
    closeSync(log);
    child.on('exit', (code, signal) => {
      if (node.child === child) {
        node.child = null;
        node.paused = false;
        node.lastExit = `exited by itself with ${signal ?? `code ${code}`}`;
      }
    });
    node.child = child;
    node.paused = false;
    node.lastExit = null;
    node.starts++;
  }

  /** kill -9, and wait until the process is gone. */
  async kill(i: number): Promise<void> {
    const node = this.nodes[i]!;
    const child = node.child;
    if (child === null) return;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(10_000)]);
    node.child = null;
    node.paused = false;
  }

  /** SIGSTOP. */
  pause(i: number): void {
    const node = this.nodes[i]!;
    if (node.child === null || node.paused) return;
    node.child.kill('SIGSTOP');
    node.paused = true;
  }

  /** SIGCONT. */
  resume(i: number): void {
    const node = this.nodes[i]!;
    if (node.child === null || !node.paused) return;
    node.child.kill('SIGCONT');
    node.paused = false;
  }

  /** kill -9 and delete the data directory: the node comes back with a new incarnation. */
  async wipe(i: number): Promise<void> {
    await this.kill(i);
    rmSync(this.nodes[i]!.dataDir, { recursive: true, force: true });
  }

  /** Network healed, every process resumed, every dead node restarted. */
  healAll(): void {
    this.network.heal();
    for (let i = 0; i < this.size; i++) {
      this.resume(i);
      if (!this.running(i)) this.spawn(i);
    }
  }

  async status(i: number, timeoutMs = 1000): Promise<NodeStatus | null> {
    if (!this.running(i) || this.nodes[i]!.paused) return null;
    try {
      const response = await fetch(this.url(i, '/v1/status'), { signal: AbortSignal.timeout(timeoutMs) });
      if (response.status !== 200) return null;
      return (await response.json()) as NodeStatus;
    } catch {
      return null;
    }
  }

  async statuses(timeoutMs = 1000): Promise<(NodeStatus | null)[]> {
    return Promise.all(this.nodes.map((_, i) => this.status(i, timeoutMs)));
  }

  indexOf(name: string | null | undefined): number | null {
    const index = this.nodes.findIndex((n) => n.name === name);
    return index < 0 ? null : index;
  }

  /** The node that says it leads (the highest ballot if several do), or null. */
  async leader(): Promise<number | null> {
    const statuses = await this.statuses();
    const claims = statuses.filter((s): s is NodeStatus => s !== null && s.role === 'leader');
    if (claims.length === 0) {
      const named = statuses.find((s) => s !== null && s.leader !== null);
      return this.indexOf(named?.leader ?? null);
    }
    claims.sort((a, b) => ballotRank(b) - ballotRank(a));
    return this.indexOf(claims[0]!.name);
  }

  /** Waits until every running node names the same leader, which says it leads. */
  async waitForLeader(timeoutMs: number): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const statuses = await this.statuses();
      const live = statuses.filter((_, i) => this.running(i) && !this.nodes[i]!.paused);
      const leaders = new Set(live.map((s) => s?.leader ?? null));
      if (live.length > 0 && live.every((s) => s !== null) && leaders.size === 1) {
        const index = this.indexOf([...leaders][0]);
        if (index !== null && statuses[index]?.role === 'leader') return index;
      }
      await sleep(100);
    }
    throw new Error(`no agreed leader within ${timeoutMs} ms`);
  }

  /**
   * Waits until all nodes answer, agree on the leader, and have chosen and applied the same
   * slot twice in a row 300 ms apart. Returns the statuses, or throws with the last ones.
   */
  async waitConverged(timeoutMs: number): Promise<NodeStatus[]> {
    const deadline = performance.now() + timeoutMs;
    let previous: string | null = null;
    let last: (NodeStatus | null)[] = [];
    while (performance.now() < deadline) {
      last = await this.statuses();
      const all = last.every((s) => s !== null);
      const slots = new Set(last.map((s) => `${s?.appliedSlot}/${s?.chosenSlot}/${s?.leader}`));
      const admitted = all && last.every((s, i) => admittedIn(s!, last[0]!, i));
      if (all && admitted && slots.size === 1 && last[0]!.leader !== null && last[0]!.appliedSlot === last[0]!.chosenSlot) {
        const key = [...slots][0]!;
        if (previous === key) return last as NodeStatus[];
        previous = key;
      } else {
        previous = null;
      }
      await sleep(300);
    }
    const summary = last.map((s, i) => `${this.nodes[i]!.name}: ${s === null ? `no answer (${this.whyNoAnswer(i)})`
      : `${s.role} applied=${s.appliedSlot} chosen=${s.chosenSlot} leader=${s.leader} admitted=${admittedIn(s, s, i)}`}`);
    // The log tail of a silent node says why (a crash at start, a stall) where only this message is kept.
    const tails = last.flatMap((s, i) => (s === null ? [`--- last lines of ${this.nodes[i]!.name}'s log ---\n${this.logTail(i, 12)}`] : []));
    throw new Error(`not converged within ${timeoutMs} ms (${summary.join('; ')})${tails.map((t) => `\n${t}`).join('')}`);
  }

  private whyNoAnswer(i: number): string {
    const node = this.nodes[i]!;
    if (node.paused) return 'paused';
    if (node.child === null) return node.lastExit ?? 'not running';
    return `running as pid ${node.child.pid}, started ${node.starts} times, /v1/status unanswered within 1 s`;
  }

  /** The last `lines` lines of a node's log (all its incarnations append to one file). */
  logTail(i: number, lines: number): string {
    try {
      return readFileSync(this.nodes[i]!.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch (error) {
      return `(log unreadable: ${error instanceof Error ? error.message : String(error)})`;
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (let i = 0; i < this.size; i++) this.resume(i);
    await Promise.all(this.nodes.map((_, i) => this.kill(i)));
    await Promise.all(this.proxies.flat().map((p) => p?.close()));
    process.off('exit', this.onExit);
    if (process.env.PAXOSKV_JEPSEN_KEEP !== '1') rmSync(this.dir, { recursive: true, force: true });
  }

  /** Ports, proxies and the per-node hostfiles. */
  private async layOut(): Promise<void> {
    const size = this.options.size ?? 5;
    const ports = await stablePorts(size, HOST);
    [...ports].forEach((port, index) => {
      const name = `n${index}`;
      this.nodes.push({
        index, name, port, dataDir: path.join(this.dir, 'data', name), hostfile: path.join(this.dir, `hostfile.${name}.txt`),
        logPath: path.join(this.logDir, `${name}.log`), child: null, paused: false, starts: 0, lastExit: null,
      });
    });
    for (const from of this.nodes) {
      const row: (LinkProxy | null)[] = [];
      for (const to of this.nodes) {
        if (from === to) {
          row.push(null);
          continue;
        }
        const proxy = new LinkProxy(from.index, to.index, { host: HOST, port: to.port }, this.network);
        await proxy.listen(HOST);
        row.push(proxy);
      }
      this.proxies.push(row);
    }
    for (const node of this.nodes) {
      const lines = this.nodes.map((m) => `${m.name} ${HOST}:${m === node ? m.port : this.proxies[node.index]![m.index]!.port}`);
      writeFileSync(node.hostfile, `# ${node.name}: peers through fault-injecting proxies\n${lines.join('\n')}\n`);
    }
    writeFileSync(this.clientHostfile, `${this.nodes.map((m) => `${m.name} ${HOST}:${m.port}`).join('\n')}\n`);
  }

  /** Resets every open peer connection from or to `i` (a crude network glitch). */
  cutLinks(i: number): void {
    for (const row of this.proxies) for (const proxy of row) if (proxy !== null && (proxy.from === i || proxy.to === i)) proxy.cut();
  }
}

/** (round, node) of a status's ballot as one sortable number. */
function ballotRank(status: NodeStatus): number {
  const ballot = status.ballot as { round?: number; node?: number } | undefined;
  return (ballot?.round ?? -1) * 1000 + (ballot?.node ?? 0);
}

/**
 * True when `reference`'s configuration lists `status`'s incarnation at index `i` (a wiped
 * node is a non-voting learner until a configuration change admits its new incarnation).
 * Statuses without a configuration count as admitted.
 */
export function admittedIn(status: NodeStatus, reference: NodeStatus, i: number): boolean {
  const configuration = reference.configuration as { incarnations?: unknown[] } | undefined;
  if (configuration?.incarnations === undefined || status.incarnation === undefined) return true;
  return configuration.incarnations[i] === status.incarnation;
}
