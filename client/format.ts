// Turns command results and errors into text: raw values for pipes, tables for people,
// JSON for machines. Pure functions; the REPL and CLI decide where the text goes.
import { KvError, describeCode } from './errors';
import { ImageError } from './image/phash';
import type { CommandResult } from './run-command';
import type { ClusterStatus, MemberStatus } from './status';
import { UsageError } from './usage-error';

export interface Output {
  /** Text for stdout ('' or ending in a newline). */
  stdout: string;
  /** Text for stderr ('' or ending in a newline). */
  stderr: string;
  /** False when the command did not do what was asked (missing key, failed cas): exit status 1. */
  ok: boolean;
}

export interface FormatOptions {
  json: boolean;
  /** Colourless, and no progress bars wider than this (default 20 cells). */
  barWidth?: number;
}

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
const out = (stdout: string, ok = true, stderr = ''): Output => ({ stdout: stdout === '' ? '' : line(stdout), stderr: stderr === '' ? '' : line(stderr), ok });
const json = (value: unknown, ok = true): Output => out(JSON.stringify(value), ok);

export function formatResult(result: CommandResult, options: FormatOptions): Output {
  return options.json ? formatJson(result) : formatHuman(result, options);
}

function formatJson(result: CommandResult): Output {
  switch (result.kind) {
    case 'ok':
      return json({ ok: true });
    case 'value':
      return result.value === null ? json({ key: result.key, value: null, error: { code: 'NOT_FOUND' } }, false) : json({ key: result.key, value: result.value });
    case 'deleted':
      return json({ ok: true, existed: result.existed });
    case 'cas':
      return json({ ok: result.result.ok, current: result.result.current }, result.result.ok);
    case 'keys':
      return json({ keys: result.keys });
    case 'imageStored':
      return json({ ok: true, ...result.image });
    case 'imageFound': {
      const best = result.matches[0] ?? null;
      return json({ query: result.image, maxDistance: result.maxDistance, match: best, matches: result.matches }, best !== null);
    }
    case 'status':
      return json(result.status);
    case 'leader':
      return json({ leader: result.leader }, result.leader !== null);
    case 'text':
      return json({ help: result.text });
  }
}

function formatHuman(result: CommandResult, options: FormatOptions): Output {
  switch (result.kind) {
    case 'ok':
      return out('OK');
    case 'value':
      // Raw value and a newline, fit for pipes; a missing key prints nothing on stdout.
      // Always exactly one newline added, so `a` and `a\n` stay distinguishable.
      return result.value === null ? out('', false, 'not found') : { stdout: `${result.value}\n`, stderr: '', ok: true };
    case 'deleted':
      return out(result.existed ? 'deleted' : 'not found (nothing deleted)');
    case 'cas':
      if (result.result.ok) return out('OK');
      return out('', false, result.result.current === null ? 'cas failed: the key does not exist' : `cas failed: current value: ${result.result.current}`);
    case 'keys':
      return out(result.keys.join('\n'));
    case 'imageStored': {
      const { phash, width, height, format } = result.image;
      return out(`OK stored under phash ${phash} (${width}x${height} ${format})`);
    }
    case 'imageFound':
      return formatImageMatch(result);
    case 'status':
      return out(formatStatusTable(result.status, options.barWidth ?? 20));
    case 'leader':
      return result.leader === null ? out('', false, 'no leader known (no member names one)') : out(result.leader);
    case 'text':
      return out(result.text);
  }
}

function formatImageMatch(result: Extract<CommandResult, { kind: 'imageFound' }>): Output {
  const best = result.matches[0];
  if (best === undefined) return out('', false, `no match within ${result.maxDistance} bits (phash ${result.image.phash})`);
  const how = best.exact ? 'exact match (same file)' : best.distance === 0 ? 'same hash, different file' : 'similar image';
  const others = result.matches.length > 1 ? `\n(${result.matches.length - 1} more within ${result.maxDistance} bits)` : '';
  return out(`${best.metadata}\ndistance ${best.distance}/64 bits, ${how}; stored phash ${best.phash}${others}`);
}

/** The members table, with a progress bar for members catching up. */
export function formatStatusTable(status: ClusterStatus, barWidth: number): string {
  const header = ['NAME', 'ROLE', 'LEADER', 'BALLOT', 'CHOSEN', 'APPLIED', 'LAG', ''];
  const rows = status.members.map((m) => statusRow(m, status, barWidth));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const up = status.members.filter((m) => m.up).length;
  const summary = `${up}/${status.members.length} members up; leader: ${status.leader ?? 'none'}`;
  return [render(header), ...rows.map(render), summary].join('\n');
}

function statusRow(m: MemberStatus, status: ClusterStatus, barWidth: number): string[] {
  const name = m.name === status.leader ? `${m.name}*` : m.name;
  if (!m.up) return [name, 'down', '-', '-', '-', '-', '-', m.error ?? ''];
  const show = (v: number | string | null | undefined): string => (v === undefined || v === null ? '-' : String(v));
  const leaderChosen = status.members.find((x) => x.name === status.leader)?.chosenSlot;
  const behind = (m.lag !== undefined && m.lag > 0) || m.catchingUp === true;
  const bar = behind && leaderChosen !== undefined && m.appliedSlot !== undefined ? progressBar(m.appliedSlot, leaderChosen, barWidth) : '';
  return [name, show(m.role), show(m.leader), show(m.ballot), show(m.chosenSlot), show(m.appliedSlot), show(m.lag), bar];
}

/** `[#########-----------]  45% catching up` */
export function progressBar(done: number, total: number, width: number): string {
  const fraction = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.floor(fraction * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)
    .toString()
    .padStart(3)}% catching up`;
}

/** One line for any error, and the exit status it means (2: usage, 1: operation). */
export function formatError(error: unknown): { message: string; exitCode: 1 | 2; code: string } {
  if (error instanceof UsageError) return { message: `error: ${error.message}`, exitCode: 2, code: 'USAGE' };
  if (error instanceof KvError) {
    const described = describeCode(error.code);
    const text = error.message === '' || error.message === described ? described : error.message;
    return { message: `error: ${error.code}: ${text}`, exitCode: 1, code: error.code };
  }
  if (error instanceof ImageError) return { message: `error: ${error.code}: ${error.message}`, exitCode: 1, code: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `error: ${message}`, exitCode: 1, code: 'ERROR' };
}

/** The error as JSON for `--json`. */
export function formatErrorJson(error: unknown): string {
  const { code } = formatError(error);
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ error: { code, message } });
}
