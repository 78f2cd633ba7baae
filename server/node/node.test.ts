// The node loop over an in-memory transport, a real WAL and snapshot store in a temp
// dir, and a WAL wrapper that delays fsyncs: checks that no Promise or Accepted leaves
// before its record is durable, that writes are applied everywhere, that snapshots
// compact, and that a storage failure stops the node.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareBallots } from '../core/ballot';
import { replicaOptions } from '../core/options';
import { Replica } from '../core/replica';
import type { Ballot } from '../core/types';
import { KvStateMachine, type ApplyResult } from '../kv';
import { SnapshotStore, StorageError, Wal } from '../storage';
import type { PeerEnvelope } from '../transport/frame-codec';
import { decodeFrame, decodePersistRecord } from '../wire/peer-codec';
import { ClientProto, PeerProto } from '../wire/protobuf';
import { silentLogger } from './logger';
import { NodeMetrics } from './metrics';
import { PaxosNode, type NodeTransport, type NodeWal } from './node';

type Handler = (from: number, envelope: PeerEnvelope) => void;

class Hub {
  readonly handlers = new Map<number, Handler>();
  readonly down = new Set<number>();
  transport(self: number, check: (to: number, bytes: Uint8Array) => void): NodeTransport {
    return {
      onMessage: (handler) => {
        this.handlers.set(self, handler);
        return () => this.handlers.delete(self);
      },
      onPeerState: () => () => undefined,
      start: () => undefined,
      send: (to, bytes) => {
        if (this.down.has(self) || this.down.has(to)) return false;
        check(to, bytes);
        const envelope = PeerProto.PeerEnvelope.decode(bytes);
        setImmediate(() => this.handlers.get(to)?.(self, envelope));
        return true;
      },
      flush: () => undefined,
      close: async () => undefined,
    };
  }
}

/** Delays each fsync and remembers what is durable, to check sends against it. */
class CheckedWal implements NodeWal {
  durablePromise: Ballot = { round: 0, node: 0, incarnation: '' };
  readonly durableAccepts = new Set<string>();
  private appended: Uint8Array[] = [];
  failNextFlush = false;

  constructor(readonly wal: Wal) {}

  get nextIndex(): number {
    return this.wal.nextIndex;
  }

  append(payload: Uint8Array): number {
    this.appended.push(payload);
    return this.wal.append(payload);
  }

  async flush(): Promise<void> {
    const covered = this.appended;
    this.appended = [];
    if (this.failNextFlush) throw new StorageError('DISK_FULL', 'injected ENOSPC');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await this.wal.flush();
    for (const payload of covered) {
      const decoded = decodePersistRecord(payload);
      if (!decoded.ok) throw decoded.error;
      const record = decoded.value;
      if (record.type === 'commit') continue;
      if (compareBallots(record.ballot, this.durablePromise) > 0) this.durablePromise = record.ballot;
      if (record.type === 'accept') this.durableAccepts.add(acceptKey(record.slot, record.ballot));
    }
  }

  truncateBefore(index: number): Promise<number> {
    return this.wal.truncateBefore(index);
  }

  close(): Promise<void> {
    return this.wal.close();
  }
}

function acceptKey(slot: number, ballot: Ballot): string {
  return `${slot}/${ballot.round}/${ballot.node}/${ballot.incarnation}`;
}

interface Member {
  node: PaxosNode;
  wal: CheckedWal;
  fatal: Error | null;
}

let dir: string;
const members: Member[] = [];
const violations: string[] = [];
/** Warnings every node logged: [node index, fields, message]. */
const warnings: [number, Record<string, unknown>, string][] = [];

async function startCluster(size: number, snapshotLogBytes: number): Promise<Hub> {
  const hub = new Hub();
  for (let i = 0; i < size; i++) {
    const { wal } = await Wal.open(path.join(dir, `n${i}`, 'wal'), { segmentBytes: 16 * 1024 });
    const checked = new CheckedWal(wal);
    const store = await SnapshotStore.open(path.join(dir, `n${i}`, 'snapshots'));
    const incarnation = `000000000000000${i}`;
    const replica = new Replica(replicaOptions({ index: i, memberCount: size, incarnation, random: Math.random }));
    const member: Member = { node: null as unknown as PaxosNode, wal: checked, fatal: null };
    const transport = hub.transport(i, (to, bytes) => {
      const decoded = decodeFrame(bytes, to);
      if (!decoded.ok || decoded.value.kind !== 'paxos') return;
      const m = decoded.value.envelope.message;
      if (m.type === 'accepted' && !checked.durableAccepts.has(acceptKey(m.slot, m.ballot))) {
        violations.push(`n${i} sent Accepted(${m.slot}) before its accept record was durable`);
      }
      if (m.type === 'promise' && compareBallots(checked.durablePromise, m.ballot) < 0) {
        violations.push(`n${i} sent Promise(${m.ballot.round}) before its promise record was durable`);
      }
    });
    member.node = new PaxosNode({
      selfIndex: i, members: Array.from({ length: size }, (_, j) => ({ name: `n${j}` })), incarnation, replica,
      kv: new KvStateMachine(), wal: checked, snapshotStore: store, snapshotSlot: 0, transport,
      logger: { ...silentLogger, warn: (obj, msg) => warnings.push([i, obj as Record<string, unknown>, msg]) },
      metrics: new NodeMetrics(false), snapshotLogBytes, tickMs: 10, onFatal: (error) => {
        member.fatal = error;
      },
    });
    members.push(member);
  }
  for (const m of members) m.node.start();
  return hub;
}

