// The small set of durable-write primitives storage is built on, behind an interface so
// tests can inject ENOSPC / EIO exactly where they want. Everything else (reads, listing,
// rename) uses node:fs directly: only the write and sync paths need fault injection.

import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface StorageIo {
  /** Writes all of `data` at `position` (loops over short writes). */
  writeAt(handle: FileHandle, data: Uint8Array, position: number): Promise<void>;
  /** fdatasync(2): the data and the metadata needed to read it (size) are on disk. */
  syncData(handle: FileHandle): Promise<void>;
}

export const nodeIo: StorageIo = {
  async writeAt(handle, data, position) {
    let written = 0;
    while (written < data.length) {
      const { bytesWritten } = await handle.write(data, written, data.length - written, position + written);
      // A regular file never returns 0 without an error; guard the loop anyway.
      if (bytesWritten <= 0) throw Object.assign(new Error('write returned 0 bytes'), { code: 'EIO' });
      written += bytesWritten;
    }
  },
  async syncData(handle) {
    await handle.datasync();
  },
};

/**
 * fsync a directory so that file creations, renames and unlinks inside it survive a
 * crash. On Linux a new file is not durable until its directory entry is.
 */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * mkdir -p with mode 0700, then fsync every parent that gained an entry, so a directory
 * we create survives a crash together with what we later put in it.
 * Returns whether anything was created.
 */
export async function ensureDirectory(dir: string): Promise<boolean> {
  const firstCreated = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (firstCreated === undefined) return false;
  const stop = path.dirname(path.resolve(firstCreated));
  let current = path.resolve(dir);
  const parentsToSync: string[] = [];
  for (;;) {
    const parent = path.dirname(current);
    parentsToSync.push(parent);
    if (parent === stop || parent === current) break;
    current = parent;
  }
  for (const parent of parentsToSync) await syncDirectory(parent);
  return true;
}
