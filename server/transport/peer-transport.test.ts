// Real transports over real sockets on 127.0.0.1 with ephemeral ports, one http.Server
// per node (as in the node, the transport only sees upgrades routed to /peer).
import * as http from 'node:http';
import * as net from 'node:net';
import WebSocket from 'ws';
import { DialerHandshake, PEER_SUBPROTOCOL } from './auth';
import { decodeEnvelope, encodeEnvelope, PeerEnvelope } from './frame-codec';
import { PEER_PATH, PeerAddress, PeerLogger, PeerTransport, PeerTransportOptions } from './peer-transport';

jest.setTimeout(20000);

const SECRET = Buffer.from('integration-test-cluster-secret');
const CLUSTER_ID = 'test-cluster';

interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

function captureLogger(): { logger: PeerLogger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const at = (level: LogRecord['level']) => (obj: object, msg: string) => {
    records.push({ level, obj: obj as Record<string, unknown>, msg });
  };
  return { records, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An http.Server whose upgrade router hands /peer to the current transport. */
class HostServer {
  transport: PeerTransport | null = null;
  private constructor(readonly server: http.Server) {}

  static async listen(port = 0): Promise<HostServer> {
    const host = new HostServer(http.createServer((_request, response) => response.end('ok')));
    host.server.on('upgrade', (request, socket, head) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === PEER_PATH && host.transport !== null) host.transport.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      host.server.once('error', reject);
      host.server.listen(port, '127.0.0.1', () => resolve());
    });
    return host;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    await this.transport?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface TestNode {
  index: number;
  host: HostServer;
  transport: PeerTransport;
  received: { from: number; envelope: PeerEnvelope }[];
  states: { index: number; connected: boolean; incarnation: string | null }[];
  records: LogRecord[];
}

const running: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});

const FAST: Partial<PeerTransportOptions> = {
  reconnectMinMs: 20,
  reconnectMaxMs: 200,
  handshakeTimeoutMs: 2000,
  heartbeatIntervalMs: 1000,
};

function startNode(
  host: HostServer,
  index: number,
  members: PeerAddress[],
  options: Partial<PeerTransportOptions> = {},
): TestNode {
  const { logger, records } = captureLogger();
  const transport = new PeerTransport({
    selfIndex: index,
    members,
    incarnation: `inc-${index}`,
    clusterId: CLUSTER_ID,
    secret: SECRET,
    logger,
    ...FAST,
    ...options,
  });
  const node: TestNode = { index, host, transport, received: [], states: [], records };
  transport.onMessage((from, envelope) => node.received.push({ from, envelope }));
  transport.onPeerState((peer, connected, incarnation) => node.states.push({ index: peer, connected, incarnation }));
  host.transport = transport;
  transport.start();
  return node;
}

async function startCluster(
  count: number,
  optionsFor: (index: number) => Partial<PeerTransportOptions> = () => ({}),
): Promise<{ nodes: TestNode[]; members: PeerAddress[] }> {
  const hosts = await Promise.all(Array.from({ length: count }, () => HostServer.listen()));
  running.push(...hosts);
  const members = hosts.map((host, index) => ({ name: `node${index}`, host: '127.0.0.1', port: host.port }));
  const nodes = hosts.map((host, index) => startNode(host, index, members, optionsFor(index)));
  return { nodes, members };
}

function fullyConnected(nodes: TestNode[]): boolean {
  return nodes.every((node) => nodes.every((other) => other === node || node.transport.isConnected(other.index)));
}

function heartbeat(from: number, readRound: number): Uint8Array {
  return encodeEnvelope({ from, fromIncarnation: `inc-${from}`, heartbeat: { ballot: { round: 1, node: from }, readRound } });
}

function warnings(node: TestNode): LogRecord[] {
  return node.records.filter((record) => record.level === 'warn');
}