async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function write(node: PaxosNode, key: string, value: string): Promise<ApplyResult> {
  const bytes = ClientProto.KvCommand.encode({ set: { key, value: Buffer.from(value) } }).finish();
  return new Promise((resolve, reject) => {
    const outcome = node.propose(bytes, resolve);
    if (!outcome.ok) reject(new Error(outcome.reason));
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-node-'));
  members.length = 0;
  violations.length = 0;
  warnings.length = 0;
});

afterEach(async () => {
  for (const m of members) await m.node.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('elects a leader, applies writes on every replica, and never replies before fsync', async () => {
  await startCluster(3, 64 * 1024 * 1024);
  const leader = await waitFor(() => members.find((m) => m.node.isLeader));
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => write(leader.node, `k${i}`, `v${i}`)));
  expect(results.every((r) => r.error === null)).toBe(true);
  const target = leader.node.kv.appliedSlot;
  await waitFor(() => members.every((m) => m.node.kv.appliedSlot >= target));
  for (const m of members) expect(Buffer.from(m.node.kv.get('k49')!).toString()).toBe('v49');
  expect(violations).toEqual([]);
});

it('logs an event-loop stall long enough to cost the leadership, with its length and the role', async () => {
  await startCluster(3, 64 * 1024 * 1024);
  await waitFor(() => members.find((m) => m.node.isLeader));
  const blockedUntil = Date.now() + 300;
  while (Date.now() < blockedUntil) {
    // Holds the event loop, as a long synchronous task or GC pause would.
  }
  const stall = await waitFor(() => warnings.find(([, fields, msg]) => msg === 'event loop stalled' && (fields.ms as number) >= 300));
  expect(['leader', 'follower', 'candidate']).toContain(stall[1].role);
});

it('answers a linearizable read once confirmed and applied', async () => {
  await startCluster(3, 64 * 1024 * 1024);
  const leader = await waitFor(() => members.find((m) => m.node.isLeader));
  await write(leader.node, 'r', '1');
  const confirmed = await new Promise<boolean>((resolve) => leader.node.requestRead(resolve));
  expect(confirmed).toBe(true);
  expect(Buffer.from(leader.node.kv.get('r')!).toString()).toBe('1');
});

it('takes snapshots, compacts the log, and catches a lagging node up by snapshot', async () => {
  const hub = await startCluster(3, 2048);
  const leader = await waitFor(() => members.find((m) => m.node.isLeader));
  const lagging = members.find((m) => m !== leader)!;
  // Past the bootstrap configuration (all three must vote) into the chosen one (two of three).
  for (let i = 0; i < 20; i++) await write(leader.node, `warm${i}`, 'x');
  hub.down.add(lagging.node.selfIndex);
  for (let i = 0; i < 200; i++) await write(leader.node, `s${i}`, 'x'.repeat(50));
  await waitFor(() => leader.node.snapshotSlot > 0);
  hub.down.delete(lagging.node.selfIndex);
  const target = leader.node.kv.appliedSlot;
  await waitFor(() => lagging.node.kv.appliedSlot >= target, 15_000);
  expect(lagging.node.snapshotSlot).toBeGreaterThan(0);
  expect(Buffer.from(lagging.node.kv.get('s199')!).toString()).toBe('x'.repeat(50));
  expect(violations).toEqual([]);
});

it('stops (and reports) on a storage failure instead of answering without durability', async () => {
  await startCluster(3, 64 * 1024 * 1024);
  const leader = await waitFor(() => members.find((m) => m.node.isLeader));
  leader.wal.failNextFlush = true;
  const pending = write(leader.node, 'doomed', 'x');
  let answered = false;
  pending.then(() => {
    answered = true;
  }, () => undefined);
  await waitFor(() => leader.fatal);
  expect(leader.fatal).toBeInstanceOf(StorageError);
  expect(leader.node.failed).not.toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(answered).toBe(false);
});
