// Server options from the command line and the environment. Flags win over environment
// variables. Pure apart from reading the hostfile and the secret file through `io`;
// never prints, never exits: errors are ConfigError, `--help` is ConfigError
// HELP_REQUESTED whose message is the usage text (the entry point prints it, exits 0).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { Command, CommanderError } from 'commander';
import { ConfigError } from './errors';
import { findMember, Hostfile, Member, parseHostfile } from './hostfile';
import type { GatewayLimits } from '../gateway/limits';
import { gatewayLimits, LIMIT_SETTINGS, LIMIT_VARIABLES_HELP, limitHelp } from './limit-options';
import type { ClientToken } from './client-tokens';
import { resolveClientTokens, resolveTls, type TlsOptions } from './security-options';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;
export const DEFAULT_SNAPSHOT_LOG_BYTES = 64 * 1024 * 1024;
/** Secrets shorter than this are accepted with a warning. */
export const CLUSTER_SECRET_MIN_BYTES = 16;

export interface ServerOptions {
  readonly hostfilePath: string;
  readonly members: readonly Member[];
  readonly self: Member;
  readonly name: string;
  readonly dataDir: string;
  /** Bind address for the node's one port (peers, clients, HTTP); the port is self.port. */
  readonly listenHost: string;
  readonly listenPort: number;
  /** Identifies the cluster in the peer handshake: mismatched hostfiles never talk. */
  readonly clusterId: string;
  /** Shared peer secret; null only when `insecure`. */
  readonly clusterSecret: Buffer | null;
  readonly insecure: boolean;
  readonly logLevel: LogLevel;
  readonly requestTimeoutMs: number;
  readonly snapshotLogBytes: number;
  /** Connection caps and timeouts of the node's port (docs/LIMITS.md). */
  readonly limits: GatewayLimits;
  /** TLS on the node's port (https + wss) and for dialing peers; null: plain http + ws. */
  readonly tls: TlsOptions | null;
  /** Tokens clients must present (server/gateway/client-access.ts); null: clients need none. */
  readonly clientTokens: readonly ClientToken[] | null;
}

export interface ParsedServerOptions {
  readonly options: ServerOptions;
  /** Things the operator should see in the log at startup; not fatal. */
  readonly warnings: readonly string[];
}

/** File access, injected so tests need no files. */
export interface OptionsIo {
  readFile(filePath: string): string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

const defaultIo: OptionsIo = { readFile: (filePath) => readFileSync(filePath, 'utf8') };

interface RawFlags {
  hostfile?: string;
  name?: string;
  dataDir?: string;
  listen?: string;
  clusterId?: string;
  clusterSecretFile?: string;
  insecure?: boolean;
  logLevel?: string;
  requestTimeoutMs?: string;
  snapshotLogBytes?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  clientTokensFile?: string;
}

/** A value and where it came from, for error messages ("--name" or "PAXOSKV_NAME"). */
interface Sourced {
  value: string;
  source: string;
}

const ENVIRONMENT_HELP = `
Environment (flags win over these):
  PAXOSKV_HOSTFILE, PAXOSKV_NAME, PAXOSKV_DATA_DIR, PAXOSKV_LISTEN, PAXOSKV_CLUSTER_ID,
  PAXOSKV_CLUSTER_SECRET (the secret itself), PAXOSKV_CLUSTER_SECRET_FILE,
  PAXOSKV_INSECURE=1, PAXOSKV_LOG_LEVEL, PAXOSKV_REQUEST_TIMEOUT_MS, PAXOSKV_SNAPSHOT_LOG_BYTES,
  PAXOSKV_TLS_CERT, PAXOSKV_TLS_KEY, PAXOSKV_TLS_CA, PAXOSKV_CLIENT_TOKENS_FILE,
  PAXOSKV_CLIENT_TOKEN (one read-write token, instead of a tokens file),
  ${LIMIT_VARIABLES_HELP}

Peers must share a cluster secret (PAXOSKV_CLUSTER_SECRET or --cluster-secret-file);
--insecure runs without one (any process that reaches the port can join).
With --tls-cert and --tls-key the port serves https:// and wss:// and peers are dialed
over wss://, their certificates checked against --tls-ca (scripts/make-certs.sh makes them).
With client tokens, /client and the HTTP API (not /v1/status, /metrics, the dashboard)
need "Authorization: Bearer TOKEN"; tokens file lines are "TOKEN read-only|read-write [USER]".
`;

function buildCommand(output: { out: string }): Command {
  const command = new Command('paxoskv-server')
    .description('A Multi-Paxos replicated key-value store node')
    .helpOption('--help', 'show this help')
    .option('-h, --hostfile <file>', 'hostfile: one member per line, NAME [HOST[:PORT]]')
    .option('-n, --name <name>', "this node's name in the hostfile")
    .option('--data-dir <dir>', 'data directory (default: ./data/<name>)')
    .option('--listen <host>', "bind address (default: the member's host if it is an IP, else 0.0.0.0)")
    .option('--cluster-id <id>', 'cluster id (default: derived from the hostfile member names)')
    .option('--cluster-secret-file <file>', 'file holding the shared peer secret')
    .option('--insecure', 'run without a cluster secret (not for production)')
    .option('--log-level <level>', `log level: ${LOG_LEVELS.join(', ')} (default: info)`)
    .option('--request-timeout-ms <ms>', `client request timeout (default: ${DEFAULT_REQUEST_TIMEOUT_MS})`)
    .option('--snapshot-log-bytes <bytes>', `log bytes between snapshots (default: ${DEFAULT_SNAPSHOT_LOG_BYTES})`)
    .option('--tls-cert <file>', 'PEM certificate: serve https:// and wss:// (with --tls-key)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--tls-ca <file>', "PEM CA that peers' certificates must chain to (default: the system's roots)")
    .option('--client-tokens-file <file>', 'tokens clients must present: lines "TOKEN read-only|read-write [USER]"')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        output.out += text;
      },
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  for (const setting of LIMIT_SETTINGS) command.option(`${setting.flag} <${setting.argument}>`, limitHelp(setting));
  command.addHelpText('after', ENVIRONMENT_HELP);
  return command;
}

