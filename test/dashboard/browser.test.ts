// The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core) against five real local nodes: the page shows the leader, finds a key
// written through the one-shot CLI, follows a leader kill (new leader, dead node marked
// down), and shows the progress of a restarted node that must catch up through a
// snapshot transfer. Screenshots go to test-artifacts/ (git-ignored):
// dashboard-healthy.png, dashboard-leader-killed.png, dashboard-catching-up.png.
// Skips with a message when Chromium or playwright-core is missing.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Cluster, http } from '../integration/cluster';
import { runCli } from '../testkit/run-cli';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
/**
 * Data written while a node is down (MiB). On loopback a snapshot moves at roughly 80 MiB/s,
 * so with the default the whole catch-up often falls between two polls of the page (one per
 * second); PAXOSKV_BROWSER_CATCH_UP_MIB=160 makes it last long enough to be seen mid-way.
 */
const CATCH_UP_MIB = Math.max(8, Number(process.env.PAXOSKV_BROWSER_CATCH_UP_MIB) || 48);
const CATCH_UP_VALUE_BYTES = 128 * 1024;
const CATCH_UP_VALUES = (CATCH_UP_MIB * 1024 * 1024) / CATCH_UP_VALUE_BYTES;
/** A third of that: every live node snapshots (and drops its log) past the stopped node, so it must fetch a snapshot. */
const SNAPSHOT_LOG_BYTES = Math.floor((CATCH_UP_MIB * 1024 * 1024) / 3);
const CLI_TIMEOUT_MS = 30_000;

const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)`
  : !existsSync(path.join(ROOT, 'node_modules', 'playwright-core')) ? 'playwright-core is not installed (npm ci)' : null;
if (missing !== null) console.warn(`dashboard browser test SKIPPED: ${missing}`);
const describeInBrowser = missing === null ? describe : describe.skip;

/** `count` writes of `valueBytes` each to node `i`, `parallel` at a time; every write must succeed. */
async function load(cluster: Cluster, i: number, prefix: string, count: number, valueBytes: number, parallel: number): Promise<void> {
  let next = 0;
  const value = 'v'.repeat(valueBytes);
  const worker = async (): Promise<void> => {
    while (next < count) {
      const key = `${prefix}${String(next++).padStart(5, '0')}`;
      const result = await http('PUT', cluster.url(i, `/v1/kv/${encodeURIComponent(key)}`), { value }, {}, 20_000);
      if (result.status !== 200) throw new Error(`PUT ${key}: HTTP ${result.status} ${JSON.stringify(result.body)}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`dashboard browser test: screenshot ${path.relative(ROOT, file)}`);
}

interface CardView {
  role: string | null;
  up: string | null;
  catchingUp: boolean;
  text: string;
  progress: { kind: string | null; state: string | null; text: string }[];
}

/** Reads one member card in the page, in one go (the page re-renders its cards every second). */
const READ_CARD = `(member) => {
  const node = document.querySelector('[data-member="' + member + '"]');
  if (node === null) return null;
  return {
    role: node.getAttribute('data-role'),
    up: node.getAttribute('data-up'),
    catchingUp: node.getAttribute('data-catching-up') === 'true',
    text: node.textContent,
    progress: Array.from(node.querySelectorAll('[data-progress-kind]')).map((p) => ({
      kind: p.getAttribute('data-progress-kind'), state: p.getAttribute('data-progress-state'), text: p.innerText.replace(/\\s+/g, ' '),
    })),
  };
}`;

