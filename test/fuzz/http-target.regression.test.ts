// Regression (found by http-api.fuzz.test.ts): a request target that WHATWG URL cannot
// parse against the base, such as `//` or `//[` (protocol-relative with an empty or bad
// host), made HttpApi answer 500 INTERNAL "Invalid URL". It is bad input: 400 BAD_REQUEST.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { HttpApi } from '../../server/gateway/http-api';
import type { RequestRouter } from '../../server/node/requests';

let server: http.Server;
let port: number;
beforeAll(async () => {
  const router = { handle: async () => ({ status: { json: '{}' } }) } as unknown as RequestRouter;
  const api = new HttpApi(router, new Registry());
  server = http.createServer((req, res) => api.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function get(path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    }).on('error', reject);
  });
}

test.each(['//', '//[', '//a:b@:/v1/kv/x', 'http://[::1/v1/status', 'http://a:99999/v1/status'])(
  'GET %s answers 400 BAD_REQUEST, not 500', async (path) => {
    expect(await get(path)).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', message: expect.any(String) } } });
  });

test('ordinary targets still route', async () => {
  expect(await get('/v1/status')).toEqual({ status: 200, body: {} });
  expect((await get('/nope')).status).toBe(404);
});
