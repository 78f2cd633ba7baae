// Fuzz of what a node reads back from disk or receives from a peer: WAL frames and
// segments, snapshot file headers, kv snapshots, and the chunked snapshot receiver.
// Damage gives the documented typed error (or, for a WAL tail, a clean cut), never a
// crash of another kind, and a failed snapshot receive leaves no temp file behind.
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KvStateMachine, restore, serialize, SnapshotFormatError } from '../../server/kv';
import { crc32 } from '../../server/kv/binary';
import { crc32c, SnapshotStore, StorageCorruptionError, StorageError, Wal } from '../../server/storage';
import { decodeFrame, encodeFrame } from '../../server/storage/record-format';
import { scanSegment } from '../../server/storage/segment';
import { decodeSnapshotHeader, encodeSnapshotHeader } from '../../server/storage/snapshot-format';
import { fuzzParams, garbageArb, mutate, mutationsArb } from './mutate';

const payloadsArb = fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 8 });

function segmentOf(payloads: readonly Uint8Array[], firstIndex = 1): Buffer {
  return Buffer.concat(payloads.map((p, i) => encodeFrame(firstIndex + i, p)));
}

/** Runs `fn`; a throw must be an instance of one of `types`, anything else fails the property. */
function expectOnly<T>(fn: () => T, ...types: (abstract new (...args: never[]) => Error)[]): T | Error {
  try {
    return fn();
  } catch (error) {
    if (types.some((type) => error instanceof type)) return error as Error;
    throw new Error(`unexpected ${(error as Error)?.name}: ${(error as Error)?.message}`);
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paxoskv-fuzz-storage-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WAL record fuzz', () => {
  test('decodeFrame never throws on random bytes at random offsets', () => {
    fc.assert(fc.property(garbageArb, fc.nat({ max: 64 }), (bytes, at) => {
      const buf = Buffer.from(bytes);
      const decoded = decodeFrame(buf, Math.min(at, buf.length));
      if (decoded.kind === 'frame') expect(decoded.frameBytes).toBeLessThanOrEqual(buf.length);
    }), fuzzParams(5000));
  });

  test('scanSegment on a damaged last segment: a prefix of the records, or WAL_CORRUPT', () => {
    fc.assert(fc.property(payloadsArb, mutationsArb, fc.boolean(), (payloads, mutations, isLast) => {
      const damaged = mutate(segmentOf(payloads), mutations);
      const segment = { firstIndex: 1, name: 'wal-0000000000000001.log', path: '/fuzz/wal-0000000000000001.log' };
      const result = expectOnly(() => scanSegment(damaged, segment, isLast), StorageCorruptionError);
      if (result instanceof Error) {
        expect((result as StorageCorruptionError).code).toBe('WAL_CORRUPT');
        return;
      }
      // Whatever survives is exactly the first records, unchanged: a cut, never a rewrite.
      expect(result.records.length).toBeLessThanOrEqual(payloads.length);
      result.records.forEach((record, i) => {
        expect(record.index).toBe(i + 1);
        expect(Buffer.compare(Buffer.from(record.payload), Buffer.from(payloads[i]!))).toBe(0);
      });
      expect(result.validBytes).toBeLessThanOrEqual(damaged.length);
    }), fuzzParams(3000));
  });

  test('Wal.open on a damaged segment file: replays a prefix or throws WAL_CORRUPT', async () => {
    await fc.assert(fc.asyncProperty(payloadsArb, mutationsArb, async (payloads, mutations) => {
      const walDir = mkdtempSync(path.join(dir, 'wal-'));
      writeFileSync(path.join(walDir, 'wal-0000000000000001.log'), mutate(segmentOf(payloads), mutations));
      let opened: Awaited<ReturnType<typeof Wal.open>> | null = null;
      try {
        opened = await Wal.open(walDir);
      } catch (error) {
        expect(error).toBeInstanceOf(StorageCorruptionError);
        expect((error as StorageError).code).toBe('WAL_CORRUPT');
      }
      if (opened !== null) {
        const { wal, records } = opened;
        records.forEach((r, i) => expect(Buffer.compare(Buffer.from(r.payload), Buffer.from(payloads[i]!))).toBe(0));
        // The repaired log keeps working: the next append gets the next index.
        expect(wal.append(Buffer.from('after'))).toBe(records.length + 1);
        await wal.flush();
        await wal.close();
        expect((await Wal.open(walDir).then(async (again) => {
          await again.wal.close();
          return again.records.length;
        }))).toBe(records.length + 1);
      }
      rmSync(walDir, { recursive: true, force: true });
    }), fuzzParams(100));
  });
});