/** The usage text `--help` shows. */
export function serverUsage(): string {
  return buildCommand({ out: '' }).helpInformation() + ENVIRONMENT_HELP;
}

/**
 * Parses server options. `argv` holds the user arguments only (process.argv.slice(2)).
 * Throws ConfigError; returns warnings to log (even member count, --insecure, ...).
 */
export function parseServerOptions(
  argv: readonly string[],
  env: Environment,
  io: OptionsIo = defaultIo,
): ParsedServerOptions {
  const flags = parseFlags(argv);
  const warnings: string[] = [];

  const hostfileSetting = required(pick(flags.hostfile, '--hostfile', env, 'PAXOSKV_HOSTFILE'), 'a hostfile', '-h FILE', 'PAXOSKV_HOSTFILE');
  const nameSetting = required(pick(flags.name, '--name', env, 'PAXOSKV_NAME'), 'a node name', '-n NAME', 'PAXOSKV_NAME');

  const hostfile = readHostfile(hostfileSetting.value, io);
  warnings.push(...hostfile.warnings);
  const self = findMember(hostfile, nameSetting.value, hostfileSetting.value);

  const dataDir = pick(flags.dataDir, '--data-dir', env, 'PAXOSKV_DATA_DIR')?.value ?? `./data/${self.name}`;
  const listenHost = resolveListenHost(pick(flags.listen, '--listen', env, 'PAXOSKV_LISTEN'), self);
  const clusterId = resolveClusterId(pick(flags.clusterId, '--cluster-id', env, 'PAXOSKV_CLUSTER_ID'), hostfile);
  const secret = resolveSecret(flags, env, io, warnings);
  const logLevel = resolveLogLevel(pick(flags.logLevel, '--log-level', env, 'PAXOSKV_LOG_LEVEL'));
  const requestTimeoutMs = resolveInteger(
    pick(flags.requestTimeoutMs, '--request-timeout-ms', env, 'PAXOSKV_REQUEST_TIMEOUT_MS'),
    DEFAULT_REQUEST_TIMEOUT_MS,
    1,
    3_600_000,
  );
  const snapshotLogBytes = resolveInteger(
    pick(flags.snapshotLogBytes, '--snapshot-log-bytes', env, 'PAXOSKV_SNAPSHOT_LOG_BYTES'),
    DEFAULT_SNAPSHOT_LOG_BYTES,
    1024,
    Number.MAX_SAFE_INTEGER,
  );

  const limitFlags = flags as Record<string, string | undefined>;
  const limits = gatewayLimits((setting, fallback) =>
    resolveInteger(pick(limitFlags[setting.key], setting.flag, env, setting.variable), fallback, setting.min, setting.max));

  const readFile = (filePath: string): string => io.readFile(filePath);
  const tls = resolveTls(
    pick(flags.tlsCert, '--tls-cert', env, 'PAXOSKV_TLS_CERT'),
    pick(flags.tlsKey, '--tls-key', env, 'PAXOSKV_TLS_KEY'),
    pick(flags.tlsCa, '--tls-ca', env, 'PAXOSKV_TLS_CA'),
    readFile,
  );
  // The flag wins over both environment forms; the two environment forms together conflict.
  const clientTokens = resolveClientTokens(
    pick(flags.clientTokensFile, '--client-tokens-file', env, 'PAXOSKV_CLIENT_TOKENS_FILE'),
    flags.clientTokensFile !== undefined ? undefined : pick(undefined, '', env, 'PAXOSKV_CLIENT_TOKEN'),
    readFile,
  );
  if (clientTokens !== null && tls === null) {
    warnings.push('client tokens without TLS: tokens cross the network in clear text (add --tls-cert and --tls-key)');
  }

  return {
    options: {
      hostfilePath: hostfileSetting.value,
      members: hostfile.members,
      self,
      name: self.name,
      dataDir,
      listenHost,
      listenPort: self.port,
      clusterId,
      clusterSecret: secret,
      insecure: secret === null,
      logLevel,
      requestTimeoutMs,
      snapshotLogBytes,
      limits,
      tls,
      clientTokens,
    },
    warnings,
  };
}

