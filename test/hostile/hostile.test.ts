// Hostile clients against five real nodes (with a cluster secret), while a normal client
// keeps writing: forged Prepare/Accept frames and bad handshakes on /peer, oversized
// frames and bodies, slowloris heads and bodies, a flood of connections from one
// address, and garbage on every path. Each input must get a clear answer (a status and
// error code, or a WebSocket close code) and cost nobody else anything. Afterwards the
// five nodes must agree, hold every acknowledged write exactly once, and still commit.
// The table of "hostile input → what it got" is printed at the end.
import WebSocket from 'ws';
import { PEER_SUBPROTOCOL } from '../../server/transport/auth';
import { ClientProto } from '../../server/wire/protobuf';
import { Cluster, http, sleep, type NodeStatus } from '../integration/cluster';
import {
  FORGED_ROUND, forgedAccept, forgedPrepare, openPeerProbe, prooflessHello, wrongSecretHello,
} from './forged-peer';
import {
  awaitClose, clientFrame, describeClose, describeHttp, httpAnswer, Opcode, rawWebSocket, RawSocket, upgradeHead,
} from './raw-socket';
import { HostileReport } from './report';
import { BackgroundWriter } from './writer';

jest.setTimeout(60_000);

const SECRET = 'hostile-test-cluster-secret-0123456789';
// Short timeouts so the test sees them fire; a modest per-address cap so a flood reaches it.
const HEADERS_TIMEOUT_MS = 1500;
const RECEIVE_TIMEOUT_MS = 3000;
const CLIENT_IDLE_TIMEOUT_MS = 2000;
const PER_ADDRESS_CAP = 200;
const FLOOD_SOCKETS = 2000;
/** Hostile traffic comes from its own loopback addresses; the writer and the checks use 127.0.0.1. */
const FLOOD_ADDRESS = '127.0.0.3';
const SLOW_ADDRESS = '127.0.0.4';
const GARBAGE_ADDRESS = '127.0.0.5';

let cluster: Cluster;
let writer: BackgroundWriter;
let memberNames: string[];
let leader: number;
const report = new HostileReport();

beforeAll(async () => {
  cluster = await Cluster.start({
    secret: SECRET,
    extraArgs: [
      '--headers-timeout-ms', String(HEADERS_TIMEOUT_MS), '--receive-timeout-ms', String(RECEIVE_TIMEOUT_MS),
      '--client-idle-timeout-ms', String(CLIENT_IDLE_TIMEOUT_MS), '--max-connections-per-address', String(PER_ADDRESS_CAP),
    ],
  });
  memberNames = cluster.nodes.map((node) => node.name);
  leader = await cluster.waitForLeader(20_000);
  writer = new BackgroundWriter(cluster, 'hostile/w/', { maxWrites: 3000, maxMs: 75_000, pauseMs: 25, workers: 2, keys: 8 });
  writer.start();
}, 40_000);

afterAll(async () => {
  await writer?.stop();
  console.log(`Hostile inputs against 5 nodes (${writer?.acked.size ?? 0} writes acknowledged meanwhile):\n${report.toString()}`);
  await cluster?.stop();
});

/** A node other than the leader, counting from `offset`. */
function follower(offset: number): number {
  return (leader + offset) % cluster.nodes.length;
}

/** A normal client (127.0.0.1) asks `node` for its status and writes through it; both must succeed. */
async function servedMeanwhile(node: number, what: string): Promise<string> {
  const status = await http('GET', cluster.url(node, '/v1/status'), undefined, {}, 10_000);
  const write = await http('PUT', cluster.url(node, `/v1/kv/${encodeURIComponent(`hostile/meanwhile/${what}`)}`), { value: what }, {}, 10_000);
  expect(status.status).toBe(200);
  expect(write.status).toBe(200);
  return `a normal client meanwhile: status ${status.status}, write ${write.status}`;
}

async function statuses(): Promise<NodeStatus[]> {
  const all = await Promise.all(cluster.nodes.map((_, i) => cluster.status(i, 5000)));
  return all.map((status, i) => {
    if (status === null) throw new Error(`${memberNames[i]} does not answer /v1/status`);
    return status;
  });
}

