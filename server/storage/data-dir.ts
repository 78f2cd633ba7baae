// The data directory's identity: which cluster and member it belongs to, and the random
// incarnation id of this copy of the member's durable state.
//
// Why: a member whose disk was wiped may have forgotten promises and accepted values, so
// it must not vote as its old self (see DESIGN.md, "Disk loss is the dangerous case").
// A wiped (empty) directory gets a brand-new incarnation, which is what lets the
// configuration tell the new life from the old. Conversely a directory written by a
// different member or cluster is refused: reusing its acceptor state would be unsafe.
//
// identity.json = {"clusterId": string, "name": string, "incarnation": 16 hex digits}.
// It is written to a temp file, fsynced, renamed, and the directory fsynced, so it exists
// completely or not at all. It is only ever created in an empty directory: a directory
// holding other files but no identity is refused rather than adopted.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errnoCode, StorageError } from './errors';
import { acquireDirLock, LOCK_FILE_NAME, LOCK_TEMP_PREFIX, unwritable } from './dir-lock';
import { ensureDirectory, syncDirectory } from './file-io';
import { invariant } from './invariant';
import { silentLogger, type StorageLogger } from './logger';

export const IDENTITY_FILE_NAME = 'identity.json';
const IDENTITY_TEMP_NAME = 'identity.json.tmp';
const INCARNATION_PATTERN = /^[0-9a-f]{16}$/;
/** Entries that do not make a directory "used": our lock and temp files, ext4's lost+found on a mount point. */
const IGNORED_ENTRIES = new Set([LOCK_FILE_NAME, IDENTITY_TEMP_NAME, 'lost+found']);

export interface DataDirIdentity {
  readonly clusterId: string;
  readonly name: string;
  readonly incarnation: string;
}

export interface DataDirOptions {
  readonly clusterId: string;
  readonly name: string;
  readonly logger?: StorageLogger;
  /** Source of new incarnation ids (16 lowercase hex digits); injectable for tests. */
  readonly newIncarnation?: () => string;
}

export interface DataDir {
  readonly dir: string;
  readonly incarnation: string;
  /** True when this call created the identity (first start, or the disk was wiped). */
  readonly fresh: boolean;
  readonly identity: DataDirIdentity;
  /** Releases the directory lock (on shutdown). */
  release(): Promise<void>;
}

export function randomIncarnation(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Creates `dir` if missing (mode 0700), locks it for this process, and reads or creates
 * its identity. Throws StorageError: DATA_DIR_UNWRITABLE, DATA_DIR_LOCKED,
 * FOREIGN_DATA_DIR (another cluster's or member's directory, or non-empty without an
 * identity), DATA_DIR_CORRUPT (identity.json unreadable).
 */
export async function openDataDir(dir: string, options: DataDirOptions): Promise<DataDir> {
  invariant(typeof options.clusterId === 'string' && options.clusterId.length > 0, 'clusterId must be a non-empty string');
  invariant(typeof options.name === 'string' && options.name.length > 0, 'member name must be a non-empty string');
  const logger = options.logger ?? silentLogger;
  try {
    await ensureDirectory(dir);
  } catch (err) {
    throw unwritable(dir, err);
  }
  await warnIfNotPrivate(dir, logger);
  const lock = await acquireDirLock(dir, logger);
  try {
    const { identity, fresh } = await readOrCreateIdentity(dir, options, logger);
    logger.info({ dir, ...identity, fresh }, fresh ? 'data dir: new identity created' : 'data dir: identity loaded');
    return { dir, incarnation: identity.incarnation, fresh, identity, release: () => lock.release() };
  } catch (err) {
    await lock.release().catch(() => undefined);
    throw err;
  }
}

async function readOrCreateIdentity(
  dir: string,
  options: DataDirOptions,
  logger: StorageLogger,
): Promise<{ identity: DataDirIdentity; fresh: boolean }> {
  const existing = await readIdentity(dir);
  if (existing !== null) {
    if (existing.clusterId !== options.clusterId || existing.name !== options.name) {
      throw new StorageError('FOREIGN_DATA_DIR',
        `data directory ${dir} belongs to member "${existing.name}" of cluster "${existing.clusterId}" ` +
        `(incarnation ${existing.incarnation}), not to member "${options.name}" of cluster "${options.clusterId}"; ` +
        'use the right --data-dir, or empty this one deliberately to start this member afresh');
    }
    return { identity: existing, fresh: false };
  }
  const others = (await fs.readdir(dir)).filter((name) => !IGNORED_ENTRIES.has(name) && !name.startsWith(LOCK_TEMP_PREFIX));
  if (others.length > 0) {
    throw new StorageError('FOREIGN_DATA_DIR',
      `data directory ${dir} is not empty (${others.slice(0, 5).join(', ')}${others.length > 5 ? ', ...' : ''}) ` +
      `but has no ${IDENTITY_FILE_NAME}; refusing to adopt state of unknown origin`);
  }
  const incarnation = (options.newIncarnation ?? randomIncarnation)();
  invariant(INCARNATION_PATTERN.test(incarnation), `incarnation must be 16 lowercase hex digits, got "${incarnation}"`);
  const identity: DataDirIdentity = { clusterId: options.clusterId, name: options.name, incarnation };
  await writeIdentity(dir, identity);
  logger.info({ dir, incarnation }, 'data dir: empty directory, new incarnation');
  return { identity, fresh: true };
}

async function readIdentity(dir: string): Promise<DataDirIdentity | null> {
  const file = path.join(dir, IDENTITY_FILE_NAME);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw unwritable(dir, err);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const candidate = parsed as Partial<DataDirIdentity> | null;
  if (
    candidate === null ||
    typeof candidate.clusterId !== 'string' ||
    typeof candidate.name !== 'string' ||
    typeof candidate.incarnation !== 'string' ||
    !INCARNATION_PATTERN.test(candidate.incarnation)
  ) {
    throw new StorageError('DATA_DIR_CORRUPT', `${file} is not a valid identity file; refusing to guess who this directory belongs to`);
  }
  return { clusterId: candidate.clusterId, name: candidate.name, incarnation: candidate.incarnation };
}

async function writeIdentity(dir: string, identity: DataDirIdentity): Promise<void> {
  const temp = path.join(dir, IDENTITY_TEMP_NAME);
  try {
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(identity)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path.join(dir, IDENTITY_FILE_NAME));
    await syncDirectory(dir);
  } catch (err) {
    throw unwritable(dir, err);
  }
}

async function warnIfNotPrivate(dir: string, logger: StorageLogger): Promise<void> {
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new StorageError('DATA_DIR_UNWRITABLE', `data directory ${dir} exists but is not a directory`);
    if ((stat.mode & 0o077) !== 0) {
      logger.warn({ dir, mode: (stat.mode & 0o777).toString(8) }, 'data dir: directory is accessible to other users; 0700 recommended');
    }
  } catch (err) {
    throw unwritable(dir, err);
  }
}
