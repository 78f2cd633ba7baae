// Snapshot transfer between two CatchUp instances on real snapshot stores, through a
// network the test controls: answers reordered, lost or tampered with, a sender that
// has moved on to a newer snapshot, a sender that never answers, a receiver that stops.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KvStateMachine } from '../kv';
import { SnapshotStore } from '../storage';
import { decodeFrame, snapshotChunkPrefix, type NodeMessage } from '../wire/peer-codec';
import { CatchUp, CHUNK_BYTES, FETCH_DEPTH, type CatchUpHost } from './catch-up';
import { silentLogger } from './logger';
import { ProgressBoard } from './progress';
import { encodeSnapshotPayload, type SnapshotContents } from './snapshotter';

type Chunk = Extract<NodeMessage, { type: 'snapshotChunk' }>;
type Request = Extract<NodeMessage, { type: 'snapshotRequest' }>;

const SENDER = 0;
const RECEIVER = 1;
const configurations = [{ fromSlot: 1, configuration: null }];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function store(): Promise<SnapshotStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-catch-up-'));
  dirs.push(dir);
  return SnapshotStore.open(dir);
}

/** A state of about `keys` KiB, snapshotted at `slot` into `into`. */
async function snapshotOf(into: SnapshotStore, slot: number, keys: number): Promise<KvStateMachine> {
  const kv = new KvStateMachine();
  for (let i = 1; i < slot; i++) kv.apply(i, { set: { key: `key-${i % keys}`, value: Buffer.alloc(1000, i) } });
  kv.applySlot(slot, []);
  await into.write(slot, encodeSnapshotPayload(slot, configurations, kv));
  return kv;
}

/** Messages in flight, delivered one per step in an order the test's dice choose. */
class Network {
  private readonly queue: Array<() => Promise<void> | void> = [];
  private seed: number;
  sentRequests = 0;

  constructor(seed: number, private readonly lossPercent = 0) {
    this.seed = seed;
  }

  push(deliver: () => Promise<void> | void): void {
    if (this.roll() < this.lossPercent) return;
    this.queue.push(deliver);
  }

  /** Delivers everything, in a shuffled order, until nothing is in flight or `done()`. */
  async run(done: () => boolean, maxSteps = 100_000): Promise<void> {
    for (let step = 0; step < maxSteps && !done(); step++) {
      if (this.queue.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5)); // let timers and disk writes move
        continue;
      }
      const [deliver] = this.queue.splice(this.roll() % this.queue.length, 1);
      await deliver!();
    }
  }

  private roll(): number {
    this.seed = (this.seed * 1103515245 + 12345) & 0x7fffffff;
    return this.seed % 100;
  }
}

interface Pair {
  readonly receiver: CatchUp;
  readonly sender: CatchUp;
  /** What the receiver installed, once it did. */
  readonly installed: () => SnapshotContents | null;
  readonly failures: string[];
  readonly bytesIn: () => number;
  readonly board: ProgressBoard;
}

function connect(senderStore: SnapshotStore, receiverStore: SnapshotStore, network: Network,
  { tamper = (chunk: Chunk): Chunk => chunk, answer = true, timeoutMs = 3000, retries = 5 } = {}): Pair {
  let installed: SnapshotContents | null = null;
  const failures: string[] = [];
  let bytesIn = 0;
  const host = (self: number): CatchUpHost => ({
    send: (_to, message) => {
      if (message.type !== 'snapshotRequest') throw new Error(`unexpected ${message.type}`);
      network.sentRequests++;
      if (answer) network.push(() => sender.serve(RECEIVER, message as Request));
    },
    chunkPrefix: (chunk, dataLength) => snapshotChunkPrefix(self, 'incarnation', chunk, dataLength),
    sendFrame: (_to, frame) => {
      // Chunks go through the real codec: the prefix and the data behind it must decode.
      const decoded = decodeFrame(frame, 0);
      if (!decoded.ok || decoded.value.kind !== 'node' || decoded.value.message.type !== 'snapshotChunk') throw new Error('not a chunk');
      const chunk = decoded.value.message;
      network.push(() => receiver.onChunk(SENDER, tamper(chunk)));
    },
    install: (_from, contents) => { installed = contents; },
    failed: (_from, reason) => { failures.push(reason); },
    bytesTransferred: (direction, bytes) => { if (self === RECEIVER && direction === 'in') bytesIn += bytes; },
    peerName: (index) => `node${index}`,
  });
  const board = new ProgressBoard({ logger: silentLogger });
  const sender = new CatchUp(senderStore, host(SENDER), silentLogger, board);
  const receiver = new CatchUp(receiverStore, host(RECEIVER), silentLogger, board, { chunkTimeoutMs: timeoutMs, chunkRetries: retries });
  return { receiver, sender, installed: () => installed, failures, bytesIn: () => bytesIn, board };
}

function tempFiles(store: SnapshotStore): string[] {
  return readdirSync(store.dir).filter((name) => name.endsWith('.tmp'));
}