function card(page: Page, name: string): Promise<CardView | null> {
  return page.evaluate(`(${READ_CARD})(${JSON.stringify(name)})`);
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeInBrowser('the dashboard in headless Chromium against five real nodes', () => {
  let cluster: Cluster;
  let browser: Browser | null = null;
  let page: Page;
  let leader = -1;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    cluster = await Cluster.start({ snapshotLogBytes: SNAPSHOT_LOG_BYTES, requestTimeoutMs: 10_000 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
  }, 60_000);

  test('the page loads and shows the leader on its card and in the header', async () => {
    leader = await cluster.waitForLeader(20_000);
    const leaderName = cluster.nodes[leader]!.name;
    await page.goto(cluster.url(0, '/'), { timeout: 30_000 });
    await until('five live cards, one of them the leader', 30_000, async () => {
      const cards = await Promise.all(cluster.nodes.map((n) => card(page, n.name)));
      return cards.every((c) => c?.up === 'true') && cards.filter((c) => c!.role === 'leader').length === 1;
    });
    expect((await card(page, leaderName))!.role).toBe('leader');
    expect(await page.textContent('#sum-leader')).toBe(leaderName);
    expect(await page.textContent('#sum-up')).toBe('5 / 5');
  }, 60_000);

  test('a key written through the CLI is found in the key browser by its prefix', async () => {
    const written = await runCli(['-h', cluster.hostfile, 'set', 'browser/written-by-cli', 'hello from the command line'], { timeoutMs: CLI_TIMEOUT_MS });
    expect(written).toMatchObject({ code: 0 });
    // Light traffic until the throughput sparkline has ten seconds of samples (bounded in count and time).
    let stop = false;
    const traffic = (async (): Promise<void> => {
      for (let n = 0; !stop && n < 5000; n++) await http('PUT', cluster.url(leader, `/v1/kv/browser%2Fload-${n % 100}`), { value: String(n) });
    })();
    try {
      await until('ten seconds of throughput samples', 30_000, async () => Number(/last (\d+) s/.exec(await page.textContent('#spark-label') ?? '')?.[1]) >= 10);
    } finally {
      stop = true;
      await traffic;
    }
    await page.fill('#key-prefix', 'browser/w');
    await page.click('#key-form button[type=submit]');
    await until('the key in the list', 15_000, async () => (await page.textContent('#keys'))?.includes('browser/written-by-cli'));
    expect(await page.locator('#keys li').count()).toBe(1);
    await page.click('#keys li >> text=browser/written-by-cli');
    await until('the value', 15_000, async () => (await page.textContent('#key-value'))?.includes('hello from the command line'));
    await shot(page, 'dashboard-healthy.png');
  }, 120_000);

  test('when the leader is killed a new leader appears and the killed node is marked down', async () => {
    const oldName = cluster.nodes[leader]!.name;
    await cluster.kill(leader);
    const killedAt = Date.now();
    const newLeader = await until('a new leader card and a down card', 30_000, async () => {
      const cards = await Promise.all(cluster.nodes.map((n) => card(page, n.name)));
      const leaders = cluster.nodes.filter((_, i) => cards[i]?.role === 'leader').map((n) => n.name);
      return cards[leader]?.role === 'down' && leaders.length === 1 && leaders[0] !== oldName ? leaders[0] : null;
    });
    console.log(`dashboard browser test: ${oldName} killed; the page showed ${newLeader} leading and ${oldName} down after ${Date.now() - killedAt} ms`);
    const dead = (await card(page, oldName))!;
    expect(dead.up).toBe('false');
    expect(dead.text).toMatch(/down/);
    expect(await page.getAttribute(`[data-member="${oldName}"]`, 'class')).toContain('down');
    expect(await page.textContent('#sum-leader')).toBe(newLeader);
    expect(await page.textContent('#sum-up')).toBe('4 / 5');
    expect(await page.textContent('#events')).toContain(`${oldName}: leader -> down`);
    await shot(page, 'dashboard-leader-killed.png');
    leader = cluster.nodes.findIndex((n) => n.name === newLeader);
  }, 60_000);

  test('a node restarted after the log moved on shows its snapshot transfer and catch-up progress', async () => {
    const stopped = cluster.nodes.findIndex((_, i) => !cluster.running(i));
    const name = cluster.nodes[stopped]!.name;
    // Enough data while it is down that every live node snapshots (and drops its log) past it.
    await load(cluster, leader, 'catch-up/', CATCH_UP_VALUES, CATCH_UP_VALUE_BYTES, 4);
    const leaderStatus = (await cluster.status(leader))!;
    expect(leaderStatus.snapshotSlot).toBeGreaterThan(0);
    cluster.spawn(stopped);
    const restartedAt = Date.now();
    // Poll the page (not the node) for the restarted node's progress; screenshot the first
    // moment a transfer or catch-up is shown running, else whatever the card shows at the end.
    let running: string | null = null;
    let received: string | null = null;
    const seen = new Set<string>();
    await until(`${name} caught up, with a finished snapshot transfer shown on its card`, 120_000, async () => {
      const c = await card(page, name);
      if (c === null || c.up !== 'true') return null;
      for (const p of c.progress) seen.add(`${p.kind} ${p.state}`);
      const live = c.progress.find((p) => p.state === 'running');
      if (running === null && live !== undefined) {
        running = `${live.kind}: ${live.text}`;
        await shot(page, 'dashboard-catching-up.png');
      }
      received ??= c.progress.find((p) => p.kind === 'snapshot-receive' && p.state === 'done')?.text ?? null;
      return received !== null && /lag0 slots/.test(c.text);
    });
    if (running === null) {
      console.log(`dashboard browser test: ${name} caught up between two polls of the page; no running progress was visible, ` +
        'so dashboard-catching-up.png shows the finished transfer');
      await shot(page, 'dashboard-catching-up.png');
    } else {
      console.log(`dashboard browser test: caught ${name} mid-way (${running})`);
    }
    console.log(`dashboard browser test: ${name} caught up ${Date.now() - restartedAt} ms after its restart; the page showed ${[...seen].join(', ')}`);
    expect(received).toMatch(/^snapshot received from node\d @\d+/);
    // The node itself agrees: its status says what it received.
    const status = (await cluster.status(stopped))!;
    expect(status.appliedSlot).toBeGreaterThanOrEqual(leaderStatus.snapshotSlot!);
  }, 240_000 + CATCH_UP_MIB * 1000);
});
