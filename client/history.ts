// REPL history: in memory, optionally persisted one command per line (~/.paxoskv_history),
// with `!!` (last command) and `!N` (command N) recall.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './usage-error';

/** Most commands kept, in memory and on disk. */
export const HISTORY_ENTRIES_MAX = 1000;

export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAXOSKV_HISTORY !== undefined && env.PAXOSKV_HISTORY !== '' ? env.PAXOSKV_HISTORY : join(homedir(), '.paxoskv_history');
}

export class History {
  private readonly entries: string[] = [];
  private readonly file: string | null;

  /** `file` null: memory only. A file that cannot be read or written is ignored. */
  constructor(file: string | null) {
    this.file = file;
    if (file === null) return;
    try {
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
      this.entries.push(...lines.slice(-HISTORY_ENTRIES_MAX));
    } catch {
      // No history yet.
    }
  }

  get all(): readonly string[] {
    return this.entries;
  }

  add(line: string): void {
    if (line.includes('\n') || line.trim() === '' || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    const overflow = this.entries.length - HISTORY_ENTRIES_MAX;
    if (overflow > 0) this.entries.splice(0, overflow);
    if (this.file === null) return;
    try {
      if (overflow > 0) writeFileSync(this.file, `${this.entries.join('\n')}\n`, { mode: 0o600 });
      else appendFileSync(this.file, `${line}\n`, { mode: 0o600 });
    } catch {
      // History is a convenience: a read-only home must not break the REPL.
    }
  }

  /** `!!` → the last command, `!N` → command N (as `history` numbers them); other lines as they are. */
  expand(line: string): string {
    const trimmed = line.trim();
    if (trimmed === '!!') {
      const last = this.entries[this.entries.length - 1];
      if (last === undefined) throw new UsageError('!!: no previous command');
      return last;
    }
    const match = /^!(\d+)$/.exec(trimmed);
    if (match === null) return line;
    const entry = this.entries[Number(match[1]) - 1];
    if (entry === undefined) throw new UsageError(`!${match[1]}: no such command in history (1..${this.entries.length})`);
    return entry;
  }

  /** Numbered list, the latest `count` entries. */
  format(count = 50): string {
    const start = Math.max(0, this.entries.length - count);
    const width = String(this.entries.length).length;
    return this.entries
      .slice(start)
      .map((entry, i) => `${String(start + i + 1).padStart(width)}  ${entry}`)
      .join('\n');
  }
}