describe('CatchUp', () => {
  it('installs a byte-identical snapshot when answers arrive out of order and some are lost', async () => {
    const from = await store();
    const into = await store();
    const kv = await snapshotOf(from, 3000, 2500); // ~2.5 MB: ten chunks
    const sent = await from.latest();
    expect(sent!.payloadBytes).toBeGreaterThan(8 * CHUNK_BYTES);
    const network = new Network(7, 10);
    const pair = connect(from, into, network, { timeoutMs: 20, retries: 50 });
    pair.receiver.fetch(SENDER, 3000);
    await network.run(() => pair.installed() !== null || pair.failures.length > 0);
    const contents = pair.installed();
    expect(pair.failures).toEqual([]);
    expect(contents!.slot).toBe(3000);
    expect(Buffer.from(contents!.kv.get('key-17')!)).toEqual(Buffer.from(kv.get('key-17')!));
    expect(contents!.kv.keys('', 1e6).length).toBe(2500);
    const received = await into.latest();
    expect({ bytes: received!.payloadBytes, crc: received!.payloadCrc }).toEqual({ bytes: sent!.payloadBytes, crc: sent!.payloadCrc });
    expect(pair.bytesIn()).toBe(sent!.payloadBytes);
    expect(pair.receiver.active).toBe(false);
    expect(tempFiles(into)).toEqual([]);
    // Both sides report one finished operation, though chunks were served out of order and again.
    const ended = pair.board.list().map((view) => [view.kind, view.state, view.done]);
    expect(ended).toEqual(expect.arrayContaining([
      ['snapshot-send', 'done', sent!.payloadBytes], ['snapshot-receive', 'done', sent!.payloadBytes],
    ]));
    expect(ended.filter(([kind, state]) => kind === 'snapshot-send' && state === 'done')).toHaveLength(1);
  });

  it(`keeps ${FETCH_DEPTH} chunk requests out once it knows the size, and no more`, async () => {
    const from = await store();
    const into = await store();
    await snapshotOf(from, 3000, 2500);
    const network = new Network(3);
    const pair = connect(from, into, network, { answer: false });
    pair.receiver.fetch(SENDER, 3000);
    expect(network.sentRequests).toBe(1); // the first chunk alone: the size is not known yet
    await pair.sender.serve(RECEIVER, { snapshotSlot: 3000, offset: 0 });
    await network.run(() => pair.bytesIn() > 0);
    await network.run(() => false, 20); // room for any further request to go out
    expect(network.sentRequests).toBe(1 + FETCH_DEPTH);
    await pair.receiver.close();
  });

  it('discards what it received when the sender announced another checksum', async () => {
    const from = await store();
    const into = await store();
    await snapshotOf(from, 500, 400);
    const network = new Network(11);
    const pair = connect(from, into, network, {
      tamper: (chunk) => ({ ...chunk, payloadCrc: (chunk.payloadCrc! ^ 1) >>> 0 }),
    });
    pair.receiver.fetch(SENDER, 500);
    await network.run(() => pair.failures.length > 0);
    expect(pair.failures[0]).toMatch(/crc32c/);
    expect(await into.slots()).toEqual([]);
    expect(tempFiles(into)).toEqual([]);
  });

  it('switches to the newest snapshot when the sender no longer has the slot asked for', async () => {
    const from = await store();
    const into = await store();
    await snapshotOf(from, 900, 300);
    const network = new Network(5);
    const pair = connect(from, into, network);
    pair.receiver.fetch(SENDER, 600);
    await network.run(() => pair.installed() !== null || pair.failures.length > 0);
    const contents = pair.installed();
    expect(pair.failures).toEqual([]);
    expect(contents!.slot).toBe(900);
    expect(await into.slots()).toEqual([900]);
  });

  it('gives up after its retries when the sender never answers, leaving no partial file', async () => {
    const from = await store();
    const into = await store();
    await snapshotOf(from, 100, 50);
    const network = new Network(1);
    const pair = connect(from, into, network, { answer: false, timeoutMs: 10, retries: 2 });
    pair.receiver.fetch(SENDER, 100);
    await network.run(() => pair.failures.length > 0);
    expect(pair.failures).toEqual(['no answer from peer 0 after 2 retries']);
    expect(network.sentRequests).toBe(3);
    expect(pair.receiver.active).toBe(false);
    expect(tempFiles(into)).toEqual([]);
  });

  it('stops mid-transfer without installing anything or leaving a partial file', async () => {
    const from = await store();
    const into = await store();
    await snapshotOf(from, 3000, 2500);
    const network = new Network(9);
    const pair = connect(from, into, network);
    pair.receiver.fetch(SENDER, 3000);
    await network.run(() => pair.bytesIn() >= 2 * CHUNK_BYTES);
    await pair.receiver.close();
    await network.run(() => false, 40); // late answers arrive after the stop
    expect(pair.installed()).toBeNull();
    expect(await into.slots()).toEqual([]);
    expect(tempFiles(into)).toEqual([]);
  });
});
