import fc from 'fast-check';
import { paxoskv } from '../../proto/gen/client';
import { ByteWriter, crc32, crc32Portable } from './binary';
import { restore, restoreSliced, serialize, serializeChunks, SnapshotFormatError, snapshotStream } from './snapshot-codec';
import { KvStateMachine } from './state-machine';
import type { KvLimits } from './limits';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const SMALL: Partial<KvLimits> = { valueBytesMax: 16, sessionsMax: 3, sessionReplyBytesMax: 24 };

function sample(): KvStateMachine {
  const machine = new KvStateMachine(SMALL);
  machine.applySlot(3, [
    { set: { key: 'b', value: bytes('2') } },
    { clientId: 'c1', seq: 1, append: { key: 'a', value: bytes('xy') } },
    { clientId: 'c2', seq: 1, append: { key: 'a', value: bytes('z'.repeat(16)) } },
    { imageSet: { phash: '00ff00ff00ff00ff', sha256: 'd'.repeat(64), metadata: 'pic' } },
    { clientId: 'c3', seq: 1, cas: { key: 'b', expect: bytes('1'), value: bytes('3') } },
    { set: { key: '😀', value: bytes('') } },
  ]);
  return machine;
}

/** Replaces the trailing CRC so a corrupted body reaches the structural checks. */
function withCrc(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body), true);
  return out;
}

