// The /client WebSocket: one ClientRequest per binary frame in, one ClientResponse per
// binary frame out, matched by request id. Many requests may be in flight per
// connection (bounded: beyond MAX_IN_FLIGHT they are answered OVERLOADED at once).
// Responses finished in the same turn of the event loop are written together (corked).
// Limits (docs/LIMITS.md): a frame over MAX_CLIENT_FRAME_BYTES closes the socket with 1009;
// a client that stops reading its responses (over MAX_CLIENT_BUFFERED_BYTES waiting) is
// closed with 1008; a socket with nothing in flight that sent no frame for the idle
// timeout is closed with 1001 (the client library reconnects on its next request).
// With client tokens, the upgrade must carry `Authorization: Bearer TOKEN` (else 401 and
// no socket); a read-only token's writes are answered PERMISSION_DENIED one by one.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import type { RequestRouter } from '../node/requests';
import type { ClientRequestProps, ClientResponseProps } from '../node/forwarder';
import { ClientProto } from '../wire/protobuf';
import { ClientAccess, isDenial, type Principal } from './client-access';
import { answerAndClose } from './client-error';

export const CLIENT_PATH = '/client';
export const MAX_IN_FLIGHT = 4096;
export const MAX_CLIENT_FRAME_BYTES = 8 * 1024 * 1024;
export const MAX_CLIENT_BUFFERED_BYTES = 64 * 1024 * 1024;
export const DEFAULT_CLIENT_IDLE_TIMEOUT_MS = 300_000;
/** After a close frame, how long the client gets to answer before the socket is cut. */
const CLOSE_GRACE_MS = 1000;
/** The idle sweep runs this many times per idle timeout: a silent socket goes after 1 to 1.25 timeouts. */
const IDLE_SWEEPS = 4;

interface SocketState {
  inFlight: number;
  /** The sweep count when the last frame arrived: a counter, so a frame costs no clock read. */
  lastFrameSweep: number;
}

export class ClientSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES, perMessageDeflate: false });
  private readonly sockets = new Map<WebSocket, SocketState>();
  private sweeps = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly router: RequestRouter,
    private readonly access: ClientAccess = new ClientAccess(null),
    private readonly idleTimeoutMs = DEFAULT_CLIENT_IDLE_TIMEOUT_MS,
  ) {
    this.sweeper = setInterval(() => this.sweepIdle(), Math.max(1, Math.floor(idleTimeoutMs / IDLE_SWEEPS)));
    this.sweeper.unref();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const principal = this.access.authenticate(req.headers);
    if (isDenial(principal)) {
      const body = JSON.stringify({ error: { code: principal.code, message: principal.message } });
      answerAndClose(
        socket,
        'HTTP/1.1 401 Unauthorized\r\nconnection: close\r\nwww-authenticate: Bearer realm="paxoskv"\r\n' +
          `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, principal));
  }

  get connections(): number {
    return this.sockets.size;
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const ws of this.sockets.keys()) ws.close(1001, 'server shutting down');
    this.wss.close();
  }

  private accept(ws: WebSocket, principal: Principal): void {
    const state: SocketState = { inFlight: 0, lastFrameSweep: this.sweeps };
    this.sockets.set(ws, state);
    let outbox: Uint8Array[] = [];
    const flush = (): void => {
      const frames = outbox;
      outbox = [];
      if (ws.readyState !== WebSocket.OPEN) return;
      const raw = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
      raw?.cork();
      for (const frame of frames) ws.send(frame, { binary: true });
      raw?.uncork();
      if (ws.bufferedAmount > MAX_CLIENT_BUFFERED_BYTES) {
        closeWithGrace(ws, 1008, `over ${MAX_CLIENT_BUFFERED_BYTES} bytes of responses not read`);
      }
    };
    const reply = (response: ClientResponseProps): void => {
      if (outbox.length === 0) setImmediate(flush);
      outbox.push(ClientProto.ClientResponse.encode(response).finish());
    };
    ws.on('message', (data, isBinary) => {
      state.lastFrameSweep = this.sweeps;
      if (!isBinary) {
        closeWithGrace(ws, 1003, 'binary ClientRequest frames only');
        return;
      }
      const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
      let request: ClientRequestProps;
      try {
        request = ClientProto.ClientRequest.decode(bytes);
      } catch (error) {
        reply({ id: 0, error: { code: 'BAD_REQUEST', message: `undecodable ClientRequest: ${error instanceof Error ? error.message : String(error)}` } });
        return;
      }
      if (state.inFlight >= MAX_IN_FLIGHT) {
        reply({ id: request.id ?? 0, error: { code: 'OVERLOADED', message: `more than ${MAX_IN_FLIGHT} requests in flight on this connection` } });
        return;
      }
      const denial = request.write != null ? this.access.authorize(principal, true) : null;
      if (denial !== null) {
        reply({ id: request.id ?? 0, error: { code: denial.code, message: denial.message } });
        return;
      }
      state.inFlight++;
      void this.router.handle(request).then((response) => {
        state.inFlight--;
        reply(response);
      });
    });
    ws.on('close', () => this.sockets.delete(ws));
    // ws has already sent the close frame an error calls for (1009 too big, 1002, 1007).
    ws.on('error', () => setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref());
  }

  /** Closes sockets that have nothing in flight and sent no frame for the idle timeout. */
  private sweepIdle(): void {
    this.sweeps++;
    for (const [ws, state] of this.sockets) {
      if (state.inFlight === 0 && this.sweeps - state.lastFrameSweep > IDLE_SWEEPS) {
        closeWithGrace(ws, 1001, `idle for ${this.idleTimeoutMs} ms`);
      }
    }
  }
}

function closeWithGrace(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
}
