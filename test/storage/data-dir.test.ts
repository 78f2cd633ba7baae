import { spawn, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataDir } from '../../server/storage/data-dir';
import { CapturingLogger, expectStorageError, useTempDir } from './helpers';

const tempDir = useTempDir('datadir');
const member = { clusterId: 'cluster-a', name: 'container0' };

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid as number; // exited and reaped: nobody has this pid now (barring reuse)
}

describe('openDataDir', () => {
  it('creates a missing directory with mode 0700 and a fresh 16-hex-digit incarnation', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const opened = await openDataDir(dir, member);
    expect(opened.fresh).toBe(true);
    expect(opened.incarnation).toMatch(/^[0-9a-f]{16}$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const identity = JSON.parse(readFileSync(path.join(dir, 'identity.json'), 'utf8'));
    expect(identity).toEqual({ ...member, incarnation: opened.incarnation });
    await opened.release();
  });

  it('returns the same incarnation, not fresh, when reopened', async () => {
    const first = await openDataDir(tempDir(), member);
    await first.release();
    const second = await openDataDir(tempDir(), member);
    expect(second).toMatchObject({ fresh: false, incarnation: first.incarnation });
    await second.release();
  });

  it('gives a wiped (emptied) directory a new incarnation', async () => {
    const first = await openDataDir(tempDir(), member);
    await first.release();
    await fs.rm(path.join(tempDir(), 'identity.json'));
    const second = await openDataDir(tempDir(), member);
    expect(second.fresh).toBe(true);
    expect(second.incarnation).not.toBe(first.incarnation);
    await second.release();
  });

  it('refuses another cluster’s directory with FOREIGN_DATA_DIR', async () => {
    await (await openDataDir(tempDir(), member)).release();
    const error = await expectStorageError(openDataDir(tempDir(), { ...member, clusterId: 'cluster-b' }), 'FOREIGN_DATA_DIR');
    expect(error.message).toMatch(/belongs to member "container0" of cluster "cluster-a"/);
  });

  it('refuses another member’s directory with FOREIGN_DATA_DIR', async () => {
    await (await openDataDir(tempDir(), member)).release();
    const error = await expectStorageError(openDataDir(tempDir(), { ...member, name: 'container1' }), 'FOREIGN_DATA_DIR');
    expect(error.message).toMatch(/not to member "container1"/);
  });

  it('refuses a non-empty directory that has no identity instead of adopting it', async () => {
    writeFileSync(path.join(tempDir(), 'wal-0000000000000001.log'), 'old acceptor state');
    const error = await expectStorageError(openDataDir(tempDir(), member), 'FOREIGN_DATA_DIR');
    expect(error.message).toMatch(/not empty \(wal-0000000000000001.log\) but has no identity.json/);
  });

  it('reports a garbled identity.json as DATA_DIR_CORRUPT', async () => {
    writeFileSync(path.join(tempDir(), 'identity.json'), '{"clusterId":');
    await expectStorageError(openDataDir(tempDir(), member), 'DATA_DIR_CORRUPT');
  });

  it('refuses a directory locked by a live process with DATA_DIR_LOCKED', async () => {
    const first = await openDataDir(tempDir(), member);
    const error = await expectStorageError(openDataDir(tempDir(), member), 'DATA_DIR_LOCKED');
    expect(error.message).toMatch(new RegExp(`in use by pid ${process.pid}`));
    await first.release();
    const again = await openDataDir(tempDir(), member);
    await again.release();
  });

  it('refuses a directory held by another live process, and takes it over once that process is SIGKILLed', async () => {
    const root = path.resolve(__dirname, '..', '..');
    const holder = spawn(process.execPath, [path.join(root, 'scripts', 'run-ts.js'), path.join(__dirname, 'data-dir-holder.ts'), tempDir()], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (data: Buffer) => (data.toString().includes('locked') ? resolve() : undefined));
        holder.on('exit', (code) => reject(new Error(`holder exited early with code ${code}`)));
      });
      const error = await expectStorageError(openDataDir(tempDir(), member), 'DATA_DIR_LOCKED');
      expect(error.message).toContain(`pid ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('close', resolve));
    }
    const logger = new CapturingLogger();
    const opened = await openDataDir(tempDir(), { ...member, logger });
    expect(opened.fresh).toBe(false);
    expect(logger.at('warn').some((entry) => /stale lock/.test(entry.msg))).toBe(true);
    await opened.release();
  });

  it('takes over a stale lock left by a dead process, with a warning', async () => {
    await (await openDataDir(tempDir(), member)).release();
    const stale = { pid: deadPid(), hostname: os.hostname(), processStart: '1' };
    writeFileSync(path.join(tempDir(), 'LOCK'), JSON.stringify(stale));
    const logger = new CapturingLogger();
    const opened = await openDataDir(tempDir(), { ...member, logger });
    expect(opened.fresh).toBe(false);
    expect(logger.at('warn').some((entry) => /stale lock/.test(entry.msg))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(tempDir(), 'LOCK'), 'utf8')).pid).toBe(process.pid);
    await opened.release();
  });

  it('takes over a lock whose pid is alive but was reused by a later process (e.g. pid 1 after a container restart)', async () => {
    const reused = { pid: process.pid, hostname: os.hostname(), processStart: 'an-earlier-start' };
    writeFileSync(path.join(tempDir(), 'LOCK'), JSON.stringify(reused));
    const opened = await openDataDir(tempDir(), member);
    expect(opened.fresh).toBe(true);
    await opened.release();
  });

  it('reports a path that cannot be a directory as DATA_DIR_UNWRITABLE', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const error = await expectStorageError(openDataDir(path.join(file, 'data'), member), 'DATA_DIR_UNWRITABLE');
    expect(error.message).toMatch(/not writable/);
    await expectStorageError(openDataDir(file, member), 'DATA_DIR_UNWRITABLE');
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it.skip : it)('reports a read-only directory as DATA_DIR_UNWRITABLE (skipped as root)', async () => {
    await fs.chmod(tempDir(), 0o500);
    try {
      await expectStorageError(openDataDir(tempDir(), member), 'DATA_DIR_UNWRITABLE');
    } finally {
      await fs.chmod(tempDir(), 0o700);
    }
  });
});
