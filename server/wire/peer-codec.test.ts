import fc from 'fast-check';
import type { Ballot, Envelope, PeerMessage, PersistRecord, SlotValue } from '../core/types';
import {
  decodeFrame, decodePersistRecord, encodeEnvelope, encodeNodeMessage, encodePersistRecord, PeerCodecError, snapshotChunkPrefix,
  type NodeMessage,
} from './peer-codec';
import { PeerProto } from './protobuf';

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const slotArb = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const incarnation = fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-f]{16}$/));
const ballotArb: fc.Arbitrary<Ballot> = fc.record({ round: u32, node: fc.integer({ min: 0, max: 16 }), incarnation });
const bytes = fc.uint8Array({ maxLength: 64 });
const valueArb: fc.Arbitrary<SlotValue> = fc.oneof(
  fc.constant<SlotValue>({ kind: 'noop' }),
  fc.array(bytes, { maxLength: 5 }).map((commands): SlotValue => ({ kind: 'commands', commands })),
  fc.record({ epoch: safe, incarnations: fc.array(incarnation, { maxLength: 7 }) })
    .map((configuration): SlotValue => ({ kind: 'configuration', configuration })),
);
const accepted = fc.record({ slot: slotArb, ballot: ballotArb, value: valueArb });
const chosen = fc.record({ slot: slotArb, value: valueArb });

const messageArb: fc.Arbitrary<PeerMessage> = fc.oneof(
  fc.record({ type: fc.constant('prepare' as const), ballot: ballotArb, fromSlot: slotArb, pageFrom: safe }),
  fc.record({
    type: fc.constant('promise' as const), ballot: ballotArb, fromSlot: slotArb, accepted: fc.array(accepted, { maxLength: 4 }),
    chosenUpTo: safe, truncated: fc.boolean(), pageFrom: safe, nextPageFrom: safe,
  }),
  fc.record({ type: fc.constant('accept' as const), ballot: ballotArb, slot: slotArb, value: valueArb, commitUpTo: safe }),
  fc.record({ type: fc.constant('accepted' as const), ballot: ballotArb, slot: slotArb }),
  fc.record({ type: fc.constant('rejected' as const), ballot: ballotArb, promised: ballotArb, slot: safe }),
  fc.record({ type: fc.constant('commit' as const), ballot: ballotArb, commitUpTo: safe }),
  fc.record({ type: fc.constant('heartbeat' as const), ballot: ballotArb, commitUpTo: safe, readRound: safe }),
  fc.record({ type: fc.constant('heartbeatReply' as const), ballot: ballotArb, readRound: safe, chosenUpTo: safe }),
  fc.record({ type: fc.constant('catchUpRequest' as const), fromSlot: slotArb, maxEntries: u32 }),
  fc.record({
    type: fc.constant('catchUpReply' as const), entries: fc.array(chosen, { maxLength: 4 }), snapshotNeeded: fc.boolean(),
    snapshotSlot: safe, chosenUpTo: safe,
  }),
);

const envelopeArb: fc.Arbitrary<Envelope> = fc.record({
  from: fc.integer({ min: 0, max: 4 }), fromIncarnation: incarnation, to: fc.integer({ min: 0, max: 4 }), message: messageArb,
});

const recordArb: fc.Arbitrary<PersistRecord> = fc.oneof(
  fc.record({ type: fc.constant('promise' as const), ballot: ballotArb }),
  fc.record({ type: fc.constant('accept' as const), slot: slotArb, ballot: ballotArb, value: valueArb }),
  fc.record({ type: fc.constant('commit' as const), upTo: safe }),
);

const nodeMessageArb: fc.Arbitrary<NodeMessage> = fc.oneof(
  fc.record({ type: fc.constant('snapshotRequest' as const), snapshotSlot: slotArb, offset: safe }),
  fc.record({
    type: fc.constant('snapshotChunk' as const), snapshotSlot: slotArb, offset: safe, totalBytes: safe, data: bytes, done: fc.boolean(),
    payloadCrc: fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: null }),
  }),
  fc.record({ type: fc.constant('forward' as const), forwardId: safe, request: bytes }),
  fc.record({ type: fc.constant('forwardReply' as const), forwardId: safe, response: bytes }),
);

