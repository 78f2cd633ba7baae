// The edge between the pure core's plain objects and the wire: core Envelopes and
// PeerMessages <-> protobuf PeerEnvelope frames, and the acceptor's PersistRecords <->
// compact WAL payloads.
//
// Decoding never throws on bad input: a frame or record that does not decode, or that
// decodes into something the core could not have sent (no body, a ballot missing, a
// slot of 0 where one is required), is a typed PeerCodecError result. Only the node's
// own programming errors (encoding a message of unknown type) throw.
import { packCommands } from '../core/packed-commands';
// The protobuf varint and the kv snapshot's LEB128 are one encoding: one size helper.
import { varintBytes, writeVarint } from '../kv/binary';
import { PeerProto, type PeerTypes } from './protobuf';
import type {
  Ballot, ChosenEntry, AcceptedEntry, Configuration, Envelope, PeerMessage, PersistRecord, SlotValue,
} from '../core/types';

type BallotProps = PeerTypes.peer.Ballot.$Properties;
type SlotValueProps = PeerTypes.peer.SlotValue.$Properties;
type EnvelopeProps = PeerTypes.peer.PeerEnvelope.$Properties;
export type PeerEnvelopeMessage = PeerTypes.peer.PeerEnvelope;

export type PeerCodecErrorCode = 'MALFORMED_FRAME' | 'INVALID_MESSAGE' | 'MALFORMED_RECORD';

/** A frame or record that cannot be turned into a core value. Returned, never thrown. */
export class PeerCodecError extends Error {
  override readonly name = 'PeerCodecError';
  constructor(readonly code: PeerCodecErrorCode, message: string) {
    super(message);
  }
}

export type CodecResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PeerCodecError };

/** Non-Paxos bodies the node handles itself (snapshot transfer, client forwarding). */
export type NodeMessage =
  | { readonly type: 'snapshotRequest'; readonly snapshotSlot: number; readonly offset: number }
  | {
      readonly type: 'snapshotChunk'; readonly snapshotSlot: number; readonly offset: number;
      readonly totalBytes: number; readonly data: Uint8Array; readonly done: boolean;
      /** crc32c of the sender's whole payload; null from a sender that does not say. */
      readonly payloadCrc: number | null;
    }
  | { readonly type: 'forward'; readonly forwardId: number; readonly request: Uint8Array }
  | { readonly type: 'forwardReply'; readonly forwardId: number; readonly response: Uint8Array };

/** What one decoded PeerEnvelope carries for the node. */
export type Inbound =
  | { readonly kind: 'paxos'; readonly envelope: Envelope }
  | { readonly kind: 'node'; readonly from: number; readonly fromIncarnation: string; readonly message: NodeMessage }
  /** A Hello after the handshake, or a body this version does not know: ignore it. */
  | { readonly kind: 'ignored'; readonly from: number; readonly reason: string };

// ------------------------------------------------------------------ encoding

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return PeerProto.PeerEnvelope.encode(envelopeToProto(envelope)).finish();
}

export function encodeNodeMessage(from: number, fromIncarnation: string, message: NodeMessage): Uint8Array {
  const props: EnvelopeProps = { from, fromIncarnation };
  switch (message.type) {
    case 'snapshotRequest':
      props.snapshotRequest = { snapshotSlot: message.snapshotSlot, offset: message.offset };
      break;
    case 'snapshotChunk':
      props.snapshotChunk = {
        snapshotSlot: message.snapshotSlot, offset: message.offset, totalBytes: message.totalBytes,
        data: message.data, done: message.done, payloadCrc: message.payloadCrc,
      };
      break;
    case 'forward':
      props.forward = { forwardId: message.forwardId, request: message.request };
      break;
    case 'forwardReply':
      props.forwardReply = { forwardId: message.forwardId, response: message.response };
      break;
  }
  return PeerProto.PeerEnvelope.encode(props).finish();
}

/** A SnapshotChunk without its data. */
export type SnapshotChunkHeader = Omit<Extract<NodeMessage, { type: 'snapshotChunk' }>, 'type' | 'data'>;