describe('snapshot fuzz', () => {
  function sampleMachine(entries: readonly [string, Uint8Array][], sessions: number): KvStateMachine {
    const machine = new KvStateMachine();
    let slot = 0;
    for (const [key, value] of entries) machine.apply(++slot, { set: { key, value } });
    for (let i = 0; i < sessions; i++) machine.apply(++slot, { clientId: `c${i}`, seq: 1, append: { key: 'log', value: Buffer.from([i]) } });
    machine.apply(++slot, { clientId: 'e', seq: 1, set: { key: 'img/x', value: Buffer.from('no') } });
    return machine;
  }
  const snapshotArb = fc.tuple(
    fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }), fc.uint8Array({ maxLength: 16 })), { maxLength: 6 }),
    fc.nat({ max: 3 }),
  ).map(([entries, sessions]) => serialize(sampleMachine(entries.filter(([k]) => !k.startsWith('img/')), sessions)));

  /** Recomputes the trailing CRC-32 so the mutation reaches the parser behind the checksum. */
  function withCrc(bytes: Buffer): Buffer {
    if (bytes.length < 4) return bytes;
    const out = Buffer.from(bytes);
    out.writeUInt32LE(crc32(out.subarray(0, out.length - 4)), out.length - 4);
    return out;
  }

  test('kv restore: random bytes → SnapshotFormatError', () => {
    const prefixed = garbageArb.map((g) => withCrc(Buffer.concat([Buffer.from('PXKV\x01'), Buffer.from(g), Buffer.alloc(4)])));
    fc.assert(fc.property(fc.oneof(garbageArb, prefixed), (bytes) => {
      expectOnly(() => restore(bytes), SnapshotFormatError);
    }), fuzzParams(2000));
  });

  test('kv restore: mutated snapshots (with and without a fixed-up CRC) → SnapshotFormatError or a consistent state', () => {
    fc.assert(fc.property(snapshotArb, mutationsArb, fc.boolean(), (snapshot, mutations, fixCrc) => {
      const damaged = fixCrc ? withCrc(mutate(snapshot, mutations)) : mutate(snapshot, mutations);
      const result = expectOnly(() => restore(damaged), SnapshotFormatError);
      if (result instanceof Error) {
        expect((result as SnapshotFormatError).code).toBe('SNAPSHOT_MALFORMED');
        return;
      }
      // Accepted bytes are canonical: the state serializes back to exactly them.
      expect(Buffer.compare(Buffer.from(serialize(result)), damaged)).toBe(0);
    }), fuzzParams(2000));
  });

  test('snapshot file header: mutated → SNAPSHOT_CORRUPT or an unchanged header', () => {
    const headerArb = fc.record({
      slot: fc.nat(), payloadBytes: fc.nat(), payloadCrc: fc.integer({ min: 0, max: 0xffffffff }),
    });
    fc.assert(fc.property(headerArb, mutationsArb, (header, mutations) => {
      const result = expectOnly(() => decodeSnapshotHeader(mutate(encodeSnapshotHeader(header), mutations), 'fuzz.snap'),
        StorageCorruptionError);
      if (result instanceof Error) expect((result as StorageError).code).toBe('SNAPSHOT_CORRUPT');
      else expect(result).toEqual(header);
    }), fuzzParams(2000));
  });
});

