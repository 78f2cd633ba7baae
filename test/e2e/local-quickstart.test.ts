// The quick start without Docker, end to end as a person runs it: ./run_all_servers
// starts five local processes, ./paxoskv runs commands (set/get/iset/iget), one server
// is killed and another frozen (SIGSTOP: it drops off the cluster like a cut cable)
// while writes continue, both come back, and all five converge. Own ports and run dir.
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { stablePorts } from '../../client/testing/ports';

const root = path.resolve(__dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'paxoskv-quickstart-'));
const runDir = path.join(work, 'run');
const hostfile = path.join(work, 'hostfile.local.txt');
const env = { ...process.env, PAXOSKV_RUN_DIR: runDir, PAXOSKV_LOCAL_HOSTFILE: hostfile };
let ports: number[] = [];

function run(script: string, args: string[], timeoutMs = 180_000): string {
  return execFileSync(path.join(root, script), args, { cwd: root, env, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function runAsync(script: string, args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await promisify(execFile)(path.join(root, script), args, { cwd: root, env, timeout: 30_000 });
    return { stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    return { stdout: e.stdout ?? '', code: typeof e.code === 'number' ? e.code : 1 };
  }
}

function pidOf(name: string): number {
  return Number(fs.readFileSync(path.join(runDir, 'pids', `${name}.pid`), 'utf8'));
}

async function status(port: number): Promise<{ role: string; appliedSlot: number } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/status`, { signal: AbortSignal.timeout(1000) });
    return res.ok ? (await res.json()) as { role: string; appliedSlot: number } : null;
  } catch {
    return null;
  }
}

describe('the local quick start', () => {
  beforeAll(async () => {
    ports = await stablePorts(5);
    fs.writeFileSync(hostfile, ports.map((p, i) => `container${i} 127.0.0.1:${p}`).join('\n') + '\n');
  });

  afterAll(() => {
    for (const name of ['container0', 'container1', 'container2', 'container3', 'container4']) {
      try { process.kill(pidOf(name), 'SIGCONT'); } catch { /* gone */ }
    }
    try { run('run_all_servers', ['--wipe', '--yes'], 60_000); } catch { /* best effort */ }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('starts five nodes, serves the client, rides out a killed and a frozen node, and converges', async () => {
    const started = run('run_all_servers', ['--local']);
    expect(started).toMatch(/leader elected: container\d/);
    expect(started).toContain('./paxoskv');

    expect(run('paxoskv', ['set', 'greeting', 'hello world']).trim()).toBe('OK');
    expect(run('paxoskv', ['get', 'greeting'])).toBe('hello world\n');

    const picture = path.join(work, 'picture.png');
    const raw = Buffer.alloc(96 * 96 * 3);
    for (let y = 0; y < 96; y++) for (let x = 0; x < 96; x++) raw.set([(x * 3) % 256, (y * 5) % 256, x < 48 ? 200 : 30], (y * 96 + x) * 3);
    await sharp(raw, { raw: { width: 96, height: 96, channels: 3 } }).png().toFile(picture);
    const copy = path.join(work, 'copy.jpg');
    await sharp(picture).resize(60, 60).jpeg({ quality: 30 }).toFile(copy);
    run('paxoskv', ['iset', picture, 'a test card']);
    expect(run('paxoskv', ['iget', copy])).toContain('a test card');

    // Faults while writes continue: kill one server, freeze another.
    // Three writers, one per member that stays up: a request that reached a member which
    // was forwarding to a frozen leader waits out its timeout; the others carry on.
    let written = 0;
    let lastKey = '';
    let writing = true;
    const writers = [0, 1, 2].map((w) => (async () => {
      let attempt = 0;
      while (writing) {
        const port = ports[(w + attempt++) % 3]!;
        const key = `during-${w}-${attempt}`;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/v1/kv/${key}`, {
            method: 'PUT', body: JSON.stringify({ value: key }), signal: AbortSignal.timeout(6000),
          });
          if (res.ok) {
            written++;
            lastKey = key;
          }
        } catch { /* retried on the next member */ }
      }
    })());
    process.kill(pidOf('container4'), 'SIGKILL');
    process.kill(pidOf('container3'), 'SIGSTOP');
    const before = written;
    await new Promise((r) => setTimeout(r, 8000));
    expect(written - before).toBeGreaterThan(0);
    process.kill(pidOf('container3'), 'SIGCONT');
    expect(run('run_all_servers', ['--local'])).toContain('container0 already running');
    writing = false;
    await Promise.all(writers);

    const deadline = Date.now() + 60_000;
    let converged = false;
    while (!converged && Date.now() < deadline) {
      const all = await Promise.all(ports.map(status));
      converged = all.every((s) => s !== null && s.appliedSlot === all[0]!.appliedSlot) && all.some((s) => s?.role === 'leader');
      if (!converged) await new Promise((r) => setTimeout(r, 250));
    }
    expect(converged).toBe(true);
    for (const port of ports) {
      const res = await fetch(`http://127.0.0.1:${port}/v1/kv/${lastKey}?consistency=stale`);
      expect(res.status).toBe(200);
    }
    // --status asks each node with a short timeout; on a loaded machine allow a retry.
    let rows: string[] = [];
    for (let attempt = 0; attempt < 5 && rows.length < 5; attempt++) {
      const table = (await runAsync('run_all_servers', ['--status'])).stdout;
      rows = table.split('\n').filter((l) => /container\d\s+(leader|follower)/.test(l));
    }
    expect(rows).toHaveLength(5);
    run('run_all_servers', ['--stop'], 60_000);
    expect(await status(ports[0]!)).toBeNull();
  }, 300_000);
});
