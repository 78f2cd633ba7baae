// StatusStream on an in-process http.Server: events arrive on the interval, streams are
// bounded (503 OVERLOADED beyond the limit), a hang-up frees the slot, close() ends all.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StatusStream } from '../../server/dashboard/status-stream';

let calls = 0;
const stream = new StatusStream({ status: async () => JSON.stringify({ n: ++calls }), intervalMs: 50, streamsMax: 2 });
const server = http.createServer((req, res) => stream.handle(req, res));
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  stream.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function firstBytes(response: Response, needle: string): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(needle)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return text;
}

test('bounded streams, freed on hang-up, all ended by close()', async () => {
  const a = new AbortController();
  const first = await fetch(base, { signal: a.signal });
  const second = await fetch(base);
  expect(first.status).toBe(200);
  expect(second.status).toBe(200);
  const text = await firstBytes(second, 'id: 2\n');
  expect(text).toMatch(/event: status\ndata: \{"n":\d+\}/);
  const third = await fetch(base);
  expect(third.status).toBe(503);
  expect(await third.json()).toEqual({ error: { code: 'OVERLOADED', message: 'at most 2 event streams' } });

  a.abort();
  await first.body?.cancel().catch(() => undefined);
  const deadline = Date.now() + 2000;
  while (stream.openStreams > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(stream.openStreams).toBe(1);

  const reader = second.body!.getReader();
  stream.close();
  expect(stream.openStreams).toBe(0);
  for (;;) {
    const { done } = await reader.read();
    if (done) break;
  }
  expect((await fetch(base)).status).toBe(503);
});
