// The gateway's connection caps and request timeouts on a real http.Server on loopback,
// built the way Gateway builds its own: httpServerOptions, the ConnectionGate in front,
// answerClientError for what the parser refuses.
import http from 'node:http';
import net from 'node:net';
import { Registry } from 'prom-client';
import { answerClientError, clientErrorAnswer } from './client-error';
import { ConnectionGate, TOO_MANY_CONNECTIONS } from './connection-gate';
import { admitHttpRequest, TOO_MANY_REQUESTS } from './http-in-flight';
import { DEFAULT_GATEWAY_LIMITS, httpServerOptions, type GatewayLimits } from './limits';

jest.setTimeout(20_000);

interface Served {
  readonly server: http.Server;
  readonly gate: ConnectionGate;
  readonly port: number;
}

const servers: http.Server[] = [];
const sockets: net.Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  })));
});

/** Answers once the whole body is in, as the HTTP API does. */
function answerAfterBody(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.resume();
  req.on('end', () => res.end('ok'));
}

async function serve(overrides: Partial<GatewayLimits>, handler = answerAfterBody): Promise<Served> {
  const limits = { ...DEFAULT_GATEWAY_LIMITS, ...overrides };
  const server = http.createServer(httpServerOptions(limits), handler);
  const gate = new ConnectionGate(limits);
  gate.install(server);
  server.on('clientError', answerClientError);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, gate, port: (server.address() as net.AddressInfo).port };
}

/** A raw TCP connection from `localAddress`, open and counted by the server once this resolves. */
async function hold(port: number, localAddress = '127.0.0.1'): Promise<net.Socket> {
  const socket = net.connect({ host: '127.0.0.1', port, localAddress });
  sockets.push(socket);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

/** Everything the server sends on `socket` until the socket closes (listening starts now). */
function receivedUntilClose(socket: net.Socket): Promise<string> {
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => socket.once('close', () => resolve(Buffer.concat(chunks).toString('utf8'))));
}

/** Sends `request` (or nothing) and resolves with everything the server sent before closing. */
async function exchange(port: number, request: string | null, localAddress = '127.0.0.1'): Promise<string> {
  const socket = await hold(port, localAddress);
  const received = receivedUntilClose(socket);
  if (request !== null) socket.end(request);
  return received;
}

const GET = 'GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n';

function statusOf(response: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
}

function errorCodeOf(response: string): string | undefined {
  const body = response.slice(response.indexOf('\r\n\r\n') + 4);
  return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
}