/** Cluster id derived from the member names in hostfile order (order is node index). */
export function deriveClusterId(members: readonly Pick<Member, 'name'>[]): string {
  const digest = createHash('sha256');
  digest.update('paxoskv-cluster-v1\n');
  for (const member of members) digest.update(`${member.name}\n`);
  return digest.digest('hex').slice(0, 16);
}

function parseFlags(argv: readonly string[]): RawFlags {
  const output = { out: '' };
  const command = buildCommand(output);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
        throw new ConfigError('HELP_REQUESTED', output.out.length > 0 ? output.out : serverUsage());
      }
      const detail = error.message.replace(/^error:\s*/, '');
      throw new ConfigError('BAD_OPTION', `${detail} (see --help)`);
    }
    throw error;
  }
  return command.opts<RawFlags>();
}

function pick(flagValue: string | undefined, flag: string, env: Environment, variable: string): Sourced | undefined {
  if (flagValue !== undefined) return { value: flagValue, source: flag };
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: variable };
  return undefined;
}

function required(setting: Sourced | undefined, what: string, flag: string, variable: string): Sourced {
  if (setting === undefined) {
    throw new ConfigError('MISSING_OPTION', `${what} is required: pass ${flag} or set ${variable}`);
  }
  return setting;
}

function readHostfile(filePath: string, io: OptionsIo): Hostfile {
  let text: string;
  try {
    text = io.readFile(filePath);
  } catch (error) {
    throw new ConfigError('HOSTFILE_UNREADABLE', `cannot read hostfile ${filePath}: ${describe(error)}`);
  }
  return parseHostfile(text, filePath);
}

function resolveListenHost(setting: Sourced | undefined, self: Member): string {
  if (setting === undefined) return isIP(self.host) !== 0 ? self.host : '0.0.0.0';
  const host = setting.value.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) === 0 && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,252}$/.test(host)) {
    throw new ConfigError('BAD_OPTION', `${setting.source}: bad bind address "${setting.value}"`);
  }
  return host;
}

function resolveClusterId(setting: Sourced | undefined, hostfile: Hostfile): string {
  if (setting === undefined) return deriveClusterId(hostfile.members);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(setting.value)) {
    throw new ConfigError(
      'BAD_OPTION',
      `${setting.source}: bad cluster id "${setting.value}" (1 to 64 letters, digits, ".", "_", "-")`,
    );
  }
  return setting.value;
}

/**
 * The secret, or null for --insecure. Flags decide first (--cluster-secret-file, --insecure);
 * otherwise exactly one of PAXOSKV_CLUSTER_SECRET, PAXOSKV_CLUSTER_SECRET_FILE, PAXOSKV_INSECURE.
 * Surrounding whitespace (a trailing newline) is trimmed from either form.
 */