// Wire tags (field number << 3 | wire type 2, length-delimited) of PeerEnvelope.snapshot_chunk
// and SnapshotChunk.data; see proto/paxos.proto.
const SNAPSHOT_CHUNK_FIELD_TAG = (21 << 3) | 2;
const SNAPSHOT_CHUNK_DATA_TAG = (4 << 3) | 2;

/**
 * The bytes of a PeerEnvelope carrying a SnapshotChunk of `dataLength` bytes, up to where
 * the data begins: the frame is this prefix followed by the data. A chunk's bytes can so be
 * read from disk straight into the frame, not copied through the protobuf writer several
 * times (it was most of a sender's work). `data` comes last in the chunk, after the fields
 * that follow it in the schema: protobuf accepts fields in any order, and every decoder
 * sees the message encodeNodeMessage would give.
 */
export function snapshotChunkPrefix(from: number, fromIncarnation: string, chunk: SnapshotChunkHeader, dataLength: number): Uint8Array {
  const fields = {
    snapshotSlot: chunk.snapshotSlot, offset: chunk.offset, totalBytes: chunk.totalBytes, done: chunk.done, payloadCrc: chunk.payloadCrc,
  };
  const fieldBytes = PeerProto.SnapshotChunk.encode(fields).finish().length;
  const writer = PeerProto.PeerEnvelope.encode({ from, fromIncarnation });
  writer.uint32(SNAPSHOT_CHUNK_FIELD_TAG).uint32(fieldBytes + 1 + varintBytes(dataLength) + dataLength);
  PeerProto.SnapshotChunk.encode(fields, writer);
  writer.uint32(SNAPSHOT_CHUNK_DATA_TAG).uint32(dataLength);
  return writer.finish();
}

export function envelopeToProto(envelope: Envelope): EnvelopeProps {
  const props: EnvelopeProps = { from: envelope.from, fromIncarnation: envelope.fromIncarnation };
  const m = envelope.message;
  switch (m.type) {
    case 'prepare':
      props.prepare = { ballot: ballotToProto(m.ballot), fromSlot: m.fromSlot, pageFrom: m.pageFrom };
      break;
    case 'promise':
      props.promise = {
        ballot: ballotToProto(m.ballot), fromSlot: m.fromSlot, accepted: m.accepted.map(acceptedToProto),
        chosenUpTo: m.chosenUpTo, truncated: m.truncated, pageFrom: m.pageFrom, nextPageFrom: m.nextPageFrom,
      };
      break;
    case 'accept':
      props.accept = { ballot: ballotToProto(m.ballot), slot: m.slot, value: valueToProto(m.value), commitUpTo: m.commitUpTo };
      break;
    case 'accepted':
      props.accepted = { ballot: ballotToProto(m.ballot), slot: m.slot };
      break;
    case 'rejected':
      props.rejected = { ballot: ballotToProto(m.ballot), promised: ballotToProto(m.promised), slot: m.slot };
      break;
    case 'commit':
      props.commit = { ballot: ballotToProto(m.ballot), commitUpTo: m.commitUpTo };
      break;
    case 'heartbeat':
      props.heartbeat = { ballot: ballotToProto(m.ballot), commitUpTo: m.commitUpTo, readRound: m.readRound };
      break;
    case 'heartbeatReply':
      props.heartbeatReply = { ballot: ballotToProto(m.ballot), readRound: m.readRound, chosenUpTo: m.chosenUpTo };
      break;
    case 'catchUpRequest':
      props.catchUpRequest = { fromSlot: m.fromSlot, maxEntries: m.maxEntries };
      break;
    case 'catchUpReply':
      props.catchUpReply = {
        entries: m.entries.map(chosenToProto), snapshotNeeded: m.snapshotNeeded, snapshotSlot: m.snapshotSlot,
        chosenUpTo: m.chosenUpTo,
      };
      break;
    default:
      throw new Error(`peer-codec: unknown message type ${(m as { type: string }).type}`);
  }
  return props;
}

function ballotToProto(b: Ballot): BallotProps {
  return { round: b.round, node: b.node, incarnation: b.incarnation };
}

function valueToProto(v: SlotValue): SlotValueProps {
  switch (v.kind) {
    case 'noop': return { noop: true };
    case 'commands': return { commands: [...v.commands] };
    case 'configuration': return { configuration: configurationToProto(v.configuration) };
  }
}