/** A raw WebSocket to a node's /peer, recording what it receives and how it closes. */
async function rawPeerClient(port: number): Promise<{
  ws: WebSocket;
  frames: PeerEnvelope[];
  closed: Promise<{ code: number; reason: string }>;
}> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${PEER_PATH}`, PEER_SUBPROTOCOL);
  const frames: PeerEnvelope[] = [];
  ws.on('message', (data) => {
    const result = decodeEnvelope(data as Buffer);
    if (result.ok) frames.push(result.envelope);
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  running.push({ close: async () => ws.terminate() });
  await waitFor(() => frames.length >= 1, 'the challenge Hello');
  return { ws, frames, closed };
}

describe('PeerTransport', () => {
  test('three nodes connect and messages flow both ways on every link', async () => {
    const { nodes } = await startCluster(3);
    await waitFor(() => fullyConnected(nodes), 'full mesh');

    for (const node of nodes) {
      for (const other of nodes) {
        if (other !== node) expect(node.transport.send(other.index, heartbeat(node.index, 10 * node.index + other.index))).toBe(true);
      }
    }
    await waitFor(() => nodes.every((node) => node.received.length === 2), 'every node to hear from both others');
    for (const node of nodes) {
      const seen = node.received.map(({ from, envelope }) => [from, envelope.from, envelope.body, Number(envelope.heartbeat?.readRound)]);
      expect(seen.sort()).toEqual(
        nodes.filter((other) => other !== node).map((other) => [other.index, other.index, 'heartbeat', 10 * other.index + node.index]).sort(),
      );
    }

    expect(nodes[1].transport.broadcast(heartbeat(1, 99))).toBe(2);
    await waitFor(() => nodes[0].received.length === 3 && nodes[2].received.length === 3, 'broadcast');

    const stats = nodes[0].transport.peerStats();
    expect(stats.map((peer) => [peer.index, peer.name, peer.connected, peer.role, peer.incarnation])).toEqual([
      [1, 'node1', true, 'dialer', 'inc-1'],
      [2, 'node2', true, 'dialer', 'inc-2'],
    ]);
    expect(stats[0].sentMessages).toBe(1);
    expect(stats[0].receivedMessages).toBe(2);
    expect(stats[0].lastMessageAtMs).not.toBeNull();
    expect(nodes[2].transport.peerStats().map((peer) => peer.role)).toEqual(['acceptor', 'acceptor']);
    expect(nodes.flatMap(warnings)).toEqual([]);
  });

  test('sends in one turn are held corked and leave together at the end of the turn, or at once on flush()', async () => {
    const { nodes } = await startCluster(2);
    await waitFor(() => fullyConnected(nodes), 'full mesh');
    const socket = (): net.Socket =>
      (nodes[0].transport as unknown as { peers: Array<{ link: { ws: { _socket: net.Socket } } } | null> }).peers[1]!.link.ws._socket;

    for (let round = 1; round <= 3; round++) nodes[0].transport.send(1, heartbeat(0, round));
    expect(socket().writableCorked).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket().writableCorked).toBe(0);

    for (let round = 4; round <= 6; round++) nodes[0].transport.send(1, heartbeat(0, round));
    expect(socket().writableCorked).toBe(1);
    nodes[0].transport.flush();
    expect(socket().writableCorked).toBe(0);
    nodes[0].transport.send(1, heartbeat(0, 7));
    expect(socket().writableCorked).toBe(1);

    await waitFor(() => nodes[1].received.length === 7, 'all seven heartbeats');
    expect(nodes[1].received.map(({ envelope }) => Number(envelope.heartbeat?.readRound))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(socket().writableCorked).toBe(0);
  });

  test('a killed peer is reconnected once it comes back (acceptor side and dialer side)', async () => {
    const { nodes, members } = await startCluster(3);
    await waitFor(() => fullyConnected(nodes), 'full mesh');

    // Kill node 2 (it only accepts); the others must notice and drop instead of queueing.
    await nodes[2].host.close();
    await waitFor(() => !nodes[0].transport.isConnected(2) && !nodes[1].transport.isConnected(2), 'peers to see node 2 down');
    expect(nodes[0].transport.send(2, heartbeat(0, 1))).toBe(false);
    expect(nodes[0].transport.peerStats()[1]).toMatchObject({ connected: false, queuedBytes: 0, droppedDown: 1 });
    await sleep(300); // a few failed redials
    expect(nodes[0].transport.peerStats()[1].reconnectAttempts).toBeGreaterThan(0);

    const host2 = await HostServer.listen(members[2].port);
    running.push(host2);
    const node2 = startNode(host2, 2, members, { incarnation: 'inc-2-reborn' });
    await waitFor(() => fullyConnected([nodes[0], nodes[1], node2]), 'node 2 to be redialed');
    expect(nodes[0].states.filter((state) => state.index === 2)).toEqual([
      { index: 2, connected: true, incarnation: 'inc-2' },
      { index: 2, connected: false, incarnation: 'inc-2' },
      { index: 2, connected: true, incarnation: 'inc-2-reborn' },
    ]);
    expect(nodes[0].transport.peerStats()[1].reconnectAttempts).toBe(0);
    expect(node2.transport.send(0, heartbeat(2, 5))).toBe(true);
    expect(nodes[1].transport.send(2, heartbeat(1, 6))).toBe(true);
    await waitFor(() => nodes[0].received.length === 1 && node2.received.length === 1, 'traffic after the restart');

    // Kill node 0 (it dials both others); when it comes back it dials again.
    await nodes[0].host.close();
    await waitFor(() => !nodes[1].transport.isConnected(0) && !node2.transport.isConnected(0), 'peers to see node 0 down');
    const host0 = await HostServer.listen(members[0].port);
    running.push(host0);
    const node0 = startNode(host0, 0, members);
    await waitFor(() => fullyConnected([node0, nodes[1], node2]), 'node 0 to dial back');
    expect(nodes[1].transport.send(0, heartbeat(1, 7))).toBe(true);
    await waitFor(() => node0.received.length === 1, 'traffic to the restarted dialer');
  });

  test('a down peer costs nothing: sends drop at once and nothing is queued', async () => {
    const hosts = await Promise.all([HostServer.listen(), HostServer.listen()]);
    running.push(...hosts);
    const members = [
      { name: 'node0', host: '127.0.0.1', port: hosts[0].port },
      { name: 'node1', host: '127.0.0.1', port: hosts[1].port },
    ];
    const node0 = startNode(hosts[0], 0, members); // node1 never starts
    const frame = new Uint8Array(64 * 1024);
    for (let i = 0; i < 1000; i++) expect(node0.transport.send(1, frame)).toBe(false);
    expect(node0.transport.broadcast(frame)).toBe(0);
    expect(node0.transport.peerStats()[0]).toMatchObject({ connected: false, queuedBytes: 0, queuedMessages: 0, droppedDown: 1001 });
  });

  test('a stalled peer: its queue stays bounded and drops, other peers are unaffected', async () => {
    const hosts = await Promise.all([HostServer.listen(), HostServer.listen(), HostServer.listen()]);
    running.push(...hosts);
    const proxy = await StallableProxy.start(hosts[1].port);
    running.push(proxy);
    const members = hosts.map((host, index) => ({ name: `node${index}`, host: '127.0.0.1', port: host.port }));
    // Node 0 reaches node 1 through the proxy; everyone else directly.
    const viaProxy = members.map((member, index) => (index === 1 ? { ...member, port: proxy.port } : member));
    const maxBytes = 1024 * 1024;
    const slowHeartbeat = { heartbeatIntervalMs: 60_000 };
    const node0 = startNode(hosts[0], 0, viaProxy, { sendQueueMaxBytes: maxBytes, ...slowHeartbeat });
    const node1 = startNode(hosts[1], 1, members, slowHeartbeat);
    const node2 = startNode(hosts[2], 2, members, slowHeartbeat);
    await waitFor(() => fullyConnected([node0, node1, node2]), 'full mesh');

    proxy.stall();
    const frameBytes = 64 * 1024;
    const frame = encodeEnvelope({ from: 0, forward: { forwardId: 1, request: new Uint8Array(frameBytes) } });
    let accepted = 0;
    let dropped = 0;
    // Kernel buffers absorb some megabytes first; after that ws buffers up to the bound.
    for (let round = 0; round < 400 && dropped < 50; round++) {
      for (let i = 0; i < 10; i++) {
        if (node0.transport.send(1, frame)) accepted++;
        else dropped++;
      }
      expect(node0.transport.peerStats()[0].queuedBytes).toBeLessThanOrEqual(maxBytes + frame.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(dropped).toBeGreaterThanOrEqual(50);
    const stats = node0.transport.peerStats()[0];
    expect(stats.droppedQueueFull).toBe(dropped);
    expect(stats.sentMessages).toBe(accepted);
    expect(stats.queuedBytes).toBeGreaterThan(maxBytes / 2);
    expect(stats.queuedBytes).toBeLessThanOrEqual(maxBytes + frame.length);
    expect(node0.records.filter((record) => record.msg.startsWith('peer send queue full'))).toHaveLength(1);

    // The stalled peer does not hold up the healthy one.
    expect(node0.transport.send(2, heartbeat(0, 42))).toBe(true);
    await waitFor(() => node2.received.some(({ envelope }) => Number(envelope.heartbeat?.readRound) === 42), 'node 2 traffic');
    expect(node0.transport.peerStats()[1]).toMatchObject({ droppedQueueFull: 0, droppedDown: 0 });
  });

  test('a link with no pong in time is terminated and redialed', async () => {
    const hosts = await Promise.all([HostServer.listen(), HostServer.listen()]);
    running.push(...hosts);
    const proxy = await StallableProxy.start(hosts[1].port);
    running.push(proxy);
    const members = hosts.map((host, index) => ({ name: `node${index}`, host: '127.0.0.1', port: host.port }));
    const fastHeartbeat = { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 300 };
    const node0 = startNode(hosts[0], 0, [members[0], { ...members[1], port: proxy.port }], fastHeartbeat);
    const node1 = startNode(hosts[1], 1, members, fastHeartbeat);
    await waitFor(() => fullyConnected([node0, node1]), 'link');

    proxy.stall(); // existing connections go silent both ways; new ones pass
    await waitFor(() => node0.states.some((state) => !state.connected), 'node 0 to cut the silent link', 3000);
    expect(node0.records.some((record) => record.msg.startsWith('peer link dead'))).toBe(true);
    await waitFor(() => node0.states.filter((state) => state.connected).length === 2, 'a fresh link', 5000);
    await waitFor(() => node1.transport.isConnected(0), 'node 1 to see the fresh link');
    expect(node0.transport.send(1, heartbeat(0, 3))).toBe(true);
    await waitFor(() => node1.received.length === 1, 'traffic on the fresh link');
  });

  test('wrong secret: the link is refused on both sides and nothing is delivered', async () => {
    const { nodes } = await startCluster(2, (index) => (index === 1 ? { secret: Buffer.from('a different secret!!') } : {}));
    await waitFor(() => warnings(nodes[1]).some((record) => record.obj.reason === 'wrong proof: the cluster secret differs'),
      'the acceptor to refuse the proof');
    await waitFor(() => warnings(nodes[0]).some((record) => record.msg === 'peer refused the link'), 'the dialer to hear why');
    expect(warnings(nodes[1])[0].obj).toMatchObject({ code: 1008, role: 'acceptor' });
    expect(nodes[0].transport.isConnected(1)).toBe(false);
    expect(nodes[1].transport.isConnected(0)).toBe(false);
    expect(nodes[0].transport.send(1, heartbeat(0, 1))).toBe(false);
    await sleep(200);
    expect(nodes[0].received).toEqual([]);
    expect(nodes[1].received).toEqual([]);
    expect(nodes[0].states).toEqual([]);
    expect(nodes[1].states).toEqual([]);
  });

  test('wrong cluster id is refused, also in --insecure mode', async () => {
    const { nodes } = await startCluster(2, (index) => ({ secret: null, clusterId: index === 0 ? CLUSTER_ID : 'another-cluster' }));
    await waitFor(() => warnings(nodes[0]).some((record) => String(record.obj.reason).startsWith('cluster id mismatch')),
      'the dialer to refuse the challenge');
    await waitFor(() => warnings(nodes[1]).some((record) => record.msg === 'peer refused the link'), 'the acceptor to hear why');
    await sleep(100);
    expect(nodes[0].transport.isConnected(1)).toBe(false);
    expect(nodes[1].transport.isConnected(0)).toBe(false);
    expect(nodes[0].received.concat(nodes[1].received)).toEqual([]);
  });

  test('--insecure nodes talk to each other but not to a node with a secret', async () => {
    const { nodes } = await startCluster(3, (index) => (index < 2 ? { secret: null } : {}));
    await waitFor(() => nodes[0].transport.isConnected(1) && nodes[1].transport.isConnected(0), 'the insecure pair');
    await waitFor(() => warnings(nodes[2]).filter((record) => /does it run --insecure/.test(String(record.obj.reason))).length >= 2,
      'the secure node to refuse both');
    expect(nodes[2].transport.isConnected(0) || nodes[2].transport.isConnected(1)).toBe(false);
    expect(nodes[0].transport.send(1, heartbeat(0, 8))).toBe(true);
    await waitFor(() => nodes[1].received.length === 1, 'insecure traffic');
  });

  test('a frame before authentication is refused (1008) and never delivered', async () => {
    const { nodes } = await startCluster(3);
    await waitFor(() => fullyConnected(nodes), 'full mesh');
    const client = await rawPeerClient(nodes[2].host.port);
    expect(client.frames[0].body).toBe('hello');
    client.ws.send(heartbeat(0, 1));
    const closed = await client.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/frame before authentication \(heartbeat\)/);
    expect(warnings(nodes[2]).map((record) => record.obj.reason)).toEqual(['frame before authentication (heartbeat)']);
    expect(nodes[2].received).toEqual([]);
    expect(fullyConnected(nodes)).toBe(true); // the real links were not disturbed
  });

  test('a wrong proof followed at once by data: refused, and the data is not delivered', async () => {
    const { nodes } = await startCluster(3);
    await waitFor(() => fullyConnected(nodes), 'full mesh');
    const client = await rawPeerClient(nodes[2].host.port);
    const impostor = new DialerHandshake(
      { selfIndex: 0, memberNames: ['node0', 'node1', 'node2'], incarnation: 'evil', clusterId: CLUSTER_ID, secret: Buffer.from('guess') },
      2,
    );
    const step = impostor.receive(client.frames[0]);
    if (step.kind !== 'reply') throw new Error(`unexpected ${step.kind}`);
    client.ws.send(step.frame);
    client.ws.send(heartbeat(0, 666));
    expect((await client.closed).code).toBe(1008);
    await sleep(100);
    expect(nodes[2].received).toEqual([]);
    expect(nodes[2].transport.isConnected(0)).toBe(true); // the real node 0 keeps its link
  });

  test('a malformed frame closes only that link', async () => {
    // node0 is played by a raw client holding the secret; node1 and node2 are real.
    const hosts = await Promise.all([HostServer.listen(), HostServer.listen(), HostServer.listen()]);
    running.push(...hosts);
    const members = hosts.map((host, index) => ({ name: `node${index}`, host: '127.0.0.1', port: host.port }));
    const node1 = startNode(hosts[1], 1, members);
    const node2 = startNode(hosts[2], 2, members);
    await waitFor(() => node1.transport.isConnected(2) && node2.transport.isConnected(1), 'link 1-2');

    const client = await rawPeerClient(hosts[2].port);
    const dialer = new DialerHandshake(
      { selfIndex: 0, memberNames: members.map((member) => member.name), incarnation: 'raw', clusterId: CLUSTER_ID, secret: SECRET },
      2,
    );
    const reply = dialer.receive(client.frames[0]);
    if (reply.kind !== 'reply') throw new Error(`unexpected ${reply.kind}`);
    client.ws.send(reply.frame);
    await waitFor(() => client.frames.length === 2, "the acceptor's proof");
    expect(dialer.receive(client.frames[1]).kind).toBe('authenticated');
    await waitFor(() => node2.transport.isConnected(0), 'the raw node 0 to count as connected');

    client.ws.send(heartbeat(0, 5));
    await waitFor(() => node2.received.length === 1, 'a good frame from the raw client');
    client.ws.send(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])); // field 1 as bytes of absurd length
    const closed = await client.closed;
    expect(closed.code).toBe(1007);
    expect(closed.reason).toMatch(/undecodable PeerEnvelope/);
    expect(warnings(node2).map((record) => record.msg)).toEqual(['peer link closed: protocol violation']);
    expect(node2.transport.isConnected(0)).toBe(false);

    expect(node2.transport.isConnected(1)).toBe(true);
    expect(node1.transport.send(2, heartbeat(1, 9))).toBe(true);
    await waitFor(() => node2.received.some(({ from }) => from === 1), 'traffic on the untouched link');
  });

  test('envelope.from must match the authenticated peer; text frames are refused', async () => {
    const { nodes } = await startCluster(2);
    await waitFor(() => fullyConnected(nodes), 'link');
    expect(nodes[0].transport.send(1, heartbeat(1, 1))).toBe(true); // claims to come from node 1 itself
    await waitFor(() => !nodes[1].transport.isConnected(0), 'the lying link to be closed');
    expect(warnings(nodes[1])[0].obj.reason).toBe('envelope from 1 on the link of 0');
    expect(nodes[1].received).toEqual([]);
    await waitFor(() => fullyConnected(nodes), 'the redialed link');

    const client = await rawPeerClient(nodes[1].host.port);
    client.ws.send('hello as text');
    expect((await client.closed).code).toBe(1003);
  });

  test('API misuse and limits: self or unknown index throws, oversized frames drop, upgrades before start get 503', async () => {
    const host = await HostServer.listen();
    running.push(host);
    const { logger } = captureLogger();
    const members = [
      { name: 'node0', host: '127.0.0.1', port: host.port },
      { name: 'node1', host: '127.0.0.1', port: 1 },
    ];
    const transport = new PeerTransport({
      selfIndex: 0, members, incarnation: 'i', clusterId: CLUSTER_ID, secret: SECRET, logger, maxPayloadBytes: 1024,
    });
    host.transport = transport;
    expect(() => transport.send(0, new Uint8Array(1))).toThrow(RangeError);
    expect(() => transport.send(5, new Uint8Array(1))).toThrow(RangeError);
    expect(transport.send(1, new Uint8Array(2048))).toBe(false);
    expect(transport.peerStats()[0].droppedTooLarge).toBe(1);

    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}${PEER_PATH}`, PEER_SUBPROTOCOL);
      ws.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(503);
    expect(() => new PeerTransport({ selfIndex: 2, members, incarnation: 'i', clusterId: 'c', secret: null, logger })).toThrow(RangeError);
  });

  test('a stranger sending more than maxUnauthenticatedBytes before authenticating is closed with 1009', async () => {
    const { nodes } = await startCluster(3, () => ({ maxUnauthenticatedBytes: 4096 }));
    await waitFor(() => fullyConnected(nodes), 'full mesh');
    const client = await rawPeerClient(nodes[2].host.port);
    // One frame well under maxPayloadBytes, but far more than a Hello needs.
    client.ws.send(Buffer.alloc(64 * 1024, 0x0a));
    const closed = await client.closed;
    expect(closed.code).toBe(1009);
    expect(closed.reason).toMatch(/bytes before authentication \(at most 4096\)/);
    expect(nodes[2].received).toEqual([]);
    expect(fullyConnected(nodes)).toBe(true); // real links, far past 4096 bytes, were never counted
    expect(nodes[0].transport.send(2, heartbeat(0, 3))).toBe(true);
    await waitFor(() => nodes[2].received.length === 1, 'traffic on the real link');
  });

  test('a stranger that never answers the challenge is closed at the handshake deadline; pending links are capped', async () => {
    const { nodes } = await startCluster(2, () => ({ handshakeTimeoutMs: 300, maxPendingInbound: 2 }));
    await waitFor(() => fullyConnected(nodes), 'link');
    const silent = [await rawPeerClient(nodes[1].host.port), await rawPeerClient(nodes[1].host.port)];
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${nodes[1].host.port}${PEER_PATH}`, PEER_SUBPROTOCOL);
      ws.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(503);
    for (const client of silent) {
      const closed = await client.closed;
      expect(closed.code).toBe(1008);
      expect(closed.reason).toMatch(/no authentication within 300 ms/);
    }
    // Slots free again: a new stranger gets its challenge.
    const later = await rawPeerClient(nodes[1].host.port);
    expect(later.frames[0].body).toBe('hello');
    expect(fullyConnected(nodes)).toBe(true);
  });

  test('close() is graceful: peers see 1001, no callbacks afterwards, idempotent', async () => {
    const { nodes } = await startCluster(2);
    await waitFor(() => fullyConnected(nodes), 'link');
    const statesBefore = nodes[0].states.length;
    await Promise.all([nodes[0].transport.close(), nodes[0].transport.close()]);
    await waitFor(() => !nodes[1].transport.isConnected(0), 'node 1 to see the close');
    expect(nodes[1].records.find((record) => record.msg === 'peer disconnected')?.obj)
      .toMatchObject({ peer: 'node0', code: 1001, reason: 'node shutting down' });
    expect(nodes[0].states.length).toBe(statesBefore);
    expect(nodes[0].transport.send(1, heartbeat(0, 1))).toBe(false);
  });
});

/** A TCP proxy whose existing connections can be frozen in both directions. */
class StallableProxy {
  private readonly pairs: [net.Socket, net.Socket][] = [];
  private constructor(private readonly server: net.Server, private readonly targetPort: number) {}

  static async start(targetPort: number): Promise<StallableProxy> {
    const server = net.createServer();
    const proxy = new StallableProxy(server, targetPort);
    server.on('connection', (client) => proxy.connect(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  private connect(client: net.Socket): void {
    const upstream = net.connect(this.targetPort, '127.0.0.1');
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    this.pairs.push([client, upstream]);
  }

  /** Stops forwarding on every existing connection: nothing is read any more. */
  stall(): void {
    for (const [client, upstream] of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  async close(): Promise<void> {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
