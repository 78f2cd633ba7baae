// Fuzz of the client request path: ClientRequest bytes from /client or a forwarded
// request, KvCommand bytes inside a chosen slot. Decoding may fail (it is caught where
// the node calls it), validateCommand answers null or a KvError, and the state machine
// never throws on any command bytes; two replicas fed the same garbage end byte-identical.
import fc from 'fast-check';
import { paxoskv } from '../../proto/gen/client';
import { isKvErrorCode, KvStateMachine, restore, serialize, validateCommand } from '../../server/kv';
import { ClientProto } from '../../server/wire/protobuf';
import { fuzzParams, garbageArb, mutate, mutationsArb } from './mutate';

const keyArb = fc.oneof(
  fc.constantFrom('a', 'b', 'img/0123456789abcdef', 'k/1', ''),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.string({ maxLength: 6, unit: 'binary' }),
);
const bytesArb = fc.uint8Array({ maxLength: 24 });
const clientIdArb = fc.constantFrom('', 'c1', 'c2', 'c3');
const seqArb = fc.integer({ min: 0, max: 6 });
const hex = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${n}}$`));

const commandArb: fc.Arbitrary<paxoskv.client.IKvCommand> = fc.oneof(
  fc.record({ clientId: clientIdArb, seq: seqArb, set: fc.record({ key: keyArb, value: bytesArb }) }),
  fc.record({ clientId: clientIdArb, seq: seqArb, del: fc.record({ key: keyArb }) }),
  fc.record({ clientId: clientIdArb, seq: seqArb, append: fc.record({ key: keyArb, value: bytesArb }) }),
  fc.record({
    clientId: clientIdArb, seq: seqArb,
    cas: fc.record({ key: keyArb, expectAbsent: fc.boolean(), expect: bytesArb, value: bytesArb }),
  }),
  fc.record({
    clientId: clientIdArb, seq: seqArb,
    imageSet: fc.record({ phash: fc.oneof(hex(16), hex(15)), sha256: hex(64), metadata: fc.string({ maxLength: 16 }) }),
  }),
);
const encodedCommandArb = commandArb.map((c) => paxoskv.client.KvCommand.encode(c).finish());
/** Valid commands, mutated commands, and plain garbage, as one slot's batch would carry them. */
const slotBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  encodedCommandArb,
  fc.tuple(encodedCommandArb, mutationsArb).map(([bytes, mutations]) => mutate(bytes, mutations)),
  garbageArb,
);
const requestArb = fc.oneof(
  commandArb.map((write) => ({ id: 1, write })),
  fc.record({ id: fc.nat(), get: fc.record({ key: keyArb, consistency: fc.constantFrom(0, 1, 7) }) }),
  fc.record({ id: fc.nat(), keys: fc.record({ prefix: keyArb, limit: fc.nat() }) }),
  fc.record({ id: fc.nat(), imageGet: fc.record({ phash: hex(16), sha256: hex(64), maxDistance: fc.nat({ max: 70 }) }) }),
  fc.constant({ id: 3, status: {} }),
).map((r) => ClientProto.ClientRequest.encode(r as paxoskv.client.IClientRequest).finish());

const decodeFailures = new Set<string>();

function decodeRequest(bytes: Uint8Array): ReturnType<typeof ClientProto.ClientRequest.decode> | null {
  try {
    return ClientProto.ClientRequest.decode(bytes);
  } catch (error) {
    // protobufjs signals bad input with an Error ("index out of range", "invalid wire type");
    // some come from another realm under jest, so check the shape, not instanceof.
    expect(typeof (error as Error).message).toBe('string');
    decodeFailures.add((error as Error).message.replace(/[0-9]+/g, 'N'));
    return null;
  }
}

describe('client request and kv state machine fuzz', () => {
  test('ClientRequest.decode + validateCommand: random and mutated bytes', () => {
    const input = fc.oneof(garbageArb, fc.tuple(requestArb, mutationsArb).map(([b, m]) => mutate(b, m)));
    fc.assert(fc.property(input, (bytes) => {
      const request = decodeRequest(bytes);
      if (request?.write == null) return;
      const error = validateCommand(request.write);
      if (error !== null) expect(isKvErrorCode(error.code)).toBe(true);
    }), fuzzParams(5000));
    console.log(`ClientRequest decode failures seen: ${[...decodeFailures].join(' | ')}`);
  });

  test('validateCommand on hostile plain objects never throws', () => {
    const anything = fc.anything({ maxDepth: 2, withTypedArray: true, withNullPrototype: true, withBigInt: true });
    const hostile = fc.record({
      clientId: anything, seq: anything,
      set: fc.option(fc.record({ key: anything, value: anything }), { nil: undefined }),
      cas: fc.option(fc.record({ key: anything, expect: anything, value: anything, expectAbsent: anything }), { nil: undefined }),
      imageSet: fc.option(fc.record({ phash: anything, sha256: anything, metadata: anything }), { nil: undefined }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(hostile, (command) => {
      const error = validateCommand(command as paxoskv.client.IKvCommand);
      if (error !== null) expect(isKvErrorCode(error.code)).toBe(true);
    }), fuzzParams(2000));
  });

  test('applyEncodedSlot never throws and two replicas stay byte-identical', () => {
    const batches = fc.array(fc.array(slotBytesArb, { maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(batches, fc.integer({ min: 1, max: 3 }), (slots, gap) => {
      const a = new KvStateMachine({ sessionsMax: 2 });
      const b = new KvStateMachine({ sessionsMax: 2 });
      let slot = 0;
      for (const batch of slots) {
        slot += gap;
        const ra = a.applyEncodedSlot(slot, batch);
        const rb = b.applyEncodedSlot(slot, batch.map((bytes) => Uint8Array.from(bytes)));
        expect(ra).toHaveLength(batch.length);
        expect(rb).toEqual(ra);
        for (const r of ra) if (r.error !== null) expect(isKvErrorCode(r.error.code)).toBe(true);
      }
      const snapshot = serialize(a);
      expect(Buffer.compare(snapshot, serialize(b))).toBe(0);
      // The snapshot of a garbage-fed state restores to the very same bytes.
      expect(Buffer.compare(serialize(restore(snapshot)), snapshot)).toBe(0);
    }), fuzzParams(800));
  });
});
