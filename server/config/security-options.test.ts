// TLS and client-token settings as parseServerOptions resolves them (flags, env, files).
import { generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './errors';
import { thrownBy } from '../../test/testkit/errors';
import { Environment, parseServerOptions, serverUsage } from './options';

const HOSTFILE = 'node0 127.0.0.1:7100\nnode1 127.0.0.1:7101\nnode2 127.0.0.1:7102\n';
const TOKENS = 'ro-0123456789abcdef read-only alice\nrw-0123456789abcdef read-write bob\n';
let dir: string;
let files: Record<string, string>;

beforeAll(() => {
  // A real CA and certificate from the script operators use, so the PEM checks see real input.
  dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-opts-'));
  writeFileSync(path.join(dir, 'hosts.txt'), HOSTFILE);
  execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'make-certs.sh'), '-h', path.join(dir, 'hosts.txt'), '-o', path.join(dir, 'tls')], { stdio: 'ignore' });
  const read = (name: string): string => readFileSync(path.join(dir, 'tls', name), 'utf8');
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  files = {
    'hosts.txt': HOSTFILE, 'tokens.txt': TOKENS, 'cert.pem': read('node0.pem'), 'key.pem': read('node0-key.pem'),
    'ca.pem': read('ca.pem'), 'other-key.pem': otherKey, 'not-pem.txt': 'hello\n',
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parseWithWarnings(argv: string[], env: Environment = {}) {
  return parseServerOptions(['-h', 'hosts.txt', '-n', 'node0', '--insecure', ...argv], env, {
    readFile(filePath: string): string {
      const text = files[filePath];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${filePath}'`);
      return text;
    },
  });
}

function parse(argv: string[], env: Environment = {}) {
  return parseWithWarnings(argv, env).options;
}

const configError = (run: () => unknown): ConfigError => thrownBy(ConfigError, run);

describe('TLS options', () => {
  test('without TLS settings the node stays on plain http and ws', () => {
    expect(parse([]).tls).toBeNull();
  });

  test('--tls-cert, --tls-key and --tls-ca load the PEM files', () => {
    const tls = parse(['--tls-cert', 'cert.pem', '--tls-key', 'key.pem', '--tls-ca', 'ca.pem']).tls!;
    expect(tls.cert).toBe(files['cert.pem']);
    expect(tls.key).toBe(files['key.pem']);
    expect(tls.ca).toBe(files['ca.pem']);
    expect(tls.certPath).toBe('cert.pem');
  });

  test('the environment variables work too, and flags win over them', () => {
    const env = { PAXOSKV_TLS_CERT: 'missing.pem', PAXOSKV_TLS_KEY: 'key.pem' };
    expect(parse(['--tls-cert', 'cert.pem'], env).tls?.certPath).toBe('cert.pem');
    expect(parse([], { PAXOSKV_TLS_CERT: 'cert.pem', PAXOSKV_TLS_KEY: 'key.pem', PAXOSKV_TLS_CA: 'ca.pem' }).tls?.caPath).toBe('ca.pem');
  });

  test.each([
    ['a certificate without a key', ['--tls-cert', 'cert.pem'], '--tls-cert given alone'],
    ['a key without a certificate', ['--tls-key', 'key.pem'], '--tls-key given alone'],
    ['a CA alone', ['--tls-ca', 'ca.pem'], '--tls-ca needs --tls-cert and --tls-key'],
    ['an unreadable file, named', ['--tls-cert', 'nope.pem', '--tls-key', 'key.pem'], '--tls-cert: cannot read nope.pem'],
    ['a file that is not PEM', ['--tls-cert', 'not-pem.txt', '--tls-key', 'key.pem'], 'not-pem.txt holds no PEM certificate'],
    ['a key of another certificate', ['--tls-cert', 'cert.pem', '--tls-key', 'other-key.pem'], 'TLS certificate cert.pem, key other-key.pem'],
  ])('refuses %s with BAD_TLS', (_what, argv, message) => {
    const error = configError(() => parse(argv));
    expect(error.code).toBe('BAD_TLS');
    expect(error.message).toContain(message);
  });
});

describe('client token options', () => {
  test('without tokens clients need none', () => {
    expect(parse([]).clientTokens).toBeNull();
  });

  test('--client-tokens-file and PAXOSKV_CLIENT_TOKENS_FILE read the tokens file', () => {
    expect(parse(['--client-tokens-file', 'tokens.txt']).clientTokens).toHaveLength(2);
    expect(parse([], { PAXOSKV_CLIENT_TOKENS_FILE: 'tokens.txt' }).clientTokens?.[0]).toEqual(
      { token: 'ro-0123456789abcdef', role: 'read-only', user: 'alice' },
    );
  });

  test('PAXOSKV_CLIENT_TOKEN is one read-write token; the flag wins over it', () => {
    expect(parse([], { PAXOSKV_CLIENT_TOKEN: 'single-token-0123456789\n' }).clientTokens).toEqual([
      { token: 'single-token-0123456789', role: 'read-write', user: 'PAXOSKV_CLIENT_TOKEN' },
    ]);
    expect(parse(['--client-tokens-file', 'tokens.txt'], { PAXOSKV_CLIENT_TOKEN: 'single-token-0123456789' }).clientTokens).toHaveLength(2);
  });

  test.each([
    ['an unreadable tokens file, named', ['--client-tokens-file', 'nope.txt'], {}, 'BAD_CLIENT_TOKENS', '--client-tokens-file: cannot read nope.txt'],
    ['a short PAXOSKV_CLIENT_TOKEN', [], { PAXOSKV_CLIENT_TOKEN: 'short' }, 'BAD_CLIENT_TOKENS', 'at least 16 characters'],
    ['both environment forms', [], { PAXOSKV_CLIENT_TOKENS_FILE: 'tokens.txt', PAXOSKV_CLIENT_TOKEN: 'single-token-0123456789' },
      'CONFLICTING_OPTIONS', 'PAXOSKV_CLIENT_TOKENS_FILE and PAXOSKV_CLIENT_TOKEN'],
  ])('refuses %s', (_what, argv, env, code, message) => {
    const error = configError(() => parse(argv, env));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  test('tokens without TLS start with a warning that they travel in clear text; with TLS, none', () => {
    const run = (argv: string[]) => parseWithWarnings(argv).warnings;
    expect(run(['--client-tokens-file', 'tokens.txt']).some((w) => w.includes('clear text'))).toBe(true);
    const withTls = run(['--client-tokens-file', 'tokens.txt', '--tls-cert', 'cert.pem', '--tls-key', 'key.pem']);
    expect(withTls.some((w) => w.includes('clear text'))).toBe(false);
  });

  test('--help documents the TLS and token settings and their environment variables', () => {
    const usage = serverUsage();
    for (const word of ['--tls-cert', '--tls-key', '--tls-ca', '--client-tokens-file', 'PAXOSKV_TLS_CERT', 'PAXOSKV_CLIENT_TOKENS_FILE', 'PAXOSKV_CLIENT_TOKEN']) {
      expect(usage).toContain(word);
    }
  });
});
