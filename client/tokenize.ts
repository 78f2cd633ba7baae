// Splits a REPL line into arguments the way a POSIX shell would, minus expansion:
//   set greeting "hello world"      → set, greeting, hello world
//   set path 'C:\dir'               → single quotes keep everything literally
//   set quote "say \"hi\""          → in double quotes, \" and \\ are escapes
//   set spaced hello\ world         → outside quotes, a backslash escapes any character
//   set empty ""                    → an empty argument
import { UsageError } from './usage-error';

export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else current += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) current += line[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inToken = true;
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new UsageError('a backslash at the end of the line escapes nothing');
      current += line[++i];
      inToken = true;
    } else if (/\s/.test(c)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
  }
  if (quote !== null) throw new UsageError(`unterminated ${quote === '"' ? 'double' : 'single'} quote`);
  if (inToken) tokens.push(current);
  return tokens;
}

/** Quotes an argument so tokenize() gives it back unchanged (for history and messages). */
export function quoteArg(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_.,:/@%+=-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
