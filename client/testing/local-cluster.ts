// Starts a real five-node cluster as local processes (server/main.ts through
// scripts/run-ts.js) for integration tests. Every wait is bounded; stop() kills everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fetchClusterStatus, type ClusterStatus } from '../status';
import { stablePorts } from './ports';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const RUN_TS = join(REPO_ROOT, 'scripts', 'run-ts.js');

export interface LocalNode {
  name: string;
  port: number;
  process: ChildProcess | null;
}

export class LocalCluster {
  readonly dir: string;
  readonly hostfile: string;
  readonly nodes: LocalNode[];
  private stopped = false;
  private readonly onExit = (): void => this.killAll();

  private constructor(dir: string, ports: number[]) {
    this.dir = dir;
    this.hostfile = join(dir, 'hostfile.txt');
    this.nodes = ports.map((port, i) => ({ name: `container${i}`, port, process: null }));
    writeFileSync(this.hostfile, this.nodes.map((n) => `${n.name} 127.0.0.1:${n.port}`).join('\n') + '\n');
    process.once('exit', this.onExit);
  }

  static async start(size = 5): Promise<LocalCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'paxoskv-client-it-'));
    const cluster = new LocalCluster(dir, await stablePorts(size));
    for (const node of cluster.nodes) cluster.startNode(node.name);
    return cluster;
  }

  get members(): Array<{ name: string; host: string; port: number }> {
    return this.nodes.map((n) => ({ name: n.name, host: '127.0.0.1', port: n.port }));
  }

  startNode(name: string): void {
    const node = this.node(name);
    const log = openSync(join(this.dir, `${name}.log`), 'a');
    node.process = spawn(
      process.execPath,
      [RUN_TS, 'server/main.ts', '-h', this.hostfile, '-n', name, '--data-dir', join(this.dir, `data-${name}`), '--insecure'],
      { cwd: REPO_ROOT, stdio: ['ignore', log, log], env: withoutSecret(process.env) },
    );
    closeSync(log);
  }

  /** kill -9. */
  kill(name: string): void {
    const node = this.node(name);
    node.process?.kill('SIGKILL');
    node.process = null;
  }

  status(timeoutMs = 1000): Promise<ClusterStatus> {
    return fetchClusterStatus(this.members, timeoutMs);
  }

  /** Waits until every running member answers and all name the same leader. */
  async waitForLeader(timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last: ClusterStatus | null = null;
    while (Date.now() < deadline) {
      last = await this.status();
      const running = last.members.filter((m) => this.node(m.name).process !== null);
      const leaders = new Set(running.map((m) => m.leader));
      if (running.every((m) => m.up) && leaders.size === 1 && last.leader !== null && running.some((m) => m.name === last?.leader)) {
        return last.leader;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no leader within ${timeoutMs} ms; last status: ${JSON.stringify(last?.members.map((m) => [m.name, m.up, m.role, m.leader]))}`);
  }

  async stop(keepDir = false): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.killAll();
    process.removeListener('exit', this.onExit);
    await new Promise((r) => setTimeout(r, 100));
    if (!keepDir) rmSync(this.dir, { recursive: true, force: true });
  }

  private killAll(): void {
    for (const node of this.nodes) {
      node.process?.kill('SIGKILL');
      node.process = null;
    }
  }

  private node(name: string): LocalNode {
    const node = this.nodes.find((n) => n.name === name);
    if (node === undefined) throw new Error(`no member ${name}`);
    return node;
  }
}

function withoutSecret(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.PAXOSKV_CLUSTER_SECRET;
  return copy;
}

