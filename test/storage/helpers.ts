// Shared test helpers for the storage suites: temp dirs, a logger that records what it
// was told, and a StorageIo whose write/sync can be made to fail or to wait.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { nodeIo, type StorageIo } from '../../server/storage/file-io';
import type { StorageLogger } from '../../server/storage/logger';

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `paxoskv-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Creates a temp dir per test and removes it afterwards; call at describe level. */
export function useTempDir(prefix: string): () => string {
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir(prefix);
  });
  afterEach(() => removeDir(dir));
  return () => dir;
}

export interface LogEntry {
  readonly level: 'warn' | 'info' | 'error';
  readonly obj: object;
  readonly msg: string;
}

export class CapturingLogger implements StorageLogger {
  readonly entries: LogEntry[] = [];
  warn(obj: object, msg: string): void {
    this.entries.push({ level: 'warn', obj, msg });
  }
  info(obj: object, msg: string): void {
    this.entries.push({ level: 'info', obj, msg });
  }
  error(obj: object, msg: string): void {
    this.entries.push({ level: 'error', obj, msg });
  }
  at(level: LogEntry['level']): LogEntry[] {
    return this.entries.filter((entry) => entry.level === level);
  }
}

export function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/** A StorageIo over the real one whose calls can be intercepted per call number. */
export class ScriptedIo implements StorageIo {
  writes = 0;
  syncs = 0;
  /** Return an error to fail the call, a promise to delay it, or undefined to proceed. */
  onWrite: (call: number, data: Uint8Array) => Error | Promise<void> | undefined = () => undefined;
  onSync: (call: number) => Error | Promise<void> | undefined = () => undefined;

  async writeAt(handle: FileHandle, data: Uint8Array, position: number): Promise<void> {
    const action = this.onWrite(++this.writes, data);
    if (action instanceof Error) throw action;
    if (action !== undefined) await action;
    await nodeIo.writeAt(handle, data, position);
  }

  async syncData(handle: FileHandle): Promise<void> {
    const action = this.onSync(++this.syncs);
    if (action instanceof Error) throw action;
    if (action !== undefined) await action;
    await nodeIo.syncData(handle);
  }
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export async function expectStorageError(promise: Promise<unknown>, code: string): Promise<Error & { code: string }> {
  try {
    await promise;
  } catch (err) {
    expect((err as { code?: string }).code).toBe(code);
    return err as Error & { code: string };
  }
  throw new Error(`expected a StorageError with code ${code}, but the call succeeded`);
}
