// The command language shared by the REPL and the one-shot CLI: what each command takes,
// its help text, and parsing argument lists into typed commands (or a UsageError).
import { MATCH_THRESHOLD } from './image/phash';
import { UsageError } from './usage-error';

/** Largest distance an image query may ask for (the server's index supports 0..15). */
export const IMAGE_DISTANCE_MAX = 15;
/** `cas` argument meaning "the key must be absent". */
export const CAS_ABSENT = '--absent';

export type Command =
  | { name: 'set'; key: string; value: string }
  | { name: 'get'; key: string; stale: boolean }
  | { name: 'del'; key: string }
  | { name: 'append'; key: string; value: string }
  | { name: 'cas'; key: string; expect: string | null; value: string }
  | { name: 'keys'; prefix: string; limit: number; stale: boolean }
  | { name: 'iset'; path: string; metadata: string }
  | { name: 'iget'; path: string; maxDistance: number }
  | { name: 'status' }
  | { name: 'leader' }
  | { name: 'help'; topic: string | null }
  | { name: 'history' }
  | { name: 'exit' };

export type CommandName = Command['name'];

export interface CommandSpec {
  name: CommandName;
  /** Arguments as shown in the usage line. */
  args: string;
  summary: string;
  details: string;
  /** Only meaningful inside the REPL. */
  replOnly?: boolean;
  aliases?: string[];
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'set', args: '<key> <value>', summary: 'store a value under a key', details: 'Quote values with spaces: set greeting "hello world".' },
  {
    name: 'get',
    args: '<key> [--stale]',
    summary: 'print the value of a key',
    details: 'Linearizable by default (confirmed by the leader). --stale reads the local state of the member the client talks to.',
  },
  { name: 'del', args: '<key>', summary: 'delete a key', details: 'Says whether the key existed.' },
  { name: 'append', args: '<key> <value>', summary: 'append to a value, print the new value', details: 'An absent key counts as empty.' },
  {
    name: 'cas',
    args: `<key> <expected|${CAS_ABSENT}> <value>`,
    summary: 'compare-and-set',
    details: `Sets <key> to <value> only if it currently holds <expected>; ${CAS_ABSENT} means "only if the key does not exist". On failure prints the current value.`,
  },
  {
    name: 'keys',
    args: '[prefix] [limit] [--stale]',
    summary: 'list keys with a prefix, in byte order',
    details: 'Without a limit the server answers at most 1000 keys (10000 at most).',
  },
  {
    name: 'iset',
    args: '<image path> <metadata>',
    summary: "store metadata under an image's perceptual hash",
    details: 'JPEG, PNG, WebP, GIF, TIFF and AVIF. The hash survives resizing and re-encoding; one record per hash, the last write wins.',
  },
  {
    name: 'iget',
    args: '<image path> [max distance]',
    summary: 'find the metadata stored for an image or a similar copy',
    details: `Prints the nearest stored image within max distance bits of 64 (default ${MATCH_THRESHOLD}, at most ${IMAGE_DISTANCE_MAX}), the Hamming distance, and whether it is the exact same file (same SHA-256).`,
  },
  { name: 'status', args: '', summary: 'show every member: role, leader, ballot, slots, lag', details: 'Asks each member over HTTP; members that do not answer show as down.' },
  { name: 'leader', args: '', summary: 'print the current leader', details: 'Asks every member and prints the leader they name.' },
  { name: 'help', args: '[command]', summary: 'list commands, or explain one', details: '' },
  { name: 'history', args: '', summary: 'show the commands typed so far', details: '!! repeats the last command, !N command N. Kept in ~/.paxoskv_history.', replOnly: true },
  { name: 'exit', args: '', summary: 'leave the REPL (also quit, Ctrl-D)', details: '', replOnly: true, aliases: ['quit'] },
];

export function findSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((spec) => spec.name === name || spec.aliases?.includes(name) === true);
}

export function usageLine(spec: CommandSpec): string {
  return spec.args === '' ? spec.name : `${spec.name} ${spec.args}`;
}

/** Parses `[name, ...args]` into a command; throws UsageError with the usage line. */
export function parseCommand(tokens: readonly string[]): Command {
  if (tokens.length === 0) throw new UsageError('empty command (try help)');
  const [word, ...rest] = tokens;
  const spec = findSpec(word);
  if (spec === undefined) throw new UsageError(`unknown command "${word}" (try help)`);
  const usage = `usage: ${usageLine(spec)}`;
  const flags = new Set(rest.filter((a) => a === '--stale'));
  const args = spec.name === 'get' || spec.name === 'keys' ? rest.filter((a) => a !== '--stale') : [...rest];
  const stale = flags.size > 0;
  const count = (min: number, max: number): void => {
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : `${min} to ${max}`;
      throw new UsageError(`${spec.name}: expected ${expected} argument${max === 1 ? '' : 's'}, got ${args.length} (${usage})`, usage);
    }
  };
  switch (spec.name) {
    case 'set':
    case 'append':
      count(2, 2);
      return { name: spec.name, key: args[0], value: args[1] };
    case 'get':
      count(1, 1);
      return { name: 'get', key: args[0], stale };
    case 'del':
      count(1, 1);
      return { name: 'del', key: args[0] };
    case 'cas':
      count(3, 3);
      return { name: 'cas', key: args[0], expect: args[1] === CAS_ABSENT ? null : args[1], value: args[2] };
    case 'keys':
      count(0, 2);
      return { name: 'keys', prefix: args[0] ?? '', limit: args.length > 1 ? integerArg(args[1], 'limit', 0, 10_000, usage) : 0, stale };
    case 'iset':
      count(2, 2);
      return { name: 'iset', path: args[0], metadata: args[1] };
    case 'iget':
      count(1, 2);
      return {
        name: 'iget',
        path: args[0],
        maxDistance: args.length > 1 ? integerArg(args[1], 'max distance', 0, IMAGE_DISTANCE_MAX, usage) : MATCH_THRESHOLD,
      };
    case 'help':
      count(0, 1);
      return { name: 'help', topic: args[0] ?? null };
    case 'status':
    case 'leader':
    case 'history':
    case 'exit':
      count(0, 0);
      return { name: spec.name };
  }
}

function integerArg(text: string, what: string, min: number, max: number, usage: string): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`${what} must be a whole number from ${min} to ${max}, got "${text}" (${usage})`, usage);
  }
  return Number(text);
}

/** `help` or `help <command>`; `repl` decides whether REPL-only commands are listed. */
export function helpText(topic: string | null, repl: boolean): string {
  if (topic !== null) {
    const spec = findSpec(topic);
    if (spec === undefined) throw new UsageError(`unknown command "${topic}" (try help)`);
    const aliases = spec.aliases === undefined ? '' : `\naliases: ${spec.aliases.join(', ')}`;
    return `usage: ${usageLine(spec)}\n${spec.summary}${spec.details === '' ? '' : `\n${spec.details}`}${aliases}`;
  }
  const specs = COMMANDS.filter((spec) => repl || spec.replOnly !== true);
  const width = Math.max(...specs.map((spec) => usageLine(spec).length));
  const lines = specs.map((spec) => `  ${usageLine(spec).padEnd(width)}  ${spec.summary}`);
  const tail = repl ? 'help <command> explains one command. Quote arguments with spaces: set k "a b".' : '';
  return ['commands:', ...lines, tail].filter((line) => line !== '').join('\n');
}
