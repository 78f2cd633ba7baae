// The node's one http.Server on its member port: `/peer` WebSocket upgrades go to the
// peer transport, `/client` upgrades to the client protocol, the dashboard's routes
// (`GET /`, `/v1/members`, `/v1/events`) to server/dashboard, everything else is the
// HTTP API.
import http, { type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Registry } from 'prom-client';
import { Dashboard } from '../dashboard/dashboard';
import type { RequestRouter } from '../node/requests';
import { PEER_PATH, type PeerTransport } from '../transport/peer-transport';
import { ClientSockets, CLIENT_PATH } from './client-socket';
import { HttpApi } from './http-api';

export interface GatewayOptions {
  readonly transport: PeerTransport;
  readonly router: RequestRouter;
  readonly registry: Registry;
  /** Every member in hostfile order (the dashboard polls each); omitted: none listed. */
  readonly members?: readonly { readonly name: string; readonly host: string; readonly port: number }[];
  /** This node's member name, shown by the dashboard. */
  readonly self?: string;
}

export class Gateway {
  readonly server: http.Server;
  private readonly clients: ClientSockets;
  private readonly api: HttpApi;
  private readonly dashboard: Dashboard;

  constructor(private readonly options: GatewayOptions) {
    this.clients = new ClientSockets(options.router);
    this.api = new HttpApi(options.router, options.registry);
    this.dashboard = new Dashboard({
      members: options.members ?? [],
      self: options.self,
      status: async () => (await options.router.handle({ status: {} })).status?.json ?? '{}',
    });
    this.server = http.createServer((req, res) => {
      if (!this.dashboard.handle(req, res)) this.api.handle(req, res);
    });
    this.server.keepAliveTimeout = 30_000;
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
    this.server.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
      else socket.destroy();
    });
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
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

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '/').split('?')[0];
    if (path === PEER_PATH) this.options.transport.handleUpgrade(req, socket, head);
    else if (path === CLIENT_PATH) this.clients.handleUpgrade(req, socket, head);
    else {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    }
  }
}
