// The dashboard against a real five-node cluster: the page, /v1/members, the /v1/events
// stream, CORS on the read-only calls the page makes to other members, and the page's
// script run under node:vm with a small fake DOM (fast, and runs where no browser is
// installed). The real-browser test is browser.test.ts.
import vm from 'node:vm';
import { Cluster, http } from '../integration/cluster';
import { runPage, type FakeElement, type FakePage } from './fake-dom';

let cluster: Cluster;

beforeAll(async () => {
  cluster = await Cluster.start();
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Reads `count` server-sent events from url, then hangs up. */
async function readEvents(url: string, count: number, timeoutMs: number): Promise<{ event: string; data: string }[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: { event: string; data: string }[] = [];
  try {
    const response = await fetch(url, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon), line.slice(colon + 1).trimStart()];
        }));
        if (fields.data !== undefined) events.push({ event: fields.event ?? 'message', data: fields.data });
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

test('GET / serves the self-contained dashboard on every node', async () => {
  for (let i = 0; i < cluster.nodes.length; i++) {
    const response = await fetch(cluster.url(i, '/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('id="paxoskv-dashboard"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/); // nothing from a CDN
    const script = /<script>([\s\S]*)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    expect(() => new vm.Script(script![1]!)).not.toThrow();
  }
});

test('GET /v1/members lists the five hostfile members', async () => {
  const result = await http('GET', cluster.url(2, '/v1/members'));
  expect(result.status).toBe(200);
  expect(result.body.self).toBe('node2');
  expect(result.body.members).toEqual(cluster.nodes.map((n) => ({ name: n.name, address: `127.0.0.1:${n.port}` })));
});

test('GET /v1/events streams this node\'s status', async () => {
  const started = Date.now();
  const events = await readEvents(cluster.url(1, '/v1/events'), 3, 10_000);
  expect(events.length).toBeGreaterThanOrEqual(2);
  for (const event of events) {
    expect(event.event).toBe('status');
    const status = JSON.parse(event.data) as Record<string, unknown>;
    expect(status.name).toBe('node1');
    expect(typeof status.chosenSlot).toBe('number');
  }
  expect(Date.now() - started).toBeGreaterThanOrEqual(800); // one every 500 ms, the first at once
});

test('read-only calls answer cross-origin; writes do not', async () => {
  await http('PUT', cluster.url(0, '/v1/kv/dash'), { value: 'board' });
  await cluster.waitForLocalKey(3, 'dash');
  for (const pathname of ['/v1/status', '/v1/kv/dash', '/v1/keys?prefix=d', '/v1/kv/dash?consistency=stale', '/v1/members']) {
    const response = await fetch(cluster.url(3, pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  }
  const write = await fetch(cluster.url(3, '/v1/kv/dash'), { method: 'PUT', body: JSON.stringify({ value: 'x' }) });
  expect(write.status).toBe(200);
  expect(write.headers.get('access-control-allow-origin')).toBeNull();
  // The dashboard's routes leave the API's own answers alone.
  expect((await http('GET', cluster.url(3, '/v1/nothing'))).status).toBe(404);
  expect((await http('POST', cluster.url(3, '/'))).status).toBe(404);
});

describe('the page script, run in node:vm against the cluster', () => {
  let page: FakePage | null = null;
  afterEach(() => page?.close());

  test('?members= overrides the hostfile addresses', async () => {
    const html = await (await fetch(cluster.url(0, '/'))).text();
    const members = `node2@127.0.0.1:${cluster.nodes[2]!.port},127.0.0.1:${cluster.nodes[3]!.port}`;
    page = runPage(/<script>([\s\S]*)<\/script>/.exec(html)![1]!, `http://127.0.0.1:${cluster.nodes[0]!.port}/?members=${members}`);
    const cards = (): FakeElement[] => page!.byId('members').children.filter((c) => c.getAttribute('data-member') !== null);
    await cluster.waitFor(async () => cards().length === 2 && cards().every((c) => c.getAttribute('data-role') !== 'down'), 10_000, 'two live cards');
    expect(cards().map((c) => c.getAttribute('data-member'))).toEqual(['node2', `127.0.0.1:${cluster.nodes[3]!.port}`]);
  });

  test('member cards, key browser, and it outlives the node that served it', async () => {
    const leader = await cluster.waitForLeader(10_000);
    const stored = await http('POST', cluster.url(0, '/v1/images'), {
      phash: '0123456789abcdef', sha256: 'a'.repeat(64), metadata: { caption: 'a cat' },
    });
    expect(stored.status).toBe(200);
    const html = await (await fetch(cluster.url(leader, '/'))).text();
    page = runPage(/<script>([\s\S]*)<\/script>/.exec(html)![1]!, `http://127.0.0.1:${cluster.nodes[leader]!.port}`);
    const cards = (): FakeElement[] => page!.byId('members').children.filter((c) => c.getAttribute('data-member') !== null);
    const card = (i: number): FakeElement => cards().find((c) => c.getAttribute('data-member') === cluster.nodes[i]!.name)!;
    await cluster.waitFor(async () => cards().length === 5 && card(leader).getAttribute('data-role') === 'leader', 10_000, 'a leader card');
    expect(card(leader).textContent).toContain('this page');
    expect(card(leader).textContent).toMatch(/chosen\d+applied\d+lag0 slots/);
    expect(page.byId('sum-leader').textContent).toBe(cluster.nodes[leader]!.name);

    // Key browser: the initial listing, then an image record opened by a click.
    await cluster.waitFor(async () => page!.byId('keys').textContent.includes('img/0123456789abcdef'), 5000, 'the key list');
    page.byId('keys').children.find((li) => li.textContent === 'img/0123456789abcdef')!.dispatch('click');
    await cluster.waitFor(async () => page!.byId('key-value').textContent.includes('image record'), 5000, 'the image record');
    expect(page.byId('key-value').textContent).toContain('"caption": "a cat"');

    // A follower dies: its card says down. Then the leader, which served the page, dies:
    // the page keeps polling the others and records the new leader.
    const follower = (leader + 1) % 5;
    await cluster.kill(follower);
    await cluster.waitFor(async () => card(follower).getAttribute('data-role') === 'down', 10_000, 'a down card');
    expect(card(follower).className).toContain('down');
    await cluster.kill(leader);
    const next = await cluster.waitForLeader(20_000);
    await cluster.waitFor(async () => card(next).getAttribute('data-role') === 'leader'
      && card(leader).getAttribute('data-role') === 'down', 10_000, 'the new leader card');
    expect(page.byId('timeline').children.length).toBeGreaterThanOrEqual(2);
    expect(page.byId('events').textContent).toMatch(/down/);
    expect(page.byId('sum-up').textContent).toBe('3 / 5');
  }, 90_000);
});

test('SIGTERM with an event stream open: the stream ends and the node exits cleanly', async () => {
  const i = cluster.nodes.findIndex((_, n) => cluster.running(n));
  const response = await fetch(cluster.url(i, '/v1/events'));
  const reader = response.body!.getReader();
  await reader.read();
  const started = Date.now();
  const exited = cluster.terminate(i, 10_000);
  for (;;) {
    const { done } = await reader.read().catch(() => ({ done: true }));
    if (done) break;
  }
  expect(await exited).toBe(0);
  expect(Date.now() - started).toBeLessThan(5000);
}, 30_000);
