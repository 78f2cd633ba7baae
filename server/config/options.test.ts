import { ConfigError } from './errors';
import { thrownBy } from '../../test/testkit/errors';
import { deriveClusterId, Environment, OptionsIo, parseServerOptions, serverUsage } from './options';
import { DEFAULT_GATEWAY_LIMITS } from '../gateway/limits';

const HOSTFILE = ['container0 127.0.0.1:7100', 'container1 127.0.0.1:7101', 'container2 dns-name:7102', ''].join('\n');
const SECRET = 'a-long-enough-cluster-secret';

function filesIo(files: Record<string, string>): OptionsIo {
  return {
    readFile(filePath: string): string {
      const text = files[filePath];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${filePath}'`);
      return text;
    },
  };
}

const io = filesIo({ 'hosts.txt': HOSTFILE, 'other-hosts.txt': 'x\ny\nz\n', 'secret.txt': `${SECRET}\n` });

function parse(argv: string[], env: Environment = { PAXOSKV_CLUSTER_SECRET: SECRET }) {
  return parseServerOptions(argv, env, io);
}

const configError = (run: () => unknown): ConfigError => thrownBy(ConfigError, run);

describe('parseServerOptions', () => {
  test('short flags: -h is the hostfile, -n the name; defaults fill the rest', () => {
    const { options, warnings } = parse(['-h', 'hosts.txt', '-n', 'container1']);
    expect(options.hostfilePath).toBe('hosts.txt');
    expect(options.name).toBe('container1');
    expect(options.self).toEqual({ index: 1, name: 'container1', host: '127.0.0.1', port: 7101 });
    expect(options.members).toHaveLength(3);
    expect(options.dataDir).toBe('./data/container1');
    expect(options.listenHost).toBe('127.0.0.1');
    expect(options.listenPort).toBe(7101);
    expect(options.clusterSecret?.toString()).toBe(SECRET);
    expect(options.insecure).toBe(false);
    expect(options.logLevel).toBe('info');
    expect(options.requestTimeoutMs).toBe(5000);
    expect(options.snapshotLogBytes).toBe(64 * 1024 * 1024);
    expect(options.clusterId).toBe(deriveClusterId(options.members));
    expect(options.clusterId).toMatch(/^[0-9a-f]{16}$/);
    expect(warnings).toEqual([]);
  });

  test('long flags', () => {
    const { options } = parse([
      '--hostfile', 'hosts.txt', '--name', 'container0', '--data-dir', '/var/lib/paxoskv',
      '--listen', '0.0.0.0', '--log-level', 'debug', '--request-timeout-ms', '250',
      '--snapshot-log-bytes', '1048576', '--cluster-id', 'prod-1',
    ]);
    expect(options.dataDir).toBe('/var/lib/paxoskv');
    expect(options.listenHost).toBe('0.0.0.0');
    expect(options.logLevel).toBe('debug');
    expect(options.requestTimeoutMs).toBe(250);
    expect(options.snapshotLogBytes).toBe(1048576);
    expect(options.clusterId).toBe('prod-1');
  });

  test('listen defaults to 0.0.0.0 when the member host is a DNS name; brackets are stripped', () => {
    expect(parse(['-h', 'hosts.txt', '-n', 'container2']).options.listenHost).toBe('0.0.0.0');
    expect(parse(['-h', 'hosts.txt', '-n', 'container2', '--listen', '[::1]']).options.listenHost).toBe('::1');
  });

  test('everything can come from the environment', () => {
    const { options } = parseServerOptions(
      [],
      {
        PAXOSKV_HOSTFILE: 'hosts.txt',
        PAXOSKV_NAME: 'container2',
        PAXOSKV_DATA_DIR: '/data',
        PAXOSKV_LISTEN: '10.0.0.2',
        PAXOSKV_CLUSTER_ID: 'from-env',
        PAXOSKV_CLUSTER_SECRET_FILE: 'secret.txt',
        PAXOSKV_LOG_LEVEL: 'WARN',
        PAXOSKV_REQUEST_TIMEOUT_MS: '1234',
        PAXOSKV_SNAPSHOT_LOG_BYTES: '4096',
      },
      io,
    );
    expect(options.self.index).toBe(2);
    expect(options.dataDir).toBe('/data');
    expect(options.listenHost).toBe('10.0.0.2');
    expect(options.clusterId).toBe('from-env');
    expect(options.clusterSecret?.toString()).toBe(SECRET); // trailing newline trimmed
    expect(options.logLevel).toBe('warn');
    expect(options.requestTimeoutMs).toBe(1234);
    expect(options.snapshotLogBytes).toBe(4096);
  });

  test('flags win over the environment', () => {
    const env = {
      PAXOSKV_HOSTFILE: 'other-hosts.txt',
      PAXOSKV_NAME: 'x',
      PAXOSKV_DATA_DIR: '/env-dir',
      PAXOSKV_LOG_LEVEL: 'error',
      PAXOSKV_REQUEST_TIMEOUT_MS: '9',
      PAXOSKV_CLUSTER_SECRET: 'env-secret-which-loses',
    };
    const { options, warnings } = parseServerOptions(
      ['-h', 'hosts.txt', '-n', 'container0', '--data-dir', '/flag-dir', '--log-level', 'trace',
        '--request-timeout-ms', '77', '--cluster-secret-file', 'secret.txt'],
      env,
      io,
    );
    expect(options.hostfilePath).toBe('hosts.txt');
    expect(options.name).toBe('container0');
    expect(options.dataDir).toBe('/flag-dir');
    expect(options.logLevel).toBe('trace');
    expect(options.requestTimeoutMs).toBe(77);
    expect(options.clusterSecret?.toString()).toBe(SECRET);
    expect(warnings).toEqual(['--cluster-secret-file given: ignoring PAXOSKV_CLUSTER_SECRET']);
  });

  test('empty environment values count as unset', () => {
    const error = configError(() => parseServerOptions(['-h', 'hosts.txt'], { PAXOSKV_NAME: '' }, io));
    expect(error.code).toBe('MISSING_OPTION');
  });

  test('no secret and no --insecure: NO_CLUSTER_SECRET explaining both ways out', () => {
    const error = configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0'], {}, io));
    expect(error.code).toBe('NO_CLUSTER_SECRET');
    expect(error.message).toContain('PAXOSKV_CLUSTER_SECRET');
    expect(error.message).toContain('--cluster-secret-file');
    expect(error.message).toContain('--insecure');
  });

  test('--insecure and PAXOSKV_INSECURE=1 run without a secret, with a warning', () => {
    for (const [argv, env] of [
      [['--insecure'], {}],
      [[], { PAXOSKV_INSECURE: '1' }],
    ] as const) {
      const { options, warnings } = parseServerOptions(['-h', 'hosts.txt', '-n', 'container0', ...argv], env, io);
      expect(options.clusterSecret).toBeNull();
      expect(options.insecure).toBe(true);
      expect(warnings.join('\n')).toMatch(/insecure/);
    }
    expect(configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0'], { PAXOSKV_INSECURE: '0' }, io)).code)
      .toBe('NO_CLUSTER_SECRET');
    expect(configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0'], { PAXOSKV_INSECURE: 'maybe' }, io)).code)
      .toBe('BAD_OPTION');
  });

  test('--insecure flag wins over a secret in the environment (with a warning)', () => {
    const { options, warnings } = parse(['-h', 'hosts.txt', '-n', 'container0', '--insecure']);
    expect(options.clusterSecret).toBeNull();
    expect(warnings[0]).toBe('--insecure given: ignoring PAXOSKV_CLUSTER_SECRET');
  });

  test('contradictory secret settings are errors', () => {
    expect(configError(() => parse(['-h', 'hosts.txt', '-n', 'container0', '--insecure', '--cluster-secret-file', 'secret.txt'])).code)
      .toBe('CONFLICTING_OPTIONS');
    expect(configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0'],
      { PAXOSKV_CLUSTER_SECRET: SECRET, PAXOSKV_CLUSTER_SECRET_FILE: 'secret.txt' }, io)).code).toBe('CONFLICTING_OPTIONS');
    expect(configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0'],
      { PAXOSKV_CLUSTER_SECRET: SECRET, PAXOSKV_INSECURE: '1' }, io)).code).toBe('CONFLICTING_OPTIONS');
  });

  test('secret problems: unreadable file, empty secret, short secret', () => {
    const unreadable = configError(() => parse(['-h', 'hosts.txt', '-n', 'container0', '--cluster-secret-file', 'nope']));
    expect(unreadable.code).toBe('BAD_CLUSTER_SECRET');
    expect(unreadable.message).toContain('nope');
    expect(configError(() => parse(['-h', 'hosts.txt', '-n', 'container0'], { PAXOSKV_CLUSTER_SECRET: '  \n' })).code)
      .toBe('BAD_CLUSTER_SECRET');
    expect(configError(() => parseServerOptions(['-h', 'hosts.txt', '-n', 'container0', '--cluster-secret-file', 'empty'], {},
      filesIo({ 'hosts.txt': HOSTFILE, empty: '\n' }))).code).toBe('BAD_CLUSTER_SECRET');
    const { warnings } = parse(['-h', 'hosts.txt', '-n', 'container0'], { PAXOSKV_CLUSTER_SECRET: 'short' });
    expect(warnings[0]).toMatch(/short \(5 bytes\)/);
  });

  test('hostfile problems surface as ConfigError: missing, unreadable, unknown name, parse error', () => {
    expect(configError(() => parse(['-n', 'container0'])).code).toBe('MISSING_OPTION');
    expect(configError(() => parse(['-n', 'container0'])).message).toMatch(/-h FILE.*PAXOSKV_HOSTFILE/);
    expect(configError(() => parse(['-h', 'hosts.txt'])).message).toMatch(/-n NAME.*PAXOSKV_NAME/);
    expect(configError(() => parse(['-h', 'missing.txt', '-n', 'a'])).code).toBe('HOSTFILE_UNREADABLE');
    const unknown = configError(() => parse(['-h', 'hosts.txt', '-n', 'container7']));
    expect(unknown.code).toBe('UNKNOWN_NAME');
    expect(unknown.message).toContain('known names: container0, container1, container2');
    const broken = configError(() => parseServerOptions(['-h', 'bad.txt', '-n', 'a'], {}, filesIo({ 'bad.txt': 'a\nb h:0\n' })));
    expect(broken.code).toBe('HOSTFILE_BAD_PORT');
    expect(broken.message).toContain('bad.txt line 2');
  });

  test('even member count comes back as a warning', () => {
    const { warnings } = parseServerOptions(['-h', 'four.txt', '-n', 'a'], { PAXOSKV_CLUSTER_SECRET: SECRET },
      filesIo({ 'four.txt': 'a\nb\nc\nd\n' }));
    expect(warnings).toEqual([expect.stringMatching(/4 members is an even count/)]);
  });

  test('bad values and unknown flags are BAD_OPTION', () => {
    const base = ['-h', 'hosts.txt', '-n', 'container0'];
    for (const extra of [
      ['--log-level', 'loud'],
      ['--request-timeout-ms', '0'],
      ['--request-timeout-ms', '1.5'],
      ['--snapshot-log-bytes', '12'],
      ['--cluster-id', 'has space'],
      ['--listen', 'not/a/host'],
      ['--bogus'],
      ['stray-argument'],
    ]) {
      expect(configError(() => parse([...base, ...extra])).code).toBe('BAD_OPTION');
    }
    expect(configError(() => parse(['-h'])).code).toBe('BAD_OPTION');
  });

  test('--help is HELP_REQUESTED with the usage text; -h is not help', () => {
    const help = configError(() => parse(['--help']));
    expect(help.code).toBe('HELP_REQUESTED');
    expect(help.message).toContain('-h, --hostfile <file>');
    expect(help.message).toContain('PAXOSKV_CLUSTER_SECRET');
    expect(serverUsage()).toContain('--help');
    expect(configError(() => parse(['-h', 'hosts.txt'])).code).toBe('MISSING_OPTION');
  });

  test('connection caps and timeouts: defaults, flags over environment, out-of-range values refused', () => {
    expect(parse(['-h', 'hosts.txt', '-n', 'container0']).options.limits).toEqual(DEFAULT_GATEWAY_LIMITS);
    const { options } = parse(
      ['-h', 'hosts.txt', '-n', 'container0', '--max-connections', '100', '--headers-timeout-ms', '2000', '--client-idle-timeout-ms', '1500'],
      { PAXOSKV_CLUSTER_SECRET: SECRET, PAXOSKV_MAX_CONNECTIONS: '50', PAXOSKV_MAX_CONNECTIONS_PER_ADDRESS: '20', PAXOSKV_RECEIVE_TIMEOUT_MS: '9000' },
    );
    expect(options.limits).toEqual({
      ...DEFAULT_GATEWAY_LIMITS,
      maxConnections: 100, maxConnectionsPerAddress: 20, headersTimeoutMs: 2000, receiveTimeoutMs: 9000, clientIdleTimeoutMs: 1500,
    });
    const tooFew = configError(() => parse(['-h', 'hosts.txt', '-n', 'container0', '--max-connections-per-address', '0']));
    expect(tooFew.code).toBe('BAD_OPTION');
    expect(tooFew.message).toMatch(/--max-connections-per-address: "0" is not an integer from 8/);
    expect(configError(() => parse(['-h', 'hosts.txt', '-n', 'container0'], {
      PAXOSKV_CLUSTER_SECRET: SECRET, PAXOSKV_HEADERS_TIMEOUT_MS: 'soon',
    })).message).toMatch(/PAXOSKV_HEADERS_TIMEOUT_MS/);
    expect(serverUsage()).toMatch(/--max-connections <n>[\s\S]*default: 4096[\s\S]*PAXOSKV_CLIENT_IDLE_TIMEOUT_MS/);
  });

  test('the derived cluster id depends on names and their order, not on hosts', () => {
    const names = (list: string[]) => list.map((name) => ({ name }));
    expect(deriveClusterId(names(['a', 'b', 'c']))).toBe(deriveClusterId(names(['a', 'b', 'c'])));
    expect(deriveClusterId(names(['a', 'b', 'c']))).not.toBe(deriveClusterId(names(['b', 'a', 'c'])));
    expect(deriveClusterId(names(['a', 'b']))).not.toBe(deriveClusterId(names(['a', 'b', 'c'])));
    const local = parse(['-h', 'hosts.txt', '-n', 'container0']).options.clusterId;
    const docker = parseServerOptions(['-h', 'docker.txt', '-n', 'container0'], { PAXOSKV_CLUSTER_SECRET: SECRET },
      filesIo({ 'docker.txt': 'container0\ncontainer1\ncontainer2\n' })).options.clusterId;
    expect(docker).toBe(local);
  });
});
