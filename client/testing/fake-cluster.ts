// An in-process stand-in for a cluster, for KvClient unit tests: N WebSocket + HTTP
// endpoints over ONE shared state machine with the real exactly-once rules (last seq and
// its answer per client id). Followers answer NOT_LEADER with a hint; faults are scripted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientProto, type ClientTypes } from '../../server/wire/protobuf';

type Request = ClientTypes.client.ClientRequest;
type Response = ClientTypes.client.ClientResponse.$Properties;
type WriteResult = ClientTypes.client.WriteResult.$Properties;

export interface FakeNode {
  name: string;
  port: number;
  http: Server;
  wss: WebSocketServer;
  sockets: Set<WebSocket>;
  /** Requests this node received (decoded). */
  received: Request[];
}

export interface Faults {
  /** Called before a request is answered: 'drop' answers nothing, 'close' kills the socket after applying. */
  beforeAnswer?: (node: FakeNode, request: Request) => 'answer' | 'drop' | 'close-after-apply' | 'close-before-apply';
}

export class FakeCluster {
  readonly nodes: FakeNode[] = [];
  leader = 0;
  readonly data = new Map<string, Buffer>();
  readonly sessions = new Map<string, { seq: number; reply: WriteResult }>();
  /** How many times each (clientId, seq) was applied (must stay 1). */
  readonly applied = new Map<string, number>();
  faults: Faults = {};
  /** Followers forward to the leader (like the real server) instead of answering NOT_LEADER. */
  forward = false;
  imageRecords: Array<{ phash: string; sha256: string; metadata: string }> = [];

  static async start(count: number): Promise<FakeCluster> {
    const cluster = new FakeCluster();
    for (let i = 0; i < count; i++) cluster.nodes.push(await cluster.startNode(`node${i}`));
    return cluster;
  }

  get nodeList(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  hostfileText(): string {
    return this.nodes.map((n) => `${n.name} 127.0.0.1:${n.port}`).join('\n');
  }

  /** Kills every connection to a node (the node keeps listening). */
  dropConnections(index: number): void {
    for (const socket of this.nodes[index].sockets) socket.terminate();
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) {
      for (const socket of node.sockets) socket.terminate();
      node.wss.close();
      node.http.closeAllConnections();
      await new Promise<void>((resolve) => node.http.close(() => resolve()));
    }
  }