function expectMalformed(input: Uint8Array, message?: RegExp): void {
  let thrown: unknown;
  try {
    restore(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SnapshotFormatError);
  if (message) expect((thrown as Error).message).toMatch(message);
}

describe('snapshot round trip', () => {
  test('restore(serialize(m)) answers like m and serializes to the same bytes', () => {
    const machine = sample();
    const snapshot = serialize(machine);
    const restored = restore(snapshot);
    expect(serialize(restored)).toEqual(snapshot);
    expect(restored.appliedSlot).toBe(3);
    expect(restored.limits).toEqual(machine.limits);
    expect(restored.keys('', 100)).toEqual(machine.keys('', 100));
    expect(restored.get('a')).toEqual(machine.get('a'));
    expect(restored.imageGet('00ff00ff00ff00fe', '', 1)).toEqual(machine.imageGet('00ff00ff00ff00fe', '', 1));
    expect([...restored.sessionRecords()]).toEqual([...machine.sessionRecords()]);
    expect(restored.stats()).toEqual(machine.stats());
  });

  test('the empty state machine', () => {
    const empty = serialize(new KvStateMachine());
    expect(serialize(restore(empty))).toEqual(empty);
    expect(empty.length).toBeLessThan(32);
  });

  test('serializeChunks pieces concatenate to serialize()', () => {
    const machine = sample();
    const pieces = [...serializeChunks(machine, 8)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(serialize(machine)));
  });

  test('reused pieces: the pieces are views of the writer\'s buffer (a new one only when an entry outgrows it), and copying each before the next gives serialize()', () => {
    const machine = sample();
    machine.applySlot(4, Array.from({ length: 40 }, (_, i) => ({ set: { key: `k${i}`, value: bytes(`v${i}`) } })));
    const copies: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    for (const piece of snapshotStream(machine, 8, true).chunks) {
      buffers.add(piece.buffer);
      copies.push(Buffer.from(piece));
    }
    expect(copies.length).toBeGreaterThan(30);
    expect(buffers.size).toBeLessThanOrEqual(2);
    expect(Buffer.concat(copies)).toEqual(Buffer.from(serialize(machine)));
  });

  test('snapshotStream knows its exact size before producing a byte', () => {
    for (const machine of [new KvStateMachine(), sample()]) {
      const stream = snapshotStream(machine, 8);
      expect(stream.bytes).toBe(Buffer.concat([...stream.chunks]).length);
    }
  });

  test('a stream describes the state when it was made: later applies do not leak in', () => {
    const machine = sample();
    const before = Buffer.from(serialize(machine));
    const stream = snapshotStream(machine, 8);
    const first = stream.chunks.next();
    machine.applySlot(4, [{ set: { key: 'b', value: bytes('changed') } }, { del: { key: 'a' } }, { set: { key: 'new', value: bytes('n') } },
      { clientId: 'c1', seq: 2, set: { key: 'c', value: bytes('c') } }]);
    const rest = [...stream.chunks];
    expect(Buffer.concat([first.value as Uint8Array, ...rest])).toEqual(before);
    expect(stream.bytes).toBe(before.length);
  });

  test('a stream of thousands of keys stays as it was while inserts, overwrites and deletes change the machine under it', () => {
    const machine = new KvStateMachine();
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i.toString().padStart(5, '0')}`);
    machine.applySlot(1, keys.map((key) => ({ set: { key, value: bytes('old') } })));
    const before = Buffer.from(serialize(machine));
    const stream = snapshotStream(machine, 1024);
    const first = stream.chunks.next();
    machine.applySlot(2, keys.map((key, i) => (i % 3 === 0 ? { del: { key } } : i % 3 === 1 ? { set: { key, value: bytes('new') } } : { set: { key: `${key}+`, value: bytes('+') } })));
    expect(Buffer.concat([first.value as Uint8Array, ...stream.chunks])).toEqual(before);
    expect(restore(serialize(machine)).stats().keys).toBe(3000);
  });

  test('the size kept as values grow and shrink across varint boundaries and keys are multi-byte is exact', () => {
    const machine = new KvStateMachine();
    const sizes = [0, 1, 127, 128, 129, 16_383, 16_384, 100, 128, 0];
    sizes.forEach((size, i) => {
      machine.applySlot(i + 1, [
        { set: { key: 'é😀', value: Buffer.alloc(size, 1) } },
        { append: { key: 'grow', value: Buffer.alloc(size, 2) } },
        ...(i % 2 === 0 ? [{ del: { key: 'grow' } }] : []),
      ]);
      const stream = snapshotStream(machine);
      expect(stream.bytes).toBe(Buffer.concat([...stream.chunks]).length);
    });
    const restored = restore(serialize(machine));
    const stream = snapshotStream(restored);
    expect(stream.bytes).toBe(Buffer.concat([...stream.chunks]).length);
  });

  test('values of any bytes, not only UTF-8, survive a round trip unchanged', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const machine = new KvStateMachine();
    machine.applySlot(1, [{ set: { key: 'all', value: every } }, { set: { key: 'bad-utf8', value: Uint8Array.from([0xc3, 0x28, 0xff]) } }]);
    const restored = restore(serialize(machine));
    expect(restored.get('all')).toEqual(Buffer.from(every));
    expect(restored.get('bad-utf8')).toEqual(Buffer.from([0xc3, 0x28, 0xff]));
    expect(restored.stats().valueBytes).toBe(259);
  });

  test('a restored machine refuses slots at or below its snapshot slot', () => {
    const restored = restore(serialize(sample()));
    expect(() => restored.apply(3, { set: { key: 'x' } })).toThrow(/strictly increase/);
    expect(restored.apply(4, { clientId: 'c1', seq: 1, set: { key: 'x' } }).write?.value).toEqual(bytes('xy'));
  });
});

describe('restoreSliced', () => {
  function many(keys: number): KvStateMachine {
    const machine = new KvStateMachine();
    const commands = Array.from({ length: keys }, (_, i) => ({ clientId: `c${i % 7}`, seq: 1 + Math.floor(i / 7), set: { key: `k${i}`, value: bytes(`v${i}`) } }));
    machine.applySlot(5, commands);
    return machine;
  }

  test('restores what restore does, pausing after every slice of entries', async () => {
    const snapshot = serialize(many(1000));
    let pauses = 0;
    const restored = await restoreSliced(snapshot, 64, async () => {
      pauses++;
    });
    expect(Buffer.from(serialize(restored)).equals(Buffer.from(serialize(restore(snapshot))))).toBe(true);
    expect(pauses).toBe(Math.floor(1000 / 64));
    expect(restored.get('k999')).toEqual(bytes('v999'));
  });

  test('rejects what restore rejects, with SnapshotFormatError', async () => {
    const bad = Uint8Array.from(serialize(many(300)));
    bad[bad.length - 10] ^= 0x41;
    await expect(restoreSliced(bad, 16, async () => undefined)).rejects.toBeInstanceOf(SnapshotFormatError);
    const w = new ByteWriter();
    w.bytes(Uint8Array.from([0x50, 0x58, 0x4b, 0x56, 1]));
    w.varint(1); // applied slot
    [1024, 16, 128, 3, 24].forEach((limit) => w.varint(limit));
    w.varint(2); // entries: "b" before "a"
    w.string('b');
    w.lengthPrefixed(bytes('1'));
    w.string('a');
    w.lengthPrefixed(bytes('1'));
    w.varint(0); // sessions
    await expect(restoreSliced(withCrc(w.take()), 1, async () => undefined)).rejects.toThrow(/inconsistent state: keys out of order/);
  });
});

describe('malformed snapshots fail with SnapshotFormatError', () => {
  const good = serialize(sample());

  test('every truncation', () => {
    for (let length = 0; length < good.length; length++) expectMalformed(good.subarray(0, length));
  });

  test('every single-byte corruption', () => {
    for (let i = 0; i < good.length; i++) {
      const bad = Uint8Array.from(good);
      bad[i] ^= 0x41;
      expectMalformed(bad);
    }
  });

  test('structural defects behind a valid crc', () => {
    const body = good.subarray(0, good.length - 4);
    expectMalformed(withCrc(Uint8Array.from([...body.subarray(0, 4), 9, ...body.subarray(5)])), /version/);
    expectMalformed(withCrc(Uint8Array.from([0, ...body.subarray(1)])), /magic/);
    expectMalformed(withCrc(Uint8Array.from([...body, 0])), /trailing/);
    expectMalformed(new Uint8Array(0), /too short/);
    expectMalformed('not bytes' as unknown as Uint8Array, /not bytes/);

    const header = (write: (w: ByteWriter) => void): Uint8Array => {
      const w = new ByteWriter();
      w.bytes(Uint8Array.from([0x50, 0x58, 0x4b, 0x56, 1]));
      write(w);
      return withCrc(w.take());
    };
    const limits = (w: ByteWriter): void => [1024, 16, 128, 3, 24].forEach((v) => w.varint(v));
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(2); w.string('b'); w.lengthPrefixed(bytes('1')); w.string('a'); w.lengthPrefixed(bytes('1')); w.varint(0); }), /out of order/);
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(1); w.string('img/zz'); w.lengthPrefixed(bytes('{}')); w.varint(0); }), /image record/);
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(1); w.string('a'); w.varint(2 ** 40); }), /exceeds/);
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(10 ** 9); }), /truncated/);
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(0); w.varint(1); w.string('c'); w.varint(1); w.varint(2); w.u8(0); }), /after applied slot/);
    expectMalformed(header((w) => { w.varint(9); limits(w); w.varint(0); w.varint(1); w.string('c'); w.varint(1); w.varint(2); w.u8(2); w.string('NOPE'); w.string(''); }), /unknown error code/);
    expectMalformed(header((w) => { w.varint(9); [1024, 16, 128, 3, 8].forEach((v) => w.varint(v)); w.varint(0); w.varint(0); }), /sessionReplyBytesMax/);
    expectMalformed(header((w) => { w.bytes(Uint8Array.from([0x80, 0x00])); }), /non-minimal/);
    expectMalformed(header((w) => { w.varint(1); limits(w); w.varint(1); w.lengthPrefixed(Uint8Array.from([0xc3, 0x28])); }), /UTF-8/);
  });

  test('random bodies behind a valid header and crc never escape as other errors', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (body) => {
        const input = withCrc(Uint8Array.from([0x50, 0x58, 0x4b, 0x56, 1, ...body]));
        try {
          restore(input);
        } catch (error) {
          expect(error).toBeInstanceOf(SnapshotFormatError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- Determinism: replicas that joined through a snapshot end byte-identical ----

const commandArbitrary: fc.Arbitrary<paxoskv.client.IKvCommand> = (() => {
  const key = fc.constantFrom('a', 'b', 'a/x', '😀', 'img/00000000000000ff', '');
  const value = fc.uint8Array({ maxLength: 10 });
  const op = fc.oneof(
    fc.record({ set: fc.record({ key, value }) }),
    fc.record({ del: fc.record({ key }) }),
    fc.record({ append: fc.record({ key, value }) }),
    fc.record({ cas: fc.record({ key, expectAbsent: fc.boolean(), expect: value, value }) }),
    fc.record({
      imageSet: fc.record({
        phash: fc.constantFrom('00000000000000ff', '00000000000000FE', '80000000000000ff', 'nothex'),
        sha256: fc.constantFrom('e'.repeat(64), 'F'.repeat(64)),
        metadata: fc.string({ maxLength: 4 }),
      }),
    }),
  );
  const session = fc.oneof(
    fc.constant({}),
    fc.record({ clientId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), seq: fc.integer({ min: 1, max: 6 }) }),
  );
  return fc.tuple(session, op).map(([s, o]) => ({ ...s, ...o }) as paxoskv.client.IKvCommand);
})();

test('property: a replica restored from a snapshot midway ends byte-identical', () => {
  fc.assert(
    fc.property(fc.array(fc.array(commandArbitrary, { maxLength: 4 }), { maxLength: 40 }), fc.nat(), (slots, cut) => {
      const leader = new KvStateMachine(SMALL);
      const at = slots.length === 0 ? 0 : cut % (slots.length + 1);
      let follower: KvStateMachine | null = at === 0 ? restore(serialize(leader)) : null;
      slots.forEach((batch, i) => {
        const slot = i + 1;
        const expected = leader.applySlot(slot, batch);
        if (follower !== null) expect(follower.applySlot(slot, batch)).toEqual(expected);
        if (slot === at) follower = restore(serialize(leader));
      });
      expect(Buffer.from(serialize(follower!))).toEqual(Buffer.from(serialize(leader)));
      expect(follower!.stats()).toEqual(leader.stats());
    }),
    { numRuns: 500 },
  );
});

test('crc32: the native and portable versions agree, also when continued', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
      expect(crc32Portable(a)).toBe(crc32(a));
      expect(crc32Portable(b, crc32Portable(a))).toBe(crc32(Buffer.concat([a, b])));
    }),
  );
  expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
});