function configurationToProto(c: Configuration): PeerTypes.peer.Configuration.$Properties {
  return { epoch: c.epoch, members: c.incarnations.map((incarnation) => ({ name: '', incarnation })) };
}

function acceptedToProto(e: AcceptedEntry): PeerTypes.peer.AcceptedEntry.$Properties {
  return { slot: e.slot, ballot: ballotToProto(e.ballot), value: valueToProto(e.value) };
}

function chosenToProto(e: ChosenEntry): PeerTypes.peer.ChosenEntry.$Properties {
  return { slot: e.slot, value: valueToProto(e.value) };
}

// ------------------------------------------------------------------ decoding

/** Decodes one /peer frame addressed to `selfIndex`. */
export function decodeFrame(frame: Uint8Array, selfIndex: number): CodecResult<Inbound> {
  let decoded: PeerEnvelopeMessage;
  try {
    decoded = PeerProto.PeerEnvelope.decode(frame);
  } catch (error) {
    return fail('MALFORMED_FRAME', `undecodable PeerEnvelope (${frame.length} bytes): ${describe(error)}`);
  }
  return fromProto(decoded, selfIndex);
}

/** Converts an already decoded PeerEnvelope (the transport decodes frames) addressed to `selfIndex`. */
export function fromProto(pe: PeerEnvelopeMessage, selfIndex: number): CodecResult<Inbound> {
  try {
    return { ok: true, value: inbound(pe, selfIndex) };
  } catch (error) {
    if (error instanceof PeerCodecError) return { ok: false, error };
    return fail('INVALID_MESSAGE', describe(error));
  }
}

function inbound(pe: PeerEnvelopeMessage, to: number): Inbound {
  const from = uint(pe.from, 'from');
  const fromIncarnation = pe.fromIncarnation ?? '';
  const paxos = (message: PeerMessage): Inbound => ({ kind: 'paxos', envelope: { from, fromIncarnation, to, message } });
  const node = (message: NodeMessage): Inbound => ({ kind: 'node', from, fromIncarnation, message });
  switch (pe.body) {
    case 'prepare': {
      const m = pe.prepare!;
      return paxos({ type: 'prepare', ballot: ballot(m.ballot), fromSlot: slot(m.fromSlot, 'fromSlot'), pageFrom: uint(m.pageFrom, 'pageFrom') });
    }
    case 'promise': {
      const m = pe.promise!;
      return paxos({
        type: 'promise', ballot: ballot(m.ballot), fromSlot: slot(m.fromSlot, 'fromSlot'),
        accepted: (m.accepted ?? []).map(acceptedFromProto), chosenUpTo: uint(m.chosenUpTo, 'chosenUpTo'),
        truncated: m.truncated === true, pageFrom: uint(m.pageFrom, 'pageFrom'), nextPageFrom: uint(m.nextPageFrom, 'nextPageFrom'),
      });
    }
    case 'accept': {
      const m = pe.accept!;
      return paxos({
        type: 'accept', ballot: ballot(m.ballot), slot: slot(m.slot, 'slot'), value: value(m.value),
        commitUpTo: uint(m.commitUpTo, 'commitUpTo'),
      });
    }
    case 'accepted': {
      const m = pe.accepted!;
      return paxos({ type: 'accepted', ballot: ballot(m.ballot), slot: slot(m.slot, 'slot') });
    }
    case 'rejected': {
      const m = pe.rejected!;
      return paxos({ type: 'rejected', ballot: ballot(m.ballot), promised: ballot(m.promised), slot: uint(m.slot, 'slot') });
    }
    case 'commit': {
      const m = pe.commit!;
      return paxos({ type: 'commit', ballot: ballot(m.ballot), commitUpTo: uint(m.commitUpTo, 'commitUpTo') });
    }
    case 'heartbeat': {
      const m = pe.heartbeat!;
      return paxos({
        type: 'heartbeat', ballot: ballot(m.ballot), commitUpTo: uint(m.commitUpTo, 'commitUpTo'),
        readRound: uint(m.readRound, 'readRound'),
      });
    }
    case 'heartbeatReply': {
      const m = pe.heartbeatReply!;
      return paxos({
        type: 'heartbeatReply', ballot: ballot(m.ballot), readRound: uint(m.readRound, 'readRound'),
        chosenUpTo: uint(m.chosenUpTo, 'chosenUpTo'),
      });
    }
    case 'catchUpRequest': {
      const m = pe.catchUpRequest!;
      return paxos({ type: 'catchUpRequest', fromSlot: slot(m.fromSlot, 'fromSlot'), maxEntries: uint(m.maxEntries, 'maxEntries') });
    }
    case 'catchUpReply': {
      const m = pe.catchUpReply!;
      return paxos({
        type: 'catchUpReply', entries: (m.entries ?? []).map(chosenFromProto), snapshotNeeded: m.snapshotNeeded === true,
        snapshotSlot: uint(m.snapshotSlot, 'snapshotSlot'), chosenUpTo: uint(m.chosenUpTo, 'chosenUpTo'),
      });
    }
    case 'snapshotRequest': {
      const m = pe.snapshotRequest!;
      return node({ type: 'snapshotRequest', snapshotSlot: slot(m.snapshotSlot, 'snapshotSlot'), offset: uint(m.offset, 'offset') });
    }
    case 'snapshotChunk': {
      const m = pe.snapshotChunk!;
      return node({
        type: 'snapshotChunk', snapshotSlot: slot(m.snapshotSlot, 'snapshotSlot'), offset: uint(m.offset, 'offset'),
        totalBytes: uint(m.totalBytes, 'totalBytes'), data: m.data ?? new Uint8Array(0), done: m.done === true,
        payloadCrc: m.payloadCrc ?? null,
      });
    }
    case 'forward': {
      const m = pe.forward!;
      return node({ type: 'forward', forwardId: uint(m.forwardId, 'forwardId'), request: m.request ?? new Uint8Array(0) });
    }
    case 'forwardReply': {
      const m = pe.forwardReply!;
      return node({ type: 'forwardReply', forwardId: uint(m.forwardId, 'forwardId'), response: m.response ?? new Uint8Array(0) });
    }
    case 'hello':
      return { kind: 'ignored', from, reason: 'Hello after the handshake' };
    default:
      return { kind: 'ignored', from, reason: 'envelope without a known body' };
  }
}