function resolveSecret(flags: RawFlags, env: Environment, io: OptionsIo, warnings: string[]): Buffer | null {
  if (flags.insecure === true && flags.clusterSecretFile !== undefined) {
    throw new ConfigError('CONFLICTING_OPTIONS', '--insecure and --cluster-secret-file exclude each other');
  }
  const envSecret = nonEmpty(env.PAXOSKV_CLUSTER_SECRET);
  const envSecretFile = nonEmpty(env.PAXOSKV_CLUSTER_SECRET_FILE);
  const envInsecure = parseBoolean(env.PAXOSKV_INSECURE, 'PAXOSKV_INSECURE');
  const envSettings = [
    envSecret !== undefined ? 'PAXOSKV_CLUSTER_SECRET' : undefined,
    envSecretFile !== undefined ? 'PAXOSKV_CLUSTER_SECRET_FILE' : undefined,
    envInsecure ? 'PAXOSKV_INSECURE' : undefined,
  ].filter((name): name is string => name !== undefined);

  if (flags.clusterSecretFile !== undefined || flags.insecure === true) {
    if (envSettings.length > 0) {
      const flag = flags.insecure === true ? '--insecure' : '--cluster-secret-file';
      warnings.push(`${flag} given: ignoring ${envSettings.join(', ')}`);
    }
    if (flags.insecure === true) return insecure(warnings);
    return readSecretFile(flags.clusterSecretFile as string, '--cluster-secret-file', io, warnings);
  }
  if (envSettings.length > 1) {
    throw new ConfigError('CONFLICTING_OPTIONS', `set only one of ${envSettings.join(', ')}`);
  }
  if (envSecret !== undefined) return checkSecret(Buffer.from(envSecret.trim(), 'utf8'), 'PAXOSKV_CLUSTER_SECRET', warnings);
  if (envSecretFile !== undefined) return readSecretFile(envSecretFile, 'PAXOSKV_CLUSTER_SECRET_FILE', io, warnings);
  if (envInsecure) return insecure(warnings);
  throw new ConfigError(
    'NO_CLUSTER_SECRET',
    'no cluster secret: peers must prove they share one. Set PAXOSKV_CLUSTER_SECRET (or ' +
      'PAXOSKV_CLUSTER_SECRET_FILE / --cluster-secret-file FILE) to the same secret on every node, ' +
      'or pass --insecure (or PAXOSKV_INSECURE=1) to run without one on a trusted network',
  );
}

function insecure(warnings: string[]): null {
  warnings.push('running --insecure: peers are not authenticated; any process that reaches the port can take part');
  return null;
}

function readSecretFile(filePath: string, source: string, io: OptionsIo, warnings: string[]): Buffer {
  let text: string;
  try {
    text = io.readFile(filePath);
  } catch (error) {
    throw new ConfigError('BAD_CLUSTER_SECRET', `${source}: cannot read ${filePath}: ${describe(error)}`);
  }
  return checkSecret(Buffer.from(text.trim(), 'utf8'), `${source} ${filePath}`, warnings);
}

function checkSecret(secret: Buffer, source: string, warnings: string[]): Buffer {
  if (secret.length === 0) {
    throw new ConfigError('BAD_CLUSTER_SECRET', `${source}: the cluster secret is empty`);
  }
  if (secret.length < CLUSTER_SECRET_MIN_BYTES) {
    warnings.push(`${source}: the cluster secret is short (${secret.length} bytes); use at least ${CLUSTER_SECRET_MIN_BYTES}`);
  }
  return secret;
}

function resolveLogLevel(setting: Sourced | undefined): LogLevel {
  if (setting === undefined) return 'info';
  const level = setting.value.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('BAD_OPTION', `${setting.source}: bad log level "${setting.value}" (one of ${LOG_LEVELS.join(', ')})`);
  }
  return level as LogLevel;
}

function resolveInteger(setting: Sourced | undefined, fallback: number, min: number, max: number): number {
  if (setting === undefined) return fallback;
  const value = /^[0-9]+$/.test(setting.value) ? Number(setting.value) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError('BAD_OPTION', `${setting.source}: "${setting.value}" is not an integer from ${min} to ${max}`);
  }
  return value;
}

function parseBoolean(text: string | undefined, source: string): boolean {
  if (text === undefined) return false;
  const normalized = text.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(normalized)) return false;
  if (['1', 'true', 'yes', 'on'].includes(normalized)) return true;
  throw new ConfigError('BAD_OPTION', `${source}: expected 1 or 0, found "${text}"`);
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