/** Waits until the gate has counted `open` connections (a socket's 'connect' can precede the server's accept). */
async function untilOpen(gate: ConnectionGate, open: number): Promise<void> {
  for (let i = 0; i < 200 && gate.counts.open !== open; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(gate.counts.open).toBe(open);
}

describe('ConnectionGate', () => {
  test('an address over its cap is answered 429 TOO_MANY_CONNECTIONS while other addresses are served', async () => {
    const { gate, port } = await serve({ maxConnections: 100, maxConnectionsPerAddress: 3 });
    const held = [await hold(port), await hold(port), await hold(port)];
    await untilOpen(gate, 3);

    const refused = await exchange(port, GET);
    expect(statusOf(refused)).toBe(429);
    expect(errorCodeOf(refused)).toBe(TOO_MANY_CONNECTIONS);
    expect(gate.counts.refusedPerAddress).toBe(1);

    const other = await exchange(port, GET, '127.0.0.2');
    expect(statusOf(other)).toBe(200);

    held[0]!.destroy();
    await untilOpen(gate, 2);
    expect(statusOf(await exchange(port, GET))).toBe(200);
  });

  test('a full node answers 503 TOO_MANY_CONNECTIONS, and serves again once a connection closes', async () => {
    const { gate, port } = await serve({ maxConnections: 2, maxConnectionsPerAddress: 100 });
    const first = await hold(port, '127.0.0.3');
    await hold(port, '127.0.0.4');
    await untilOpen(gate, 2);

    const refused = await exchange(port, GET, '127.0.0.5');
    expect(statusOf(refused)).toBe(503);
    expect(errorCodeOf(refused)).toBe(TOO_MANY_CONNECTIONS);
    expect(gate.counts.refusedTotal).toBe(1);

    first.destroy();
    await untilOpen(gate, 1);
    expect(statusOf(await exchange(port, GET, '127.0.0.5'))).toBe(200);
  });

  test('the counts are on /metrics', async () => {
    const { gate, port } = await serve({ maxConnections: 100, maxConnectionsPerAddress: 1 });
    const registry = new Registry();
    gate.register(registry);
    await hold(port);
    await untilOpen(gate, 1);
    expect(statusOf(await exchange(port, GET))).toBe(429);
    const text = await registry.metrics();
    expect(text).toMatch(/^paxoskv_connections_open 1$/m);
    expect(text).toMatch(/^paxoskv_connections_refused_total\{cap="per_address"\} 1$/m);
    expect(text).toMatch(/^paxoskv_connections_refused_total\{cap="total"\} 0$/m);
  });

  test('limits must be positive integers', () => {
    expect(() => new ConnectionGate({ maxConnections: 0, maxConnectionsPerAddress: 1 })).toThrow(/maxConnections/);
    expect(() => new ConnectionGate({ maxConnections: 1, maxConnectionsPerAddress: 1.5 })).toThrow(/maxConnectionsPerAddress/);
  });
});

describe('request timeouts', () => {
  test('a head trickled one byte at a time is cut off with 408 REQUEST_TIMEOUT', async () => {
    const { port } = await serve({ headersTimeoutMs: 300, receiveTimeoutMs: 300 });
    const socket = await hold(port);
    const received = receivedUntilClose(socket);
    let sent = 0;
    const trickle = setInterval(() => {
      if (socket.writable) socket.write(GET[sent++ % 20]!);
    }, 50);
    const response = await received;
    clearInterval(trickle);
    expect(statusOf(response)).toBe(408);
    expect(errorCodeOf(response)).toBe('REQUEST_TIMEOUT');
  });

  test('a connection that never sends a request is closed after the headers timeout', async () => {
    const { port } = await serve({ headersTimeoutMs: 300 });
    expect(statusOf(await exchange(port, null))).toBe(408);
  });

  test('a body that does not arrive within the receive timeout is cut off with 408', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, receiveTimeoutMs: 400 });
    const socket = await hold(port);
    const received = receivedUntilClose(socket);
    socket.write('POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\nabc');
    expect(statusOf(await received)).toBe(408);
  });

  test('a head over the parser limit answers 431 HEADERS_TOO_LARGE', async () => {
    const { port } = await serve({});
    const response = await exchange(port, `GET / HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(statusOf(response)).toBe(431);
    expect(errorCodeOf(response)).toBe('HEADERS_TOO_LARGE');
  });

  test('bytes that are not HTTP answer 400 BAD_REQUEST', async () => {
    const { port } = await serve({});
    const response = await exchange(port, '\x00\x01\x02 garbage\r\n\r\n');
    expect(statusOf(response)).toBe(400);
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
  });

  test('a HEAD request the parser refuses gets the head of the answer only', async () => {
    const { port } = await serve({});
    const response = await exchange(port, 'HEAD /\xff HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(statusOf(response)).toBe(400);
    expect(response.endsWith('\r\n\r\n')).toBe(true);
  });

  test('the headers timeout never exceeds the receive timeout Node checks it against', () => {
    const options = httpServerOptions({ ...DEFAULT_GATEWAY_LIMITS, headersTimeoutMs: 5000, receiveTimeoutMs: 1000 });
    expect(options.requestTimeout).toBe(5000);
    expect(options.connectionsCheckingInterval).toBeLessThanOrEqual(1000);
  });

  test('parser errors map to stable codes', () => {
    const answer = (code: string): string => clientErrorAnswer(Object.assign(new Error(code), { code })).code;
    expect(answer('ERR_HTTP_REQUEST_TIMEOUT')).toBe('REQUEST_TIMEOUT');
    expect(answer('HPE_HEADER_OVERFLOW')).toBe('HEADERS_TOO_LARGE');
    expect(answer('HPE_INVALID_METHOD')).toBe('BAD_REQUEST');
  });
});

describe('HTTP requests in flight per connection', () => {
  test('pipelined requests beyond the bound are answered 429 TOO_MANY_REQUESTS without reaching the handler', async () => {
    let handled = 0;
    const { port } = await serve({}, (req, res) => {
      if (!admitHttpRequest(req, res, 4)) return;
      handled++;
      setTimeout(() => res.end('ok'), 100); // still in flight while the rest of the pipeline arrives
    });
    // Written without ending our side: a client's FIN makes Node abort what is still pending.
    const socket = await hold(port);
    let response = '';
    const statusesOf = (): number[] => [...response.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
    const answered = new Promise<void>((resolve) => socket.on('data', (chunk: Buffer) => {
      response += chunk.toString('utf8');
      if (statusesOf().length === 10) resolve();
    }));
    socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n'.repeat(10));
    await answered;
    expect(statusesOf()).toEqual([200, 200, 200, 200, 429, 429, 429, 429, 429, 429]);
    expect(response).toContain(TOO_MANY_REQUESTS);
    expect(handled).toBe(4);
  });

  test('a request whose body is abandoned (the API refusing an oversized body) is still counted out', async () => {
    const { port } = await serve({}, (req, res) => {
      if (!admitHttpRequest(req, res, 1)) return;
      void (async () => {
        let bytes = 0;
        try {
          // Leaving for-await early destroys the request, as readJson does past its limit.
          for await (const chunk of req) {
            bytes += (chunk as Buffer).length;
            if (bytes > 1000) throw new Error('too large');
          }
          res.end('ok');
        } catch {
          res.writeHead(413);
          res.end();
        }
      })();
    });
    const big = await hold(port);
    const answered = new Promise<string>((resolve) => big.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    big.write(`PUT / HTTP/1.1\r\nhost: x\r\ncontent-length: 100000\r\n\r\n${'a'.repeat(100_000)}`);
    expect(statusOf(await answered)).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the response's 'close' has run
    expect(statusOf(await exchange(port, GET))).toBe(200);
  });

  test('requests one after another on a keep-alive connection never reach the bound', async () => {
    const { port } = await serve({}, (req, res) => {
      if (admitHttpRequest(req, res, 1)) res.end('ok');
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 5; i++) {
      const status = await new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      });
      expect(status).toBe(200);
    }
    agent.destroy();
  });
});