function ballot(b: BallotProps | null | undefined): Ballot {
  if (b == null) throw invalid('ballot missing');
  return { round: uint(b.round, 'ballot.round'), node: uint(b.node, 'ballot.node'), incarnation: b.incarnation ?? '' };
}

function value(v: SlotValueProps | null | undefined): SlotValue {
  if (v == null) throw invalid('slot value missing');
  const kinds = (v.noop === true ? 1 : 0) + (v.configuration != null ? 1 : 0) + ((v.commands?.length ?? 0) > 0 ? 1 : 0);
  if (kinds > 1) throw invalid('slot value holds more than one kind');
  if (v.noop === true) return { kind: 'noop' };
  if (v.configuration != null) {
    const c = v.configuration;
    return {
      kind: 'configuration',
      configuration: { epoch: uint(c.epoch, 'configuration.epoch'), incarnations: (c.members ?? []).map((m) => m.incarnation ?? '') },
    };
  }
  // Views into the frame would keep the whole frame alive as long as the log keeps them.
  return { kind: 'commands', commands: packCommands(v.commands ?? [], Buffer.allocUnsafeSlow) };
}

function acceptedFromProto(e: PeerTypes.peer.AcceptedEntry.$Properties): AcceptedEntry {
  return { slot: slot(e.slot, 'accepted.slot'), ballot: ballot(e.ballot), value: value(e.value) };
}

function chosenFromProto(e: PeerTypes.peer.ChosenEntry.$Properties): ChosenEntry {
  return { slot: slot(e.slot, 'entry.slot'), value: value(e.value) };
}

function uint(n: number | null | undefined, field: string): number {
  const v = n ?? 0;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalid(`${field} is not a safe non-negative integer`);
  return v;
}

/** Slots start at 1. */
function slot(n: number | null | undefined, field: string): number {
  const v = uint(n, field);
  if (v === 0) throw invalid(`${field} must be at least 1`);
  return v;
}

function invalid(message: string): PeerCodecError {
  return new PeerCodecError('INVALID_MESSAGE', message);
}