function roundOf(status: NodeStatus): number {
  return (status.ballot as { round?: number } | null)?.round ?? 0;
}

function allAlive(): void {
  for (let i = 0; i < cluster.nodes.length; i++) expect(cluster.running(i)).toBe(true);
}

describe('hostile clients', () => {
  test('forged Prepare/Accept frames and bad handshakes on /peer are closed and change nothing', async () => {
    const target = leader === 0 ? 1 : leader; // a stranger posing as a lower index may dial it
    const acceptor = follower(1) === 0 ? follower(2) : follower(1);
    const before = await statuses();
    const forgedKey = 'hostile/forged';
    const forgedSlot = Math.max(...before.map((s) => s.appliedSlot)) + 1;
    const silent = openPeerProbe(cluster.nodes[acceptor]!.port); // says nothing after the upgrade

    const cases: { input: string; run: () => Promise<{ code: number; reason: string }> }[] = [
      {
        input: `forged Prepare (ballot round 2^31, from "${memberNames[0]}") to the leader instead of the Hello`,
        run: async () => {
          const probe = openPeerProbe(cluster.nodes[target]!.port);
          await probe.challenge;
          probe.ws.send(forgedPrepare(0, target));
          return probe.closed;
        },
      },
      {
        input: `forged Prepare (round 2^31) to a follower before the node's challenge arrived`,
        run: async () => {
          const probe = openPeerProbe(cluster.nodes[acceptor]!.port);
          await probe.opened;
          probe.ws.send(forgedPrepare(0, acceptor));
          return probe.closed;
        },
      },
      {
        input: `forged Accept (slot ${forgedSlot}, round 2^31, set ${forgedKey}, commit up to it) to a follower instead of the Hello`,
        run: async () => {
          const probe = openPeerProbe(cluster.nodes[acceptor]!.port);
          await probe.challenge;
          probe.ws.send(forgedAccept(0, acceptor, forgedSlot, forgedKey, 'pwned'));
          return probe.closed;
        },
      },
      {
        input: 'Hello with an HMAC proof made from a guessed secret, then a forged Prepare right behind it',
        run: async () => {
          const probe = openPeerProbe(cluster.nodes[target]!.port);
          probe.ws.send(wrongSecretHello(await probe.challenge, memberNames, 0, target, 'guessed-secret'));
          probe.ws.send(forgedPrepare(0, target));
          return probe.closed;
        },
      },
      {
        input: 'Hello without any proof (as an --insecure node would send)',
        run: async () => {
          const probe = openPeerProbe(cluster.nodes[target]!.port);
          probe.ws.send(prooflessHello(await probe.challenge, memberNames, 0));
          return probe.closed;
        },
      },
      {
        input: '/peer upgrade without the paxoskv-peer.v1 subprotocol',
        run: async () => openPeerProbe(cluster.nodes[target]!.port, null).closed,
      },
    ];
    for (const { input, run } of cases) {
      const closed = await run();
      report.add(input, `close ${closed.code} (${closed.reason})`);
      expect([1002, 1008]).toContain(closed.code);
    }
    const silentClosed = await silent.closed;
    report.add('/peer stranger that upgrades and then says nothing', `close ${silentClosed.code} (${silentClosed.reason})`);
    expect(silentClosed.code).toBe(1008);

    await sleep(500); // anything delivered would have been acted on by now
    const after = await statuses();
    for (const status of after) expect(roundOf(status)).toBeLessThan(FORGED_ROUND);
    for (let i = 0; i < cluster.nodes.length; i++) {
      const read = await http('GET', cluster.url(i, `/v1/kv/${encodeURIComponent(forgedKey)}?consistency=stale`));
      expect(read.status).toBe(404);
    }
    const ballots = (list: NodeStatus[]): string => [...new Set(list.map((s) => `${s.leader ?? '-'}@round ${roundOf(s)}`))].join(', ');
    report.add('→ cluster state across the forgeries',
      `leader@ballot before: ${ballots(before)}; after: ${ballots(after)}; no node near round 2^31; ${forgedKey} absent on all 5`);
    report.add('→ meanwhile', await servedMeanwhile(target, 'forged'));
  });

  test('oversized frames, heads and bodies are refused with their codes; the node keeps serving', async () => {
    const node = follower(1);
    const port = cluster.nodes[node]!.port;
    const lying = async (path: string, protocol: string | null, claimedBytes: number): Promise<string> => {
      const raw = await rawWebSocket(port, path, protocol);
      raw.write(clientFrame(Opcode.BINARY, Buffer.alloc(0), claimedBytes));
      await awaitClose(raw);
      return describeClose(raw);
    };
    const peerHeader = await lying('/peer', PEER_SUBPROTOCOL, 100 * 1024 * 1024);
    report.add('/peer frame header claiming 100 MiB (limit 64 MiB), before authenticating', peerHeader);
    expect(peerHeader).toMatch(/^close 1009/);

    const probe = openPeerProbe(port);
    await probe.challenge;
    probe.ws.send(Buffer.alloc(1024 * 1024, 0x0a));
    const unauthenticated = await probe.closed;
    report.add('/peer 1 MiB frame before authenticating (budget 64 KiB)', `close ${unauthenticated.code} (${unauthenticated.reason})`);
    expect(unauthenticated.code).toBe(1009);

    const clientHeader = await lying('/client', null, 9 * 1024 * 1024);
    report.add('/client frame header claiming 9 MiB (limit 8 MiB)', clientHeader);
    expect(clientHeader).toMatch(/^close 1009/);

    const client = new WebSocket(`ws://127.0.0.1:${port}/client`);
    client.on('error', () => undefined);
    await new Promise((resolve) => client.once('open', resolve));
    const clientClosed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)));
    client.send(Buffer.alloc(9 * 1024 * 1024, 1));
    const realFrame = await clientClosed;
    report.add('/client real 9 MiB frame', `close ${realFrame}`);
    expect(realFrame).toBe(1009);

    const body = Buffer.alloc(9 * 1024 * 1024, 0x61);
    const bigBody = await RawSocket.connect(port);
    bigBody.write(`PUT /v1/kv/hostile%2Fbig HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
    bigBody.write(body);
    await bigBody.until((received) => httpAnswer(received.toString('latin1')) !== null);
    bigBody.destroy();
    report.add('HTTP PUT with a 9 MiB body (limit 8 MiB)', describeHttp(bigBody));
    expect(httpAnswer(bigBody.text)).toEqual({ status: 413, code: 'VALUE_TOO_LARGE' });

    const rawHead = async (head: string): Promise<string> => {
      const raw = await RawSocket.connect(port);
      raw.write(head);
      await raw.closed;
      return describeHttp(raw);
    };
    const put = async (key: string, value: string): Promise<string> => {
      const answer = await http('PUT', cluster.url(node, `/v1/kv/${key}`), { value });
      return `${answer.status} ${(answer.body.error as { code?: string } | undefined)?.code ?? ''}`;
    };
    const tooLarge: { input: string; send: () => Promise<string>; expected: string }[] = [
      {
        input: 'HTTP head with a 20 KiB header (parser limit 16 KiB)', expected: '431 HEADERS_TOO_LARGE',
        send: () => rawHead(`GET /v1/status HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`),
      },
      {
        input: 'HTTP request line with a 20 KiB URL', expected: '431 HEADERS_TOO_LARGE',
        send: () => rawHead(`GET /v1/kv/${'k'.repeat(20_000)} HTTP/1.1\r\nhost: x\r\n\r\n`),
      },
      { input: 'HTTP PUT of a 1 MiB + 1 byte value', expected: '413 VALUE_TOO_LARGE', send: () => put('hostile%2Fbigvalue', 'v'.repeat(1024 * 1024 + 1)) },
      { input: 'HTTP PUT to a 2 KiB key (limit 1 KiB)', expected: '413 KEY_TOO_LARGE', send: () => put('k'.repeat(2048), 'v') },
    ];
    for (const { input, send, expected } of tooLarge) {
      const got = await send();
      report.add(input, got);
      expect(got).toBe(expected);
    }

    // 6000 linearizable reads pipelined on one /client socket (cap 4096 in flight): each is
    // answered, with its value or OVERLOADED, on the same socket.
    const pipelined = new WebSocket(`ws://127.0.0.1:${port}/client`);
    pipelined.on('error', () => undefined);
    await new Promise((resolve) => pipelined.once('open', resolve));
    const codes: string[] = [];
    const answered = new Promise<void>((resolve) => pipelined.on('message', (data) => {
      const response = ClientProto.ClientResponse.decode(data as Buffer);
      codes.push(response.error?.code || 'ok');
      if (codes.length === 6000) resolve();
    }));
    for (let id = 1; id <= 6000; id++) {
      pipelined.send(ClientProto.ClientRequest.encode({ id, get: { key: 'hostile/pipelined' } }).finish());
    }
    await answered;
    pipelined.close();
    report.add('6000 reads pipelined on one /client socket (cap 4096 in flight)', HostileReport.tally(codes));
    // A missing key, the in-flight cap, or (on a loaded machine) the request timeout: nothing else.
    for (const code of new Set(codes)) expect(['NOT_FOUND', 'OVERLOADED', 'NO_QUORUM', 'UNAVAILABLE', 'TIMEOUT']).toContain(code);

    // 300 linearizable reads pipelined on one HTTP connection (bound 64 in flight).
    const pipelinedHttp = await RawSocket.connect(port);
    const statusesOf = (received: Buffer): string[] => [...received.toString('latin1').matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]!);
    pipelinedHttp.write('GET /v1/kv/hostile%2Fpipelined HTTP/1.1\r\nhost: x\r\n\r\n'.repeat(300));
    await pipelinedHttp.until((received) => statusesOf(received).length === 300);
    pipelinedHttp.destroy();
    const httpStatuses = statusesOf(pipelinedHttp.bytes);
    report.add('300 reads pipelined on one HTTP connection (bound 64 in flight)',
      HostileReport.tally(httpStatuses.map((status) => (status === '429' ? '429 TOO_MANY_REQUESTS' : status === '404' ? '404 NOT_FOUND' : status))));
    expect(httpStatuses).toHaveLength(300);
    // A missing key, the in-flight bound, or (on a loaded machine) 503 NO_QUORUM: nothing else.
    for (const status of new Set(httpStatuses)) expect(['404', '429', '503']).toContain(status);

    report.add('→ meanwhile', await servedMeanwhile(node, 'oversized'));
    allAlive();
  });

  test('slowloris heads and bodies are cut off by the timeouts while normal clients are served', async () => {
    const node = follower(2);
    const port = cluster.nodes[node]!.port;
    const started = Date.now();
    const trickled: { kind: string; raw: RawSocket; closedAfterMs: number }[] = [];
    const trickle = (raw: RawSocket, text: string, everyMs: number): NodeJS.Timeout => {
      let sent = 0;
      return setInterval(() => raw.write(text[sent++ % text.length]!), everyMs);
    };
    const timers: NodeJS.Timeout[] = [];
    const kinds: [string, string, number][] = [
      ['HTTP head, one byte per 100 ms (endless headers)', 'GET /v1/status HTTP/1.1\r\nhost: x\r\nx-slow: 1\r\n', 40],
      ['/client upgrade head, one byte per 100 ms', upgradeHead('/client', null).replace(/\r\n\r\n$/, '\r\nx-slow: 1\r\n'), 10],
    ];
    for (const [kind, text, count] of kinds) {
      for (let i = 0; i < count; i++) {
        const raw = await RawSocket.connect(port, SLOW_ADDRESS, true); // keeps trickling after the node's answer
        timers.push(trickle(raw, text, 100));
        trickled.push({ kind, raw, closedAfterMs: 0 });
      }
    }
    for (let i = 0; i < 10; i++) {
      const raw = await RawSocket.connect(port, SLOW_ADDRESS, true);
      raw.write('PUT /v1/kv/hostile%2Fslow HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n');
      timers.push(trickle(raw, '{"value":"' + 'x'.repeat(980), 200));
      trickled.push({ kind: 'HTTP body of 1000 bytes, one byte per 200 ms', raw, closedAfterMs: 0 });
    }
    for (const entry of trickled) {
      void entry.raw.closed.then(() => {
        entry.closedAfterMs = Date.now() - started;
      });
    }
    const idleClient = new WebSocket(`ws://127.0.0.1:${port}/client`);
    idleClient.on('error', () => undefined);
    const idleClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      idleClient.once('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') })));

    const meanwhile: string[] = [];
    for (let i = 0; i < 3; i++) {
      meanwhile.push(await servedMeanwhile(node, `slowloris-${i}`));
      await sleep(300);
    }
    await Promise.all(trickled.map((entry) => entry.raw.closed));
    for (const timer of timers) clearInterval(timer);
    for (const [kind] of [...kinds, ['HTTP body of 1000 bytes, one byte per 200 ms']]) {
      const group = trickled.filter((entry) => entry.kind === kind);
      const outcomes = group.map((entry) => describeHttp(entry.raw));
      const slowest = Math.max(...group.map((entry) => entry.closedAfterMs));
      report.add(`slowloris: ${group.length} sockets, ${kind}`, `${HostileReport.tally(outcomes)}; all cut off within ${slowest} ms`);
      for (const outcome of outcomes) expect(outcome).toBe('408 REQUEST_TIMEOUT');
    }
    const idle = await idleClosed;
    report.add(`/client WebSocket left idle (idle timeout ${CLIENT_IDLE_TIMEOUT_MS} ms)`, `close ${idle.code} (${idle.reason})`);
    expect(idle.code).toBe(1001);
    report.add('→ meanwhile (3 rounds during the slowloris)', meanwhile[0]!.replace('a normal client meanwhile', 'each round'));
    allAlive();
  });

  test(`a flood of ${FLOOD_SOCKETS} connections from one address is refused beyond the cap; the node serves and recovers`, async () => {
    const node = follower(3);
    const port = cluster.nodes[node]!.port;
    const flood = await Promise.all(Array.from({ length: FLOOD_SOCKETS }, () =>
      RawSocket.connect(port, FLOOD_ADDRESS).catch((error: NodeJS.ErrnoException) => error.code ?? 'connect failed')));
    const meanwhile = await servedMeanwhile(node, 'flood');
    const extra = await RawSocket.connect(port, FLOOD_ADDRESS);
    extra.write('GET /v1/status HTTP/1.1\r\nhost: x\r\n\r\n');
    await extra.until((received) => httpAnswer(received.toString('latin1')) !== null);
    extra.destroy();
    const duringFlood = describeHttp(extra);

    await Promise.all(flood.map((raw) => (typeof raw === 'string' ? undefined : raw.closed)));
    const outcomes = flood.map((raw) => (typeof raw === 'string' ? `connect failed (${raw})` : describeHttp(raw)));
    const refused = outcomes.filter((outcome) => outcome === '429 TOO_MANY_CONNECTIONS').length;
    const metrics = await http('GET', cluster.url(node, '/metrics'));
    const counted = /paxoskv_connections_refused_total\{cap="per_address"\} (\d+)/.exec(String(metrics.body.text))?.[1];

    const after = await RawSocket.connect(port, FLOOD_ADDRESS);
    after.write('GET /v1/status HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
    await after.closed;

    report.add(`flood: ${FLOOD_SOCKETS} idle sockets opened at once from ${FLOOD_ADDRESS} (cap ${PER_ADDRESS_CAP} per address)`,
      `${HostileReport.tally(outcomes)} (admitted ones cut at the headers timeout); node's own count of refusals: ${counted ?? '?'}`);
    report.add(`→ a request from ${FLOOD_ADDRESS} during the flood`, duringFlood);
    report.add('→ meanwhile', meanwhile);
    report.add(`→ a request from ${FLOOD_ADDRESS} after the flood`, describeHttp(after));
    expect(refused).toBeGreaterThan(0);
    // A socket the kernel still holds in the listen backlog when the test gives up on it
    // (RAW_TIMEOUT_MS) never reached the node: allowed, but only as a small part of the flood.
    const unanswered = outcomes.filter((outcome) => outcome === 'closed without an answer (TIMEOUT)').length;
    expect(unanswered).toBeLessThan(FLOOD_SOCKETS / 10);
    for (const outcome of outcomes) {
      expect(['429 TOO_MANY_CONNECTIONS', '408 REQUEST_TIMEOUT', 'closed without an answer (TIMEOUT)']).toContain(outcome);
    }
    expect(Number(counted)).toBeGreaterThanOrEqual(refused);
    expect(duringFlood).toMatch(/^(429 TOO_MANY_CONNECTIONS|200)$/);
    expect(httpAnswer(after.text)?.status).toBe(200);
    allAlive();
  });

  test('garbage on every path gets a 4xx or a close, never a 5xx or a crash', async () => {
    const node = follower(4);
    const port = cluster.nodes[node]!.port;
    const random = seededBytes(20261122);
    const paths = ['/', '/v1/kv/k', '/v1/kv/k/append', '/v1/kv/k/cas', '/v1/keys', '/v1/status', '/v1/images', '/v1/images/00',
      '/metrics', '/v1/events', '/v1/members', '/nowhere'];
    const bodies: string[] = [];
    for (const path of paths) {
      for (const method of ['PUT', 'POST']) {
        const body = random(512);
        const raw = await RawSocket.connect(port, GARBAGE_ADDRESS);
        raw.write(`${method} ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`);
        raw.write(body);
        await raw.closed;
        const answer = httpAnswer(raw.text);
        bodies.push(`${method} ${path} → ${describeHttp(raw)}`);
        expect(answer?.status).toBeGreaterThanOrEqual(400);
        expect(answer?.status).toBeLessThan(500);
      }
    }
    report.add(`512 random bytes as the JSON body of PUT and POST on ${paths.length} paths`,
      HostileReport.tally(bodies.map((line) => line.split(' → ')[1]!)));

    const requests: string[] = [];
    for (let i = 0; i < 20; i++) {
      const raw = await RawSocket.connect(port, GARBAGE_ADDRESS);
      raw.write(random(256 + i * 64));
      await raw.closed;
      requests.push(describeHttp(raw));
    }
    report.add('20 connections sending only random bytes (no request line)', HostileReport.tally(requests));
    for (const outcome of requests) expect(outcome).toMatch(/^(400 BAD_REQUEST|431 HEADERS_TOO_LARGE)$/);

    // The client ignores the answer and keeps its side open, sending a byte now and then:
    // only the node closing the socket ends that (our next byte then meets a reset).
    const nowhere = await RawSocket.connect(port, GARBAGE_ADDRESS, true);
    nowhere.write(upgradeHead('/nowhere', null));
    const pester = setInterval(() => nowhere.write('x'), 200);
    await nowhere.closed;
    clearInterval(pester);
    report.add('WebSocket upgrade on an unknown path, client keeps its side open',
      `${describeHttp(nowhere)}, then closed by the node${nowhere.error === 'TIMEOUT' ? ' NOT (still open)' : ''}`);
    expect(describeHttp(nowhere)).toBe('404');
    expect(nowhere.error).not.toBe('TIMEOUT');

    for (const [path, protocol] of [['/client', null], ['/peer', PEER_SUBPROTOCOL]] as const) {
      const frames: string[] = [];
      for (let i = 0; i < 10; i++) {
        const raw = await rawWebSocket(port, path, protocol, GARBAGE_ADDRESS);
        raw.write(random(300));
        await awaitClose(raw);
        frames.push(describeClose(raw).replace(/ \(.*\)$/, ''));
      }
      report.add(`${path}: 10 upgrades followed by random bytes (not frames)`, HostileReport.tally(frames));
      // 1002/1007/1009: the bytes break the framing; 1001/1008: they parse as the start of a
      // frame that never completes, and the idle timeout (/client) or handshake deadline (/peer) ends it.
      for (const outcome of frames) expect(outcome).toMatch(/^close 10(01|02|07|08|09)$/);
    }

    const text = await rawWebSocket(port, '/client', null, GARBAGE_ADDRESS);
    text.write(clientFrame(Opcode.TEXT, Buffer.from('{"get":"k"}')));
    await awaitClose(text);
    report.add('/client: a text frame', describeClose(text));
    expect(describeClose(text)).toMatch(/^close 1003/);

    const clientAnswers: string[] = [];
    const client = new WebSocket(`ws://127.0.0.1:${port}/client`);
    client.on('error', () => undefined);
    await new Promise((resolve) => client.once('open', resolve));
    const got = new Promise<void>((resolve) => client.on('message', (data) => {
      const response = ClientProto.ClientResponse.decode(data as Buffer);
      clientAnswers.push(response.error?.code || 'ok');
      if (clientAnswers.length === 20) resolve();
    }));
    for (let i = 0; i < 20; i++) client.send(Buffer.concat([Buffer.from([0x0a, 0xff]), random(64)]));
    await got;
    report.add('/client: 20 binary frames of random bytes', `${HostileReport.tally(clientAnswers)} answers; the socket stays open`);
    expect(client.readyState).toBe(WebSocket.OPEN);
    client.close();

    const peerCodes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const probe = openPeerProbe(port);
      await probe.challenge;
      probe.ws.send(random(64 + i));
      peerCodes.push(`close ${(await probe.closed).code}`);
    }
    report.add('/peer: a binary frame of random bytes where the Hello belongs (10 tries)', HostileReport.tally(peerCodes));
    for (const code of peerCodes) expect(['close 1007', 'close 1008']).toContain(code);
    report.add('→ meanwhile', await servedMeanwhile(node, 'garbage'));
    allAlive();
  });

  test('afterwards the five nodes converge, hold every acknowledged write once, and still commit', async () => {
    await writer.stop();
    for (let i = 0; i < cluster.nodes.length; i++) {
      const write = await http('POST', cluster.url(i, '/v1/kv/hostile%2Ffinal/append'), { value: `${i},` }, {}, 10_000);
      expect(write.status).toBe(200);
    }
    let applied: number[] = [];
    await cluster.waitFor(async () => {
      applied = (await statuses()).map((status) => status.appliedSlot);
      return new Set(applied).size === 1;
    }, 30_000, 'every node to apply the same slots');

    const values = new Map<string, string>();
    for (let k = 0; k < writer.limits.keys; k++) {
      const key = writer.keyOf(k);
      const reads = await Promise.all(cluster.nodes.map((_, i) =>
        http('GET', cluster.url(i, `/v1/kv/${encodeURIComponent(key)}?consistency=stale`))));
      const seen = new Set(reads.map((read) => String(read.body.value ?? '')));
      expect(seen.size).toBe(1);
      values.set(key, [...seen][0]!);
    }
    const counts = new Map<number, number>();
    for (const value of values.values()) {
      for (const entry of value.split(',').filter((part) => part !== '')) counts.set(Number(entry), (counts.get(Number(entry)) ?? 0) + 1);
    }
    const missing = [...writer.acked].filter((n) => counts.get(n) !== 1);
    const duplicated = [...counts].filter(([, count]) => count > 1);
    report.add('→ after everything',
      `all 5 nodes at appliedSlot ${applied[0]}; ${writer.acked.size} acknowledged writes (${writer.failures} not acknowledged) ` +
      `all present exactly once on all 5; a write through each node still commits`);
    expect(missing).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(writer.acked.size).toBeGreaterThan(0);
    allAlive();
  });
});

/** Deterministic "random" bytes (xorshift32), so a failing input can be replayed. */
function seededBytes(seed: number): (length: number) => Buffer {
  let state = seed >>> 0 || 1;
  return (length) => {
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}