  private async startNode(name: string): Promise<FakeNode> {
    const http = createServer((req, res) => {
      if (req.url !== '/v1/status') {
        res.writeHead(404).end();
        return;
      }
      const index = this.nodes.findIndex((n) => n.name === name);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          name,
          role: index === this.leader ? 'leader' : 'follower',
          leader: this.nodes[this.leader].name,
          ballot: { round: 3, node: this.leader },
          chosenSlot: 100,
          appliedSlot: index === this.leader ? 100 : 100 - index * 10,
          peers: [],
        }),
      );
    });
    const wss = new WebSocketServer({ server: http, path: '/client' });
    const node: FakeNode = { name, port: 0, http, wss, sockets: new Set(), received: [] };
    wss.on('connection', (socket) => {
      node.sockets.add(socket);
      socket.on('close', () => node.sockets.delete(socket));
      socket.on('message', (data) => this.onRequest(node, socket, ClientProto.ClientRequest.decode(data as Buffer)));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    node.port = (http.address() as AddressInfo).port;
    return node;
  }

  private onRequest(node: FakeNode, socket: WebSocket, request: Request): void {
    node.received.push(request);
    const leaderName = this.nodes[this.leader].name;
    const isLeader = this.nodes[this.leader] === node;
    const fault = this.faults.beforeAnswer?.(node, request) ?? 'answer';
    if (fault === 'drop') return;
    if (fault === 'close-before-apply') {
      socket.terminate();
      return;
    }
    const send = (response: Response): void => {
      if (fault === 'close-after-apply') {
        socket.terminate();
        return;
      }
      socket.send(ClientProto.ClientResponse.encode({ ...response, id: request.id, leaderHint: leaderName }).finish());
    };
    if (!isLeader && !this.forward && request.op !== 'status') {
      if (fault === 'close-after-apply') socket.terminate();
      else send({ error: { code: 'NOT_LEADER', message: `${node.name} is not the leader` } });
      return;
    }
    send(this.apply(request));
  }

  private apply(request: Request): Response {
    switch (request.op) {
      case 'write':
        return this.applyWrite(request.write as ClientTypes.client.KvCommand);
      case 'get': {
        const value = this.data.get(request.get?.key ?? '');
        return value === undefined ? { get: { found: false } } : { get: { found: true, value } };
      }
      case 'keys': {
        const prefix = request.keys?.prefix ?? '';
        const keys = [...this.data.keys()].filter((k) => k.startsWith(prefix)).sort();
        return { keys: { keys: request.keys?.limit ? keys.slice(0, request.keys.limit) : keys } };
      }
      case 'imageGet': {
        const query = request.imageGet as ClientTypes.client.ImageGetReq;
        const matches = this.imageRecords
          .map((r) => ({ ...r, distance: hamming(r.phash, query.phash), exact: r.sha256 === query.sha256 }))
          .filter((m) => m.distance <= query.maxDistance);
        return { imageGet: { matches } };
      }
      default:
        return { error: { code: 'BAD_REQUEST', message: 'unsupported' } };
    }
  }

  private applyWrite(command: ClientTypes.client.KvCommand): Response {
    const session = this.sessions.get(command.clientId);
    if (session !== undefined && command.seq === session.seq) return { write: session.reply };
    if ((session !== undefined && command.seq < session.seq) || (session === undefined && command.seq !== 1)) {
      return { error: { code: 'SESSION_EXPIRED', message: 'session expired' } };
    }
    const id = `${command.clientId}#${command.seq}`;
    this.applied.set(id, (this.applied.get(id) ?? 0) + 1);
    const reply = this.applyOp(command);
    this.sessions.set(command.clientId, { seq: command.seq, reply });
    return { write: reply };
  }

  private applyOp(command: ClientTypes.client.KvCommand): WriteResult {
    const T = ClientProto;
    const bytes = (value: Uint8Array | null | undefined): Buffer => Buffer.from(value ?? new Uint8Array());
    switch (command.op) {
      case 'set': {
        const op = T.SetOp.create(command.set ?? {});
        this.data.set(op.key, bytes(op.value));
        return { ok: true };
      }
      case 'del':
        return { ok: true, existed: this.data.delete(T.DelOp.create(command.del ?? {}).key) };
      case 'append': {
        const op = T.AppendOp.create(command.append ?? {});
        const value = Buffer.concat([this.data.get(op.key) ?? Buffer.alloc(0), bytes(op.value)]);
        this.data.set(op.key, value);
        return { ok: true, value };
      }
      case 'cas': {
        const cas = T.CasOp.create(command.cas ?? {});
        const current = this.data.get(cas.key);
        const matches = cas.expectAbsent ? current === undefined : current !== undefined && current.equals(bytes(cas.expect));
        if (!matches) return { ok: false, found: current !== undefined, value: current ?? Buffer.alloc(0) };
        this.data.set(cas.key, bytes(cas.value));
        return { ok: true };
      }
      case 'imageSet': {
        const op = T.ImageSetOp.create(command.imageSet ?? {});
        this.imageRecords = this.imageRecords.filter((r) => r.phash !== op.phash);
        this.imageRecords.push({ phash: op.phash, sha256: op.sha256, metadata: op.metadata });
        return { ok: true };
      }
      default:
        return { ok: false };
    }
  }
}

function hamming(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < 16; i++) {
    let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
    while (x !== 0) {
      bits += x & 1;
      x >>= 1;
    }
  }
  return bits;
}