/** Deep equality that treats Buffer and Uint8Array with the same bytes as equal. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

describe('peer codec', () => {
  it('round-trips every peer message through a PeerEnvelope frame', () => {
    fc.assert(fc.property(envelopeArb, (envelope) => {
      const decoded = decodeFrame(encodeEnvelope(envelope), envelope.to);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.value.kind).toBe('paxos');
      if (decoded.value.kind !== 'paxos') return;
      expect(normalize(decoded.value.envelope)).toEqual(normalize(envelope));
    }), { numRuns: 2000 });
  });

  it('decodes an Accept\'s commands into their own buffer, not views that would keep the whole frame alive', () => {
    const commands = [Uint8Array.of(1, 2, 3), Uint8Array.of(4)];
    const ballot = { round: 1, node: 0, incarnation: '' };
    const frame = encodeEnvelope({ from: 0, fromIncarnation: '', to: 1, message: { type: 'accept', ballot, slot: 5, value: { kind: 'commands', commands }, commitUpTo: 4 } });
    const decoded = decodeFrame(frame, 1);
    if (!decoded.ok || decoded.value.kind !== 'paxos' || decoded.value.envelope.message.type !== 'accept') throw new Error('not an accept');
    const value = decoded.value.envelope.message.value;
    if (value.kind !== 'commands') throw new Error('not commands');
    expect(value.commands.map((c) => [...c])).toEqual([[1, 2, 3], [4]]);
    expect(value.commands.every((c) => c.buffer !== frame.buffer && c.buffer.byteLength === 4)).toBe(true);
  });

  it('round-trips the node messages (snapshot transfer, forwarding)', () => {
    fc.assert(fc.property(nodeMessageArb, fc.integer({ min: 0, max: 4 }), incarnation, (message, from, inc) => {
      const decoded = decodeFrame(encodeNodeMessage(from, inc, message), 0);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok || decoded.value.kind !== 'node') throw new Error('not a node message');
      expect(decoded.value.from).toBe(from);
      expect(decoded.value.fromIncarnation).toBe(inc);
      expect(normalize(decoded.value.message)).toEqual(normalize(message));
    }), { numRuns: 1000 });
  });

  it('decodes a snapshot chunk sent as prefix + data like the same chunk encoded whole', () => {
    const chunkArb = fc.record({
      snapshotSlot: slotArb, offset: safe, totalBytes: safe, done: fc.boolean(),
      payloadCrc: fc.option(u32, { nil: null }),
      data: fc.oneof(bytes, fc.integer({ min: 0, max: 300_000 }).map((n) => new Uint8Array(n).fill(0xa5))),
    });
    fc.assert(fc.property(chunkArb, fc.integer({ min: 0, max: 4 }), incarnation, ({ data, ...header }, from, inc) => {
      const frame = Buffer.concat([snapshotChunkPrefix(from, inc, header, data.length), data]);
      const decoded = decodeFrame(frame, 0);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok || decoded.value.kind !== 'node') throw new Error('not a node message');
      const whole = decodeFrame(encodeNodeMessage(from, inc, { type: 'snapshotChunk', ...header, data }), 0);
      if (!whole.ok || whole.value.kind !== 'node') throw new Error('not a node message');
      // Compared as Buffers: jest's element-wise walk over 300 KB arrays takes seconds.
      const { data: got, ...gotHeader } = decoded.value.message as Extract<NodeMessage, { type: 'snapshotChunk' }>;
      const { data: expected, ...expectedHeader } = whole.value.message as Extract<NodeMessage, { type: 'snapshotChunk' }>;
      expect({ ...decoded.value, message: gotHeader }).toEqual({ ...whole.value, message: expectedHeader });
      expect(gotHeader).toEqual({ type: 'snapshotChunk', ...header });
      expect(Buffer.from(got).equals(Buffer.from(data)) && Buffer.from(expected).equals(Buffer.from(data))).toBe(true);
    }), { numRuns: 200 });
  });

  it('round-trips every WAL record', () => {
    fc.assert(fc.property(recordArb, (record) => {
      const decoded = decodePersistRecord(encodePersistRecord(record));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(normalize(decoded.value)).toEqual(normalize(record));
    }), { numRuns: 2000 });
  });

  it('writes an accepted batch of commands as the very bytes the protobuf writer makes', () => {
    // Commands up to 300 bytes and batches up to 200 of them: lengths and the value's own
    // length cross the one-, two- and three-byte varint boundaries.
    const batch = fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 200 });
    fc.assert(fc.property(slotArb, ballotArb, batch, (slot, ballot, commands) => {
      const fast = encodePersistRecord({ type: 'accept', slot, ballot, value: { kind: 'commands', commands } });
      const body = PeerProto.AcceptedEntry.encode({ slot, ballot: { ...ballot }, value: { commands } }).finish();
      const reference = Buffer.concat([Buffer.from([2]), body]); // tag 2: accept
      expect(Buffer.from(fast).equals(reference)).toBe(true);
    }), { numRuns: 500 });
  });

  it('turns arbitrary bytes into a typed error or a value, never an exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (frame) => {
      const result = decodeFrame(frame, 0);
      if (!result.ok) expect(result.error).toBeInstanceOf(PeerCodecError);
      const record = decodePersistRecord(frame);
      if (!record.ok) expect(record.error).toBeInstanceOf(PeerCodecError);
    }), { numRuns: 3000 });
  });

  it('reports a truncated frame as MALFORMED_FRAME', () => {
    const frame = encodeEnvelope({
      from: 1, fromIncarnation: 'abcdabcdabcdabcd', to: 0,
      message: { type: 'accept', ballot: { round: 3, node: 1, incarnation: 'x' }, slot: 9, value: { kind: 'noop' }, commitUpTo: 4 },
    });
    const result = decodeFrame(frame.subarray(0, frame.length - 3), 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('MALFORMED_FRAME');
  });

  it('rejects a message the core could not have sent (no ballot, slot 0) as INVALID_MESSAGE', () => {
    const noBallot = PeerProto.PeerEnvelope.encode({ from: 1, accepted: { slot: 3 } }).finish();
    const zeroSlot = PeerProto.PeerEnvelope.encode({ from: 1, accepted: { ballot: { round: 1, node: 1 }, slot: 0 } }).finish();
    for (const frame of [noBallot, zeroSlot]) {
      const result = decodeFrame(frame, 0);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_MESSAGE');
    }
  });

  it('ignores an envelope without a body', () => {
    const result = decodeFrame(PeerProto.PeerEnvelope.encode({ from: 2 }).finish(), 0);
    expect(result.ok && result.value.kind).toBe('ignored');
  });

  it('rejects a WAL record with an unknown tag', () => {
    const result = decodePersistRecord(new Uint8Array([9, 1, 2]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('MALFORMED_RECORD');
  });
});
