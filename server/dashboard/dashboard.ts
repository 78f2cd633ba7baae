// The operator dashboard's server side: GET / (and /dashboard, /dashboard/) serves the
// self-contained page, GET /v1/members lists the hostfile's members so the page can poll
// each one directly, GET /v1/events streams this node's status (status-stream.ts).
// Read-only calls the page makes to other members get `Access-Control-Allow-Origin: *`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DASHBOARD_HTML } from './page';
import { StatusStream, type StatusStreamOptions } from './status-stream';

export interface DashboardMember {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

export interface DashboardOptions extends StatusStreamOptions {
  /** Every member in hostfile order; empty when the node was not told them. */
  readonly members: readonly DashboardMember[];
  /** This node's name, when known. */
  readonly self?: string;
}

const PAGE_PATHS = new Set(['/', '/dashboard', '/dashboard/', '/dashboard/index.html']);
const PAGE_BYTES = Buffer.from(DASHBOARD_HTML, 'utf8');

export class Dashboard {
  private readonly events: StatusStream;

  constructor(private readonly options: DashboardOptions) {
    this.events = new StatusStream(options);
  }

  /** Answers the request if it is the dashboard's; false leaves it to the HTTP API. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0]!;
    if (method === 'OPTIONS' && isCorsReadable(path)) {
      // The preflight of the page's key reads on another member: they carry Authorization
      // when the nodes have client tokens, which the browser asks about first.
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'authorization',
        'access-control-max-age': '600',
      });
      res.end();
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (PAGE_PATHS.has(path)) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': PAGE_BYTES.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(method === 'HEAD' ? undefined : PAGE_BYTES);
      return true;
    }
    if (path === '/v1/members') {
      const body = JSON.stringify({
        self: this.options.self ?? null,
        members: this.options.members.map((m) => ({ name: m.name, address: `${m.host}:${m.port}` })),
      });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'access-control-allow-origin': '*',
      });
      res.end(method === 'HEAD' ? undefined : body);
      return true;
    }
    if (path === '/v1/events' && method === 'GET') {
      this.events.handle(req, res);
      return true;
    }
    if (isCorsReadable(path)) res.setHeader('access-control-allow-origin', '*');
    return false;
  }

  /** Ends the event streams (call before the server closes its connections). */
  close(): void {
    this.events.close();
  }
}

/** The read-only API the page calls on other members. */
function isCorsReadable(path: string): boolean {
  return path === '/v1/status' || path === '/v1/keys' || path.startsWith('/v1/kv/') || path.startsWith('/v1/images/');
}
