// The node's one server on its member port (http.Server, or https.Server with TLS):
// `/peer` WebSocket upgrades go to the peer transport, `/client` upgrades to the client
// protocol, the dashboard's routes (`GET /`, `/v1/members`, `/v1/events`) to
// server/dashboard, everything else is the HTTP API. With client tokens, the HTTP API
// except /v1/status and /metrics (health, no data) asks ClientAccess first.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { Registry } from 'prom-client';
import { Dashboard } from '../dashboard/dashboard';
import type { RequestRouter } from '../node/requests';
import { PEER_PATH, type PeerTransport } from '../transport/peer-transport';
import { ClientAccess, isDenial, type AccessDenial } from './client-access';
import { answerAndClose, answerClientError } from './client-error';
import { ClientSockets, CLIENT_PATH } from './client-socket';
import { ConnectionGate } from './connection-gate';
import { DEFAULT_GATEWAY_LIMITS, httpServerOptions, type GatewayLimits } from './limits';
import { HttpApi, sendJson } from './http-api';
import { admitHttpRequest } from './http-in-flight';

export interface GatewayOptions {
  readonly transport: PeerTransport;
  readonly router: RequestRouter;
  readonly registry: Registry;
  /** Every member in hostfile order (the dashboard polls each); omitted: none listed. */
  readonly members?: readonly { readonly name: string; readonly host: string; readonly port: number }[];
  /** This node's member name, shown by the dashboard. */
  readonly self?: string;
  /** PEM certificate and key: serve https and wss instead of http and ws. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer } | null;
  /** Who may use the client surfaces; default: everyone. */
  readonly access?: ClientAccess;
  /** Connection caps and timeouts (docs/LIMITS.md); default: DEFAULT_GATEWAY_LIMITS. */
  readonly limits?: GatewayLimits;
}

/** HTTP paths open without a client token: health and metrics carry no user data. */
const OPEN_PATHS = new Set(['/v1/status', '/metrics']);
/** Methods that only read; anything else asks for a read-write token. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class Gateway {
  readonly server: http.Server | https.Server;
  private readonly clients: ClientSockets;
  private readonly api: HttpApi;
  private readonly dashboard: Dashboard;
  private readonly access: ClientAccess;
  readonly connections: ConnectionGate;
  private readonly backlog: number;

  constructor(private readonly options: GatewayOptions) {
    const limits = options.limits ?? DEFAULT_GATEWAY_LIMITS;
    this.backlog = Math.max(511, limits.maxConnections);
    this.access = options.access ?? new ClientAccess(null);
    this.clients = new ClientSockets(options.router, this.access, limits.clientIdleTimeoutMs);
    this.api = new HttpApi(options.router, options.registry);
    this.dashboard = new Dashboard({
      members: options.members ?? [],
      self: options.self,
      status: async () => (await options.router.handle({ status: {} })).status?.json ?? '{}',
    });
    const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
      if (!admitHttpRequest(req, res)) return;
      if (this.dashboard.handle(req, res)) return;
      if (this.admits(req, res)) this.api.handle(req, res);
    };
    this.server = options.tls != null
      ? https.createServer({ ...httpServerOptions(limits), cert: options.tls.cert, key: options.tls.key }, onRequest)
      : http.createServer(httpServerOptions(limits), onRequest);
    this.server.keepAliveTimeout = limits.keepAliveTimeoutMs;
    this.connections = new ConnectionGate(limits);
    this.connections.install(this.server);
    this.connections.register(options.registry);
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
    // A request the parser refused (too slow, head too large, not HTTP): 408/431/400 and close.
    this.server.on('clientError', answerClientError);
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.server.once('error', onError);
      // The accept queue holds as many sockets as the node admits (the kernel caps it at
      // net.core.somaxconn): a burst of connections then waits to be answered, with a 429
      // beyond the caps, instead of its SYNs being dropped and retried for seconds.
      this.server.listen({ port, host, backlog: this.backlog }, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
  }

  /** Stops accepting, closes client sockets and idle HTTP connections. */
  async close(): Promise<void> {
    this.clients.close();
    this.dashboard.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      setTimeout(() => {
        this.server.closeAllConnections();
        resolve();
      }, 1000).unref();
    });
  }

  /** Answers 401/403 and returns false when the caller may not make this HTTP API call. */
  private admits(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.access.required || OPEN_PATHS.has((req.url ?? '/').split('?')[0]!)) return true;
    const principal = this.access.authenticate(req.headers);
    const denial = isDenial(principal) ? principal : this.access.authorize(principal, !READ_METHODS.has(req.method ?? 'GET'));
    if (denial === null) return true;
    sendDenial(res, denial as AccessDenial);
    return false;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '/').split('?')[0];
    if (path === PEER_PATH) this.options.transport.handleUpgrade(req, socket, head);
    else if (path === CLIENT_PATH) this.clients.handleUpgrade(req, socket, head);
    else {
      answerAndClose(socket, 'HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    }
  }
}

function sendDenial(res: ServerResponse, denial: AccessDenial): void {
  res.setHeader('www-authenticate', denial.status === 401 ? 'Bearer realm="paxoskv"' : 'Bearer realm="paxoskv", error="insufficient_scope"');
  // The body is not read: close the connection rather than drain an upload nobody may send.
  res.setHeader('connection', 'close');
  sendJson(res, denial.status, { error: { code: denial.code, message: denial.message } });
}
