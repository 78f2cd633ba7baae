// The /client WebSocket: one ClientRequest per binary frame in, one ClientResponse per
// binary frame out, matched by request id. Many requests may be in flight per
// connection (bounded: beyond MAX_IN_FLIGHT they are answered OVERLOADED at once).
// Responses finished in the same turn of the event loop are written together (corked).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import type { RequestRouter } from '../node/requests';
import type { ClientRequestProps, ClientResponseProps } from '../node/forwarder';
import { ClientProto } from '../wire/protobuf';

export const CLIENT_PATH = '/client';
export const MAX_IN_FLIGHT = 4096;
export const MAX_CLIENT_FRAME_BYTES = 8 * 1024 * 1024;

export class ClientSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES, perMessageDeflate: false });
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly router: RequestRouter) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  get connections(): number {
    return this.sockets.size;
  }

  close(): void {
    for (const ws of this.sockets) ws.close(1001, 'server shutting down');
    this.wss.close();
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    let inFlight = 0;
    let outbox: Uint8Array[] = [];
    const flush = (): void => {
      const frames = outbox;
      outbox = [];
      if (ws.readyState !== WebSocket.OPEN) return;
      const raw = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
      raw?.cork();
      for (const frame of frames) ws.send(frame, { binary: true });
      raw?.uncork();
    };
    const reply = (response: ClientResponseProps): void => {
      if (outbox.length === 0) setImmediate(flush);
      outbox.push(ClientProto.ClientResponse.encode(response).finish());
    };
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        ws.close(1003, 'binary ClientRequest frames only');
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
      if (inFlight >= MAX_IN_FLIGHT) {
        reply({ id: request.id ?? 0, error: { code: 'OVERLOADED', message: `more than ${MAX_IN_FLIGHT} requests in flight on this connection` } });
        return;
      }
      inFlight++;
      void this.router.handle(request).then((response) => {
        inFlight--;
        reply(response);
      });
    });
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('error', () => ws.terminate());
  }
}
