// The gateway's connection and timing limits, with their defaults (docs/LIMITS.md lists
// every limit of the node). The server flags in server/config/options.ts set them.
import type http from 'node:http';
import type { ConnectionLimits } from './connection-gate';

export interface GatewayLimits extends ConnectionLimits {
  /**
   * A request head (HTTP request or WebSocket upgrade) must arrive within this many ms
   * of the connection opening (on a kept-alive connection, of the request's first byte);
   * otherwise 408 and close.
   * The slowloris defence: a socket that trickles its headers is cut off.
   */
  readonly headersTimeoutMs: number;
  /** A whole HTTP request, head and body, must arrive within this many ms (408 otherwise). */
  readonly receiveTimeoutMs: number;
  /** An idle keep-alive HTTP connection is closed after this many ms. */
  readonly keepAliveTimeoutMs: number;
  /** A /client WebSocket with no request in flight and none received for this long is closed (1001). */
  readonly clientIdleTimeoutMs: number;
}

export const DEFAULT_GATEWAY_LIMITS: Readonly<GatewayLimits> = Object.freeze({
  maxConnections: 4096,
  maxConnectionsPerAddress: 512,
  headersTimeoutMs: 10_000,
  receiveTimeoutMs: 30_000,
  keepAliveTimeoutMs: 30_000,
  clientIdleTimeoutMs: 300_000,
});

/**
 * The options for http.createServer: Node checks the two request timeouts on a timer,
 * whose period must be short next to the timeouts or they would be enforced late.
 * (keepAliveTimeoutMs is a property of the server: set it after creating it.)
 */
export function httpServerOptions(limits: GatewayLimits): http.ServerOptions {
  const receiveTimeoutMs = Math.max(limits.receiveTimeoutMs, limits.headersTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: receiveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}
