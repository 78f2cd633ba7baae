// An exclusive lock on a data directory, so two server processes never share one (two
// acceptors writing one log would break every Paxos promise it holds).
//
// Node has no flock/fcntl locks, so the lock is a file, `LOCK`, holding the owner's pid,
// host name and process start time. It is created atomically: the content is written to
// a private temp file, fsynced, then hard-linked to `LOCK` (link fails if `LOCK` exists),
// so a `LOCK` file is never seen half-written.
//
// A lock whose owner is dead is stale and is taken over with a warning. "Dead" means: same
// host, and either no process has that pid, or the process with that pid started at a
// different time (the pid was reused, e.g. pid 1 in a restarted container). A lock from
// another host cannot be checked and is treated as held.
// Residual race, accepted: two processes taking over the same stale lock at the same
// instant could both delete it and one could delete the other's fresh lock. Starting two
// servers on one directory at once after a crash is an operator error this cannot fully
// stop without OS locks.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errnoCode, StorageError } from './errors';
import { syncDirectory } from './file-io';
import type { StorageLogger } from './logger';

export const LOCK_FILE_NAME = 'LOCK';
/** Temp files used while creating the lock; the data-dir emptiness check ignores them. */
export const LOCK_TEMP_PREFIX = 'LOCK.tmp-';

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** Kernel start time of the process (Linux /proc), null where unavailable. */
  readonly processStart: string | null;
}

export interface DirLock {
  readonly path: string;
  release(): Promise<void>;
}

export async function acquireDirLock(dir: string, logger: StorageLogger): Promise<DirLock> {
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), processStart: await processStartOf(process.pid) };
  const content = JSON.stringify(me);
  // Two attempts: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await tryCreateLock(dir, lockPath, content)) {
      return { path: lockPath, release: () => releaseLock(lockPath, content) };
    }
    const holder = await readHolder(lockPath);
    if (holder === 'gone') continue;
    if (await isAlive(holder)) {
      throw new StorageError('DATA_DIR_LOCKED',
        `data directory ${dir} is in use by pid ${holder.pid} on host ${holder.hostname} (${lockPath}); ` +
        'stop that process first, or delete the LOCK file if you are certain it is gone');
    }
    logger.warn({ dir, stalePid: holder.pid, staleHost: holder.hostname }, 'data dir: taking over a stale lock left by a dead process');
    await fs.unlink(lockPath).catch((err: unknown) => {
      if (errnoCode(err) !== 'ENOENT') throw unwritable(dir, err);
    });
  }
  throw new StorageError('DATA_DIR_LOCKED', `data directory ${dir}: lost the race for ${lockPath} to another process`);
}

async function tryCreateLock(dir: string, lockPath: string, content: string): Promise<boolean> {
  const tempPath = path.join(dir, `${LOCK_TEMP_PREFIX}${process.pid}`);
  try {
    const handle = await fs.open(tempPath, 'w', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(tempPath, lockPath);
    } catch (err) {
      if (errnoCode(err) === 'EEXIST') return false;
      throw err;
    }
    await syncDirectory(dir);
    return true;
  } catch (err) {
    throw unwritable(dir, err);
  } finally {
    await fs.unlink(tempPath).catch(() => undefined);
  }
}

/** The recorded owner, a placeholder for unreadable content, or 'gone' if LOCK vanished meanwhile. */
async function readHolder(lockPath: string): Promise<LockOwner | 'gone'> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return 'gone';
    throw new StorageError('DATA_DIR_UNWRITABLE', `cannot read lock file ${lockPath}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return { pid: parsed.pid, hostname: parsed.hostname, processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null };
    }
  } catch {
    // fall through: unreadable content
  }
  throw new StorageError('DATA_DIR_CORRUPT', `lock file ${lockPath} is unreadable; delete it if no server uses this directory`);
}

async function isAlive(holder: LockOwner): Promise<boolean> {
  if (holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if (errnoCode(err) === 'ESRCH') return false;
    // EPERM: the process exists but belongs to someone else.
  }
  if (holder.processStart === null) return true;
  const start = await processStartOf(holder.pid);
  return start === null || start === holder.processStart;
}

/** Field 22 (starttime) of /proc/<pid>/stat: distinguishes a reused pid. Null off Linux. */
async function processStartOf(pid: number): Promise<string | null> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; fields after it follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // fields[0] is field 3 (state), so field 22 is fields[19]
  } catch {
    return null;
  }
}

async function releaseLock(lockPath: string, content: string): Promise<void> {
  const current = await fs.readFile(lockPath, 'utf8').catch(() => null);
  if (current === content) await fs.unlink(lockPath).catch(() => undefined);
}

export function unwritable(dir: string, err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const code = errnoCode(err) ?? 'unknown error';
  return new StorageError('DATA_DIR_UNWRITABLE',
    `data directory ${dir} is not writable (${code}): ${(err as Error).message}; check the path, its permissions and free space`,
    { cause: err });
}
