// The client tokens file (`--client-tokens-file`): one token per line,
//   TOKEN ROLE [USER]      ROLE is read-only or read-write; USER names the holder in logs
// `#` starts a comment, blank lines are skipped. Parsing is strict: a malformed line, a
// duplicate token or a short token is a ConfigError naming the line, because a file that
// half-loads would silently lock someone out or let someone in.
import { ConfigError } from './errors';

export const CLIENT_ROLES = ['read-only', 'read-write'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

/** Tokens shorter than this are refused: they could be guessed. */
export const CLIENT_TOKEN_MIN_CHARS = 16;

export interface ClientToken {
  readonly token: string;
  readonly role: ClientRole;
  /** Who holds the token; defaults to `token-<line>` so logs never show the token itself. */
  readonly user: string;
}

/** Characters a token may use: what fits in an `Authorization: Bearer` header unquoted (RFC 6750 b64token). */
const TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]+=*$/;

export function parseClientTokens(text: string, source: string): ClientToken[] {
  const tokens: ClientToken[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.replace(/#.*$/, '').trim();
    if (content === '') return;
    const fields = content.split(/\s+/);
    if (fields.length < 2 || fields.length > 3) {
      throw bad(source, line, `expected "TOKEN ROLE [USER]", found ${fields.length} field(s)`);
    }
    const [token, role, user] = fields as [string, string, string | undefined];
    if (!TOKEN_PATTERN.test(token)) {
      throw bad(source, line, 'the token may use only letters, digits and - . _ ~ + / (then = padding)');
    }
    if (token.length < CLIENT_TOKEN_MIN_CHARS) {
      throw bad(source, line, `the token is ${token.length} characters; use at least ${CLIENT_TOKEN_MIN_CHARS}`);
    }
    if (!(CLIENT_ROLES as readonly string[]).includes(role)) {
      throw bad(source, line, `unknown role "${role}" (one of ${CLIENT_ROLES.join(', ')})`);
    }
    const earlier = seen.get(token);
    if (earlier !== undefined) throw bad(source, line, `duplicate token (first on line ${earlier})`);
    seen.set(token, line);
    tokens.push({ token, role: role as ClientRole, user: user ?? `token-${line}` });
  });
  if (tokens.length === 0) {
    throw new ConfigError('BAD_CLIENT_TOKENS', `${source}: no tokens (expected lines "TOKEN ROLE [USER]")`);
  }
  return tokens;
}

function bad(source: string, line: number, detail: string): ConfigError {
  return new ConfigError('BAD_CLIENT_TOKENS', `${source} line ${line}: ${detail}`, line);
}
