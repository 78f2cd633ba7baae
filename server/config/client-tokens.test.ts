import { ConfigError } from './errors';
import { thrownBy } from '../../test/testkit/errors';
import { parseClientTokens } from './client-tokens';

const READ_ONLY = 'ro-0123456789abcdef';
const READ_WRITE = 'rw-0123456789abcdef';

const configError = (run: () => unknown): ConfigError => thrownBy(ConfigError, run);

describe('parseClientTokens', () => {
  test('reads TOKEN ROLE [USER] lines, skipping comments and blank lines', () => {
    const text = `# tokens\n\n${READ_ONLY} read-only alice   # reporting\n  ${READ_WRITE}\tread-write\n`;
    expect(parseClientTokens(text, 'tokens.txt')).toEqual([
      { token: READ_ONLY, role: 'read-only', user: 'alice' },
      { token: READ_WRITE, role: 'read-write', user: 'token-4' },
    ]);
  });

  test.each([
    ['a line with one field', `${READ_ONLY}\n`, 1, 'expected "TOKEN ROLE [USER]"'],
    ['a line with four fields', `${READ_ONLY} read-only alice extra\n`, 1, 'expected "TOKEN ROLE [USER]"'],
    ['an unknown role', `# c\n${READ_ONLY} admin\n`, 2, 'unknown role "admin"'],
    ['a token under 16 characters', 'short-token read-write\n', 1, 'use at least 16'],
    ['a token with a quote in it', `"${READ_ONLY}" read-write\n`, 1, 'may use only'],
    ['a duplicate token', `${READ_ONLY} read-only a\n${READ_WRITE} read-write b\n${READ_ONLY} read-write c\n`, 3, 'duplicate token (first on line 1)'],
  ])('refuses %s with BAD_CLIENT_TOKENS and the line number', (_what, text, line, detail) => {
    const error = configError(() => parseClientTokens(text, 'tokens.txt'));
    expect(error.code).toBe('BAD_CLIENT_TOKENS');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`tokens.txt line ${line}: `);
    expect(error.message).toContain(detail);
  });

  test('a file with no tokens at all is an error, not "no access control"', () => {
    const error = configError(() => parseClientTokens('# nothing yet\n\n', 'tokens.txt'));
    expect(error.code).toBe('BAD_CLIENT_TOKENS');
    expect(error.message).toContain('no tokens');
  });
});
