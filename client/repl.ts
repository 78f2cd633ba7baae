// The interactive REPL. On a terminal it reads lines with inquirer (loaded with a real
// dynamic import: inquirer is ESM-only, the rest of the client stays CommonJS); when stdin
// is a pipe it reads plain lines, prints results and nothing else, so scripts and tests
// can drive it. No error ever ends the REPL: only exit, quit, Ctrl-D or end of input do.
import { createInterface } from 'node:readline';
import { parseCommand } from './commands';
import { formatError, formatErrorJson, formatResult } from './format';
import { defaultHistoryPath, History } from './history';
import type { KvClient } from './kv-client';
import { runCommand } from './run-command';
import { tokenize } from './tokenize';

export interface ReplOptions {
  client: KvClient;
  json?: boolean;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream;
  errorOutput?: NodeJS.WritableStream;
  /** History file; default ~/.paxoskv_history ($PAXOSKV_HISTORY), and only on a terminal. null: memory only. */
  historyFile?: string | null;
}

interface LineSource {
  /** The next line, or null at the end of input (Ctrl-D, EOF). */
  next(prompt: string): Promise<string | null>;
  close(): void;
}

export async function runRepl(options: ReplOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const errorOutput = options.errorOutput ?? process.stderr;
  const interactive = input.isTTY === true;
  const history = new History(options.historyFile !== undefined ? options.historyFile : interactive ? defaultHistoryPath() : null);
  const source = interactive ? await terminalSource(input, output, history) : pipeSource(input);
  const { client } = options;
  const json = options.json === true;
  if (interactive) output.write(`paxoskv: connected to ${client.members.length} members. Type help for commands, exit or Ctrl-D to leave.\n`);
  try {
    for (;;) {
      const line = await source.next(promptText(client));
      if (line === null) break;
      const outcome = await handleLine(line, { client, json, history, interactive, output, errorOutput });
      if (outcome === 'exit') break;
    }
  } finally {
    source.close();
  }
}

/** `paxoskv container1→container0>`: the member the client talks to, and the leader. */
export function promptText(client: Pick<KvClient, 'currentNode' | 'knownLeader'>): string {
  return `paxoskv ${client.currentNode}→${client.knownLeader ?? '?'}>`;
}

interface LineContext {
  client: KvClient;
  json: boolean;
  history: History;
  interactive: boolean;
  output: NodeJS.WritableStream;
  errorOutput: NodeJS.WritableStream;
}

/** Runs one line; answers 'exit' when the REPL should end. Never throws. */
export async function handleLine(raw: string, context: LineContext): Promise<'exit' | 'continue'> {
  const { output, errorOutput, history } = context;
  if (raw.trim() === '' || raw.trim().startsWith('#')) return 'continue';
  try {
    const line = history.expand(raw);
    if (line !== raw) output.write(`${line}\n`);
    history.add(line.trim());
    const command = parseCommand(tokenize(line));
    if (command.name === 'exit') return 'exit';
    if (command.name === 'history') {
      const text = history.format();
      if (text !== '') output.write(`${text}\n`);
      return 'continue';
    }
    const result = await runCommand(command, { client: context.client, repl: true });
    const printed = formatResult(result, { json: context.json });
    output.write(printed.stdout);
    errorOutput.write(printed.stderr);
  } catch (error) {
    if (context.json) output.write(`${formatErrorJson(error)}\n`);
    else errorOutput.write(`${formatError(error).message}\n`);
  }
  return 'continue';
}

function pipeSource(input: NodeJS.ReadableStream): LineSource {
  const reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  return {
    async next() {
      const step = await lines.next();
      return step.done === true ? null : step.value;
    },
    close: () => reader.close(),
  };
}

interface Key {
  ctrl?: boolean;
  name?: string;
  sequence?: string;
}

/**
 * Replaces the line being edited by typing it: inquirer's input prompt has no history, but it
 * follows readline's line on every keypress, so synthetic keypresses (Ctrl-E, Ctrl-U, then the
 * characters) edit it the way the user would.
 */
function typeLine(input: NodeJS.ReadableStream, text: string): void {
  input.emit('keypress', '\x05', { name: 'e', ctrl: true, sequence: '\x05' });
  input.emit('keypress', '\x15', { name: 'u', ctrl: true, sequence: '\x15' });
  for (const character of text) input.emit('keypress', character, { sequence: character });
}

async function terminalSource(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, history: History): Promise<LineSource> {
  const inquirer = (await import('inquirer')).default;
  let interrupted = false;
  return {
    async next(prompt: string) {
      for (;;) {
        const controller = new AbortController();
        let recalled = history.all.length; // Up/Down walk the history; length = the new line.
        const onKeypress = (_text: string, key: Key | undefined): void => {
          // Ctrl-D on a prompt: leave, like a shell (inquirer's input has no binding for it).
          if (key?.ctrl === true && key.name === 'd') controller.abort();
          if (key?.ctrl === true || (key?.name !== 'up' && key?.name !== 'down')) return;
          const next = Math.min(history.all.length, Math.max(0, recalled + (key.name === 'up' ? -1 : 1)));
          if (next === recalled) return;
          recalled = next;
          const text = history.all[recalled] ?? '';
          // Readline's own history is empty (a fresh one per prompt), so the arrow itself does nothing.
          typeLine(input, text);
        };
        input.on('keypress', onKeypress);
        try {
          const ask = inquirer.createPromptModule({ input, output, signal: controller.signal } as Parameters<typeof inquirer.createPromptModule>[0]);
          const answer = await ask([{ type: 'input', name: 'line', message: prompt, theme: { prefix: '' } }]);
          interrupted = false;
          return String((answer as { line?: unknown }).line ?? '');
        } catch (error) {
          const name = (error as Error).name;
          if (name === 'AbortPromptError') return null;
          if (name !== 'ExitPromptError') throw error;
          // Ctrl-C: the first one cancels the line, a second in a row leaves.
          if (interrupted) return null;
          interrupted = true;
          output.write('(press Ctrl-C again, Ctrl-D or type exit to leave)\n');
        } finally {
          input.removeListener('keypress', onKeypress);
        }
      }
    },
    close() {
      // inquirer releases the terminal after each prompt.
    },
  };
}