describe('snapshot receiver fuzz', () => {
  type Fault =
    | { kind: 'none' }
    | { kind: 'badOffset'; chunk: number; delta: number }
    | { kind: 'flipData'; chunk: number; at: number }
    | { kind: 'dropChunk'; chunk: number }
    | { kind: 'extraBytes'; bytes: Uint8Array }
    | { kind: 'badCrc'; xor: number }
    | { kind: 'shortTotal' };
  const faultArb: fc.Arbitrary<Fault> = fc.oneof(
    fc.constant<Fault>({ kind: 'none' }),
    fc.record({ kind: fc.constant('badOffset' as const), chunk: fc.nat(), delta: fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0) }),
    fc.record({ kind: fc.constant('flipData' as const), chunk: fc.nat(), at: fc.nat() }),
    fc.record({ kind: fc.constant('dropChunk' as const), chunk: fc.nat() }),
    fc.record({ kind: fc.constant('extraBytes' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('badCrc' as const), xor: fc.integer({ min: 1, max: 0xffffffff }) }),
    fc.constant<Fault>({ kind: 'shortTotal' }),
  );

  test('mutated chunk streams reject cleanly, leave no temp file, and a clean retry succeeds', async () => {
    const storeDir = mkdtempSync(path.join(dir, 'snap-'));
    const store = await SnapshotStore.open(storeDir);
    let slot = 0;
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }), fc.integer({ min: 1, max: 512 }), faultArb,
      async (payload, chunkBytes, fault) => {
        slot++;
        const chunks: { offset: number; data: Buffer }[] = [];
        for (let offset = 0; offset < payload.length; offset += chunkBytes) {
          chunks.push({ offset, data: Buffer.from(payload.subarray(offset, offset + chunkBytes)) });
        }
        const pick = (n: number): number => n % chunks.length;
        let crc = crc32c(payload);
        let total = payload.length;
        if (fault.kind === 'badOffset') chunks[pick(fault.chunk)]!.offset += fault.delta;
        if (fault.kind === 'flipData') {
          const chunk = chunks[pick(fault.chunk)]!;
          chunk.data[fault.at % chunk.data.length]! ^= 0x20;
        }
        if (fault.kind === 'dropChunk') chunks.splice(pick(fault.chunk), 1);
        if (fault.kind === 'extraBytes') chunks.push({ offset: payload.length, data: Buffer.from(fault.bytes) });
        if (fault.kind === 'badCrc') crc = (crc ^ fault.xor) >>> 0;
        if (fault.kind === 'shortTotal') total = payload.length - 1;

        const receiver = await store.beginReceive(slot, total);
        let failure: unknown = null;
        try {
          for (const chunk of chunks) await receiver.writeChunk(chunk.offset, chunk.data);
          await receiver.finish(crc);
        } catch (error) {
          failure = error;
          await receiver.abort(); // what catch-up does on any failure
        }
        const files = readdirSync(storeDir);
        expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
        if (fault.kind === 'none') {
          expect(failure).toBeNull();
          expect(Buffer.compare(await store.readAll(slot), Buffer.from(payload))).toBe(0);
          return;
        }
        expect(failure).toBeInstanceOf(StorageError);
        expect(['SNAPSHOT_TRANSFER', 'SNAPSHOT_CORRUPT']).toContain((failure as StorageError).code);
        expect(files).not.toContain(`snapshot-${String(slot).padStart(16, '0')}.snap`);
        // The slot is free again: a clean transfer of it now succeeds.
        const retry = await store.beginReceive(slot, payload.length);
        await retry.writeChunk(0, payload);
        await retry.finish(crc32c(payload));
        expect(Buffer.compare(await store.readAll(slot), Buffer.from(payload))).toBe(0);
      }), fuzzParams(250));
    rmSync(storeDir, { recursive: true, force: true });
  });
});