function fail<T>(code: PeerCodecErrorCode, message: string): CodecResult<T> {
  return { ok: false, error: new PeerCodecError(code, message) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ------------------------------------------------------------------ WAL records
//
// One WAL payload = one tag byte, then a protobuf message:
//   1 promise: Ballot   2 accept: AcceptedEntry   3 commit: Commit (commit_up_to only)

const TAG_PROMISE = 1;
const TAG_ACCEPT = 2;
const TAG_COMMIT = 3;

/** AcceptedEntry.value (field 3) and SlotValue.commands (field 2), both length-delimited. */
const ACCEPTED_VALUE_TAG = (3 << 3) | 2;
const SLOT_VALUE_COMMANDS_TAG = (2 << 3) | 2;

export function encodePersistRecord(record: PersistRecord): Uint8Array {
  if (record.type === 'accept' && record.value.kind === 'commands') return encodeCommandsAcceptRecord(record.slot, record.ballot, record.value.commands);
  let tag: number;
  let body: Uint8Array;
  switch (record.type) {
    case 'promise':
      tag = TAG_PROMISE;
      body = PeerProto.Ballot.encode(ballotToProto(record.ballot)).finish();
      break;
    case 'accept':
      tag = TAG_ACCEPT;
      body = PeerProto.AcceptedEntry.encode(acceptedToProto(record)).finish();
      break;
    case 'commit':
      tag = TAG_COMMIT;
      body = PeerProto.Commit.encode({ commitUpTo: record.upTo }).finish();
      break;
    default:
      throw new Error(`peer-codec: unknown record type ${(record as { type: string }).type}`);
  }
  const out = new Uint8Array(body.length + 1);
  out[0] = tag;
  out.set(body, 1);
  return out;
}

/**
 * The record of an accepted batch of commands, every slot's on every node: the bytes the
 * protobuf writer makes, with each command copied once straight into the record (the
 * writer copied a slot's commands three times over, most of the work for large values).
 * protobufjs encodes the small head (slot, ballot); the value's fields follow by hand.
 */
function encodeCommandsAcceptRecord(slot: number, ballot: Ballot, commands: readonly Uint8Array[]): Uint8Array {
  const head = PeerProto.AcceptedEntry.encode({ slot, ballot: ballotToProto(ballot) }).finish();
  let valueBytes = 0;
  for (const command of commands) valueBytes += 1 + varintBytes(command.length) + command.length;
  const out = Buffer.allocUnsafe(1 + head.length + 1 + varintBytes(valueBytes) + valueBytes);
  out[0] = TAG_ACCEPT;
  out.set(head, 1);
  let at = 1 + head.length;
  out[at++] = ACCEPTED_VALUE_TAG;
  at = writeVarint(out, at, valueBytes);
  for (const command of commands) {
    out[at++] = SLOT_VALUE_COMMANDS_TAG;
    at = writeVarint(out, at, command.length);
    out.set(command, at);
    at += command.length;
  }
  if (at !== out.length) throw new Error(`peer-codec: accept record of ${out.length} bytes filled to ${at}`);
  return out;
}

export function decodePersistRecord(bytes: Uint8Array): CodecResult<PersistRecord> {
  if (bytes.length === 0) return fail('MALFORMED_RECORD', 'empty WAL record');
  const body = bytes.subarray(1);
  try {
    switch (bytes[0]) {
      case TAG_PROMISE:
        return { ok: true, value: { type: 'promise', ballot: ballot(PeerProto.Ballot.decode(body)) } };
      case TAG_ACCEPT: {
        const e = acceptedFromProto(PeerProto.AcceptedEntry.decode(body));
        return { ok: true, value: { type: 'accept', slot: e.slot, ballot: e.ballot, value: e.value } };
      }
      case TAG_COMMIT:
        return { ok: true, value: { type: 'commit', upTo: uint(PeerProto.Commit.decode(body).commitUpTo, 'upTo') } };
      default:
        return fail('MALFORMED_RECORD', `unknown WAL record tag ${bytes[0]}`);
    }
  } catch (error) {
    return fail('MALFORMED_RECORD', `undecodable WAL record: ${describe(error)}`);
  }
}
