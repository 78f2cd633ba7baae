import { KvStateMachine, type ApplyResult } from '../kv';
import { ClientProto } from '../wire/protobuf';
import { ClientWaiters } from './client-waiters';
import { ReadIndex } from './read-index';
import { chunksReporting, decodeSnapshotPayload, encodeSnapshotPayload, snapshotPayload } from './snapshotter';

const ok: ApplyResult = { error: null, write: { ok: true, existed: false, value: new Uint8Array(0), found: false } };

describe('ClientWaiters', () => {
  it('answers the waiter whose command bytes were applied, oldest first for equal bytes', () => {
    const waiters = new ClientWaiters();
    const a = ClientProto.KvCommand.encode({ clientId: 'c', seq: 1, set: { key: 'k', value: Buffer.from('1') } }).finish();
    const b = ClientProto.KvCommand.encode({ clientId: 'c', seq: 2, set: { key: 'k', value: Buffer.from('1') } }).finish();
    const answered: string[] = [];
    waiters.add(a, () => answered.push('a1'));
    waiters.add(a, () => answered.push('a2'));
    waiters.add(b, () => answered.push('b'));
    expect(waiters.resolve(b, ok)).toBe(true);
    expect(waiters.resolve(a, ok)).toBe(true);
    expect(answered).toEqual(['b', 'a1']);
    expect(waiters.size).toBe(1);
  });

  it('forgets a cancelled waiter and refuses beyond its bound', () => {
    const waiters = new ClientWaiters(1);
    const cancel = waiters.add(new Uint8Array([1]), () => undefined)!;
    expect(waiters.add(new Uint8Array([2]), () => undefined)).toBeNull();
    cancel();
    expect(waiters.size).toBe(0);
    expect(waiters.resolve(new Uint8Array([1]), ok)).toBe(false);
  });
});

describe('ReadIndex', () => {
  it('answers a confirmed read only once its slot is applied; fails reads on demand', () => {
    const reads = new ReadIndex();
    const seen: string[] = [];
    reads.add(1, (c) => seen.push(`1:${c}`));
    reads.add(2, (c) => seen.push(`2:${c}`));
    reads.add(3, (c) => seen.push(`3:${c}`));
    reads.confirm(1, 5, 5);
    reads.confirm(2, 7, 5);
    expect(seen).toEqual(['1:true']);
    reads.applied(6);
    expect(seen).toEqual(['1:true']);
    reads.applied(7);
    reads.fail(3);
    expect(seen).toEqual(['1:true', '2:true', '3:false']);
    expect(reads.size).toBe(0);
  });
});

describe('snapshot payload', () => {
  it('round-trips the state machine, slot and configuration history', () => {
    const kv = new KvStateMachine();
    kv.apply(1, { set: { key: 'a', value: Buffer.from('1') } });
    kv.applySlot(2, []);
    const configurations = [
      { fromSlot: 1, configuration: null },
      { fromSlot: 17, configuration: { epoch: 1, incarnations: ['a', 'b', 'c'] } },
    ];
    const decoded = decodeSnapshotPayload(encodeSnapshotPayload(2, configurations, kv));
    expect(decoded.slot).toBe(2);
    expect(decoded.configurations).toEqual(configurations);
    expect(Buffer.from(decoded.kv.get('a')!).toString()).toBe('1');
    expect(decoded.kv.appliedSlot).toBe(2);
  });

  it('comes in pieces whose size is known up front, reporting bytes taken as they go', () => {
    const kv = new KvStateMachine();
    for (let slot = 1; slot <= 50; slot++) kv.apply(slot, { set: { key: `key-${slot}`, value: Buffer.alloc(100, slot) } });
    const configurations = [{ fromSlot: 1, configuration: null }];
    const payload = snapshotPayload(50, configurations, kv, { chunkBytes: 1024 });
    const reported: number[] = [];
    const pieces = [...chunksReporting(payload.chunks, { update: (done) => reported.push(done) })];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(encodeSnapshotPayload(50, configurations, kv)));
    expect(reported[reported.length - 1]).toBe(payload.bytes);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
  });

  it('rejects damaged payloads', () => {
    const kv = new KvStateMachine();
    kv.applySlot(1, []);
    const bytes = encodeSnapshotPayload(1, [{ fromSlot: 1, configuration: null }], kv);
    expect(() => decodeSnapshotPayload(bytes.subarray(0, 6))).toThrow();
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 6] ^= 0xff;
    expect(() => decodeSnapshotPayload(flipped)).toThrow();
  });
});
