// The server flags (and PAXOSKV_* variables) that set the gateway's connection caps and
// timeouts. One table: options.ts turns each row into a flag, an environment variable,
// a line of --help and a checked integer. docs/LIMITS.md documents them all.
import { DEFAULT_GATEWAY_LIMITS, type GatewayLimits } from '../gateway/limits';

export interface LimitSetting {
  /** The GatewayLimits field; also commander's camel-case name of the flag. */
  readonly key: keyof GatewayLimits;
  readonly flag: string;
  readonly variable: string;
  readonly argument: string;
  readonly description: string;
  readonly min: number;
  readonly max: number;
}

const HOUR_MS = 3_600_000;

export const LIMIT_SETTINGS: readonly LimitSetting[] = [
  {
    key: 'maxConnections', flag: '--max-connections', variable: 'PAXOSKV_MAX_CONNECTIONS', argument: 'n',
    description: 'open connections per node, clients and peers together; more get 503 TOO_MANY_CONNECTIONS', min: 8, max: 1_000_000,
  },
  {
    key: 'maxConnectionsPerAddress', flag: '--max-connections-per-address', variable: 'PAXOSKV_MAX_CONNECTIONS_PER_ADDRESS', argument: 'n',
    description: 'open connections from one remote address; more get 429 TOO_MANY_CONNECTIONS', min: 8, max: 1_000_000,
  },
  {
    key: 'headersTimeoutMs', flag: '--headers-timeout-ms', variable: 'PAXOSKV_HEADERS_TIMEOUT_MS', argument: 'ms',
    description: 'a request head (HTTP or WebSocket upgrade) must arrive within this; else 408 and close', min: 100, max: HOUR_MS,
  },
  {
    key: 'receiveTimeoutMs', flag: '--receive-timeout-ms', variable: 'PAXOSKV_RECEIVE_TIMEOUT_MS', argument: 'ms',
    description: 'a whole HTTP request, head and body, must arrive within this; else 408 and close', min: 100, max: HOUR_MS,
  },
  {
    key: 'keepAliveTimeoutMs', flag: '--keep-alive-timeout-ms', variable: 'PAXOSKV_KEEP_ALIVE_TIMEOUT_MS', argument: 'ms',
    description: 'an idle keep-alive HTTP connection is closed after this', min: 100, max: HOUR_MS,
  },
  {
    key: 'clientIdleTimeoutMs', flag: '--client-idle-timeout-ms', variable: 'PAXOSKV_CLIENT_IDLE_TIMEOUT_MS', argument: 'ms',
    description: 'a /client WebSocket silent this long, nothing in flight, is closed (1001)', min: 100, max: 24 * HOUR_MS,
  },
];

/** The flag's help line: what it bounds and its default. */
export function limitHelp(setting: LimitSetting): string {
  return `${setting.description} (default: ${DEFAULT_GATEWAY_LIMITS[setting.key]})`;
}

/** Every limit's environment variable, for the --help text: comma-separated, lines of at most 90 characters. */
export const LIMIT_VARIABLES_HELP: string = LIMIT_SETTINGS.map((setting) => setting.variable).reduce((text, variable) => {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  if (text === '') return variable;
  return lastLine.length + variable.length + 4 > 90 ? `${text},\n  ${variable}` : `${text}, ${variable}`;
}, '');

/** Builds GatewayLimits from one resolved integer per setting (options.ts parses and checks them). */
export function gatewayLimits(valueOf: (setting: LimitSetting, fallback: number) => number): GatewayLimits {
  const limits: Record<string, number> = {};
  for (const setting of LIMIT_SETTINGS) limits[setting.key] = valueOf(setting, DEFAULT_GATEWAY_LIMITS[setting.key]);
  return limits as unknown as GatewayLimits;
}
