// Fuzz of the peer envelope codec (server/wire/peer-codec.ts): whatever bytes arrive on
// /peer or sit in a WAL record, decodeFrame / decodePersistRecord answer a value or
// {ok:false} carrying a PeerCodecError, and never throw.
import fc from 'fast-check';
import type { Ballot, Envelope, PeerMessage, PersistRecord, SlotValue } from '../../server/core/types';
import {
  decodeFrame, decodePersistRecord, encodeEnvelope, encodeNodeMessage, encodePersistRecord, PeerCodecError,
  type CodecResult, type NodeMessage,
} from '../../server/wire/peer-codec';
import { fuzzParams, garbageArb, mutate, mutationsArb } from './mutate';

const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const slotArb = fc.integer({ min: 1, max: 1_000_000 });
const ballotArb: fc.Arbitrary<Ballot> = fc.record({
  round: fc.integer({ min: 0, max: 1000 }), node: fc.integer({ min: 0, max: 6 }), incarnation: fc.stringMatching(/^[0-9a-f]{0,16}$/),
});
const valueArb: fc.Arbitrary<SlotValue> = fc.oneof(
  fc.constant<SlotValue>({ kind: 'noop' }),
  fc.array(fc.uint8Array({ maxLength: 32 }), { minLength: 1, maxLength: 3 }).map((commands): SlotValue => ({ kind: 'commands', commands })),
  fc.record({ epoch: safe, incarnations: fc.array(fc.stringMatching(/^[0-9a-f]{16}$/), { maxLength: 5 }) })
    .map((configuration): SlotValue => ({ kind: 'configuration', configuration })),
);
const messageArb: fc.Arbitrary<PeerMessage> = fc.oneof(
  fc.record({ type: fc.constant('prepare' as const), ballot: ballotArb, fromSlot: slotArb, pageFrom: safe }),
  fc.record({
    type: fc.constant('promise' as const), ballot: ballotArb, fromSlot: slotArb,
    accepted: fc.array(fc.record({ slot: slotArb, ballot: ballotArb, value: valueArb }), { maxLength: 3 }), chosenUpTo: safe,
    truncated: fc.boolean(), pageFrom: safe, nextPageFrom: safe,
  }),
  fc.record({ type: fc.constant('accept' as const), ballot: ballotArb, slot: slotArb, value: valueArb, commitUpTo: safe }),
  fc.record({ type: fc.constant('accepted' as const), ballot: ballotArb, slot: slotArb }),
  fc.record({ type: fc.constant('rejected' as const), ballot: ballotArb, promised: ballotArb, slot: safe }),
  fc.record({ type: fc.constant('heartbeat' as const), ballot: ballotArb, commitUpTo: safe, readRound: safe }),
  fc.record({
    type: fc.constant('catchUpReply' as const), entries: fc.array(fc.record({ slot: slotArb, value: valueArb }), { maxLength: 3 }),
    snapshotNeeded: fc.boolean(), snapshotSlot: safe, chosenUpTo: safe,
  }),
);
const envelopeArb: fc.Arbitrary<Envelope> = fc.record({
  from: fc.integer({ min: 0, max: 6 }), fromIncarnation: fc.stringMatching(/^[0-9a-f]{16}$/), to: fc.constant(0), message: messageArb,
});
const nodeMessageArb: fc.Arbitrary<NodeMessage> = fc.oneof(
  fc.record({ type: fc.constant('snapshotRequest' as const), snapshotSlot: slotArb, offset: safe }),
  fc.record({
    type: fc.constant('snapshotChunk' as const), snapshotSlot: slotArb, offset: safe, totalBytes: safe,
    data: fc.uint8Array({ maxLength: 64 }), done: fc.boolean(),
    payloadCrc: fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: null }),
  }),
  fc.record({ type: fc.constant('forward' as const), forwardId: safe, request: fc.uint8Array({ maxLength: 64 }) }),
);
const validFrameArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  envelopeArb.map(encodeEnvelope),
  nodeMessageArb.map((m) => encodeNodeMessage(1, 'abcdef0123456789', m)),
);
const recordArb: fc.Arbitrary<PersistRecord> = fc.oneof(
  fc.record({ type: fc.constant('promise' as const), ballot: ballotArb }),
  fc.record({ type: fc.constant('accept' as const), slot: slotArb, ballot: ballotArb, value: valueArb }),
  fc.record({ type: fc.constant('commit' as const), upTo: safe }),
);

/** The contract: a result object, never a throw; failures carry a PeerCodecError with a known code. */
function expectCodecResult<T>(decode: () => CodecResult<T>, codes: readonly string[]): CodecResult<T> {
  let result: CodecResult<T>;
  try {
    result = decode();
  } catch (error) {
    throw new Error(`decoder threw instead of returning {ok:false}: ${String(error)}`);
  }
  if (!result.ok) {
    expect(result.error).toBeInstanceOf(PeerCodecError);
    expect(codes).toContain(result.error.code);
  }
  return result;
}

const FRAME_CODES = ['MALFORMED_FRAME', 'INVALID_MESSAGE'];
const RECORD_CODES = ['MALFORMED_RECORD', 'INVALID_MESSAGE'];

describe('peer-codec fuzz', () => {
  test('decodeFrame: random bytes', () => {
    fc.assert(fc.property(garbageArb, (bytes) => {
      expectCodecResult(() => decodeFrame(bytes, 0), FRAME_CODES);
    }), fuzzParams(5000));
  });

  test('decodeFrame: mutated valid frames', () => {
    fc.assert(fc.property(validFrameArb, mutationsArb, (frame, mutations) => {
      const result = expectCodecResult(() => decodeFrame(mutate(frame, mutations), 2), FRAME_CODES);
      // Anything accepted is a well-formed core value: numbers are safe integers.
      if (result.ok && result.value.kind === 'paxos') {
        expect(Number.isSafeInteger(result.value.envelope.from)).toBe(true);
        expect(result.value.envelope.to).toBe(2);
      }
    }), fuzzParams(5000));
  });

  test('decodeFrame: valid frames round-trip (the generator is sound)', () => {
    fc.assert(fc.property(envelopeArb, (envelope) => {
      const result = decodeFrame(encodeEnvelope(envelope), 0);
      expect(result).toEqual({ ok: true, value: { kind: 'paxos', envelope } });
    }), fuzzParams(200));
  });

  test('decodePersistRecord: random bytes', () => {
    fc.assert(fc.property(garbageArb, (bytes) => {
      expectCodecResult(() => decodePersistRecord(bytes), RECORD_CODES);
    }), fuzzParams(5000));
  });

  test('decodePersistRecord: mutated valid records', () => {
    fc.assert(fc.property(recordArb, mutationsArb, (record, mutations) => {
      const result = expectCodecResult(() => decodePersistRecord(mutate(encodePersistRecord(record), mutations)), RECORD_CODES);
      if (result.ok) expect(['promise', 'accept', 'commit']).toContain(result.value.type);
    }), fuzzParams(5000));
  });

  test('tag byte with a random body never throws', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 48 }), (tag, body) => {
      expectCodecResult(() => decodePersistRecord(Uint8Array.from([tag, ...body])), RECORD_CODES);
    }), fuzzParams(2000));
  });
});
