// Admission control for the node's one port: at most `maxConnections` open TCP
// connections (HTTP, /client and /peer alike, since they share the port) and at most
// `maxConnectionsPerAddress` from one remote address, so one busy or hostile client
// cannot take every slot from the others.
//
// The gate sits in front of the http.Server's own 'connection' listener: an admitted
// socket is handed on unchanged; a refused one never reaches the HTTP parser. It gets a
// complete HTTP answer (429 when its address holds too many, 503 when the node is full,
// code TOO_MANY_CONNECTIONS), its input is read and discarded for a short linger so the
// answer is not lost to a TCP reset, and then it is destroyed. (With TLS, or while more
// than maxConnections refused sockets linger, it is destroyed at once, unanswered.)
// Cost: two counter updates per connection, nothing per request.
import net from 'node:net';
import tls from 'node:tls';
import { Counter, Gauge, type Registry } from 'prom-client';

export const TOO_MANY_CONNECTIONS = 'TOO_MANY_CONNECTIONS';
/** How long a refused socket may linger (reading and discarding) before it is destroyed. */
export const REFUSED_LINGER_MS = 1000;

export interface ConnectionLimits {
  /** Open connections the node holds at most, all addresses together. */
  readonly maxConnections: number;
  /** Open connections one remote address holds at most. */
  readonly maxConnectionsPerAddress: number;
}

export interface ConnectionCounts {
  readonly open: number;
  /** Connections refused so far, per reason. */
  readonly refusedPerAddress: number;
  readonly refusedTotal: number;
}

type ConnectionListener = (socket: net.Socket) => void;

export class ConnectionGate {
  private open = 0;
  private readonly perAddress = new Map<string, number>();
  private refusedPerAddress = 0;
  private refusedTotal = 0;
  /** Refused sockets still lingering; beyond maxConnections of them, refusals are silent. */
  private lingering = 0;
  /** A TLS server cannot be answered in plain HTTP before its handshake: refused sockets are just closed. */
  private plainHttp = true;

  constructor(private readonly limits: ConnectionLimits) {
    for (const [name, value] of Object.entries(limits)) {
      if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
    }
  }

  /**
   * Puts the gate in front of every 'connection' listener the server has now (the
   * http/https server's own). Call once, right after creating the server.
   */
  install(server: net.Server): void {
    this.plainHttp = !(server instanceof tls.Server);
    const listeners = server.listeners('connection') as ConnectionListener[];
    server.removeAllListeners('connection');
    server.on('connection', (socket: net.Socket) => {
      if (!this.admit(socket)) return;
      for (const listener of listeners) listener.call(server, socket);
    });
  }

  /** Exposes the counts on /metrics; read when scraped, so connections pay nothing for it. */
  register(registry: Registry): void {
    const counts = (): ConnectionCounts => this.counts;
    new Gauge({
      name: 'paxoskv_connections_open', help: 'Open connections on the node port (HTTP, /client, /peer)', registers: [registry],
      collect() {
        this.set(counts().open);
      },
    });
    new Counter({
      name: 'paxoskv_connections_refused_total', help: 'Connections refused by a connection cap', labelNames: ['cap'], registers: [registry],
      collect() {
        this.reset();
        this.inc({ cap: 'per_address' }, counts().refusedPerAddress);
        this.inc({ cap: 'total' }, counts().refusedTotal);
      },
    });
  }

  get counts(): ConnectionCounts {
    return { open: this.open, refusedPerAddress: this.refusedPerAddress, refusedTotal: this.refusedTotal };
  }

  /** Counts the socket in, or answers and closes it; true when admitted. */
  admit(socket: net.Socket): boolean {
    const address = socket.remoteAddress ?? '?';
    const fromAddress = this.perAddress.get(address) ?? 0;
    if (fromAddress >= this.limits.maxConnectionsPerAddress) {
      this.refusedPerAddress++;
      this.refuse(socket, 429, 'Too Many Requests', `more than ${this.limits.maxConnectionsPerAddress} connections from ${address}`);
      return false;
    }
    if (this.open >= this.limits.maxConnections) {
      this.refusedTotal++;
      this.refuse(socket, 503, 'Service Unavailable', `this node holds its maximum of ${this.limits.maxConnections} connections`);
      return false;
    }
    this.open++;
    this.perAddress.set(address, fromAddress + 1);
    socket.once('close', () => {
      this.open--;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left === 0) this.perAddress.delete(address);
      else this.perAddress.set(address, left);
    });
    return true;
  }

  private refuse(socket: net.Socket, status: number, statusText: string, message: string): void {
    socket.on('error', () => socket.destroy());
    if (!this.plainHttp || this.lingering >= this.limits.maxConnections) {
      socket.destroy();
      return;
    }
    this.lingering++;
    socket.once('close', () => this.lingering--);
    const body = JSON.stringify({ error: { code: TOO_MANY_CONNECTIONS, message } });
    socket.end(
      `HTTP/1.1 ${status} ${statusText}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nretry-after: 1\r\nconnection: close\r\n\r\n${body}`,
    );
    // Read and drop what the client still sends: closing with unread input would reset
    // the connection, and a reset may discard the answer before the client reads it.
    socket.resume();
    setTimeout(() => socket.destroy(), REFUSED_LINGER_MS).unref();
  }
}
