// Snapshot format of the key-value state machine: compact, deterministic (equal states
// give equal bytes on every replica), self-checking. restore() validates everything and
// throws SnapshotFormatError with the offset of the problem; it never trusts a length.
//
// Version 1, all integers unsigned LEB128 varints unless noted:
//   magic        4 bytes "PXKV"
//   version      u8 = 1
//   appliedSlot
//   limits       keyBytesMax valueBytesMax clientIdBytesMax sessionsMax sessionReplyBytesMax
//   entryCount   then per entry, keys strictly increasing in UTF-8 byte order:
//                keyLength key(UTF-8) valueLength value
//   sessionCount then per session, least recently used first:
//                idLength id(UTF-8) lastSeq lastSlot replyKind(u8)
//                replyKind 0: reply dropped
//                replyKind 1: write  flags(u8: 1 ok, 2 existed, 4 found) valueLength value
//                replyKind 2: error  codeLength code messageLength message
//   crc          u32 little-endian: CRC-32 (IEEE) of every byte before it
// The image index is not stored: restore rebuilds it from the `img/` entries.
//
// serializeChunks() yields the same bytes in pieces of about `chunkBytes`, for writing
// to disk or sending to a peer without one large buffer. It encodes a frozen state
// (state-freeze.ts: two references per key; the exact size is a counter kept as the
// state changes), so the machine may go on applying while the pieces are produced and
// written.
import { isKvErrorCode } from './errors';
import { ByteReader, ByteWriter, crc32, SnapshotFormatError } from './binary';
import { resolveLimits, type KvLimits } from './limits';
import type { ApplyResult } from './results';
import type { SessionRecord } from './sessions';
import { KvStateMachine, type FrozenState } from './state-machine';

export { SnapshotFormatError };

const MAGIC = Uint8Array.from([0x50, 0x58, 0x4b, 0x56]); // "PXKV"
export const SNAPSHOT_VERSION = 1;
const CRC_BYTES = 4;
const LIMIT_NAMES = ['keyBytesMax', 'valueBytesMax', 'clientIdBytesMax', 'sessionsMax', 'sessionReplyBytesMax'] as const;

const REPLY_DROPPED = 0;
const REPLY_WRITE = 1;
const REPLY_ERROR = 2;
const FLAG_OK = 1;
const FLAG_EXISTED = 2;
const FLAG_FOUND = 4;
/** Error codes and messages are short; this bounds what restore will read for one. */
const ERROR_TEXT_BYTES_MAX = 4096;

export const SNAPSHOT_CHUNK_BYTES_DEFAULT = 64 * 1024;

/** The whole snapshot in one buffer. */
export function serialize(machine: KvStateMachine): Uint8Array {
  return Buffer.concat([...serializeChunks(machine)]);
}

/** A snapshot of one moment: its exact size, and its bytes in pieces of about chunkBytes. */
export interface SnapshotStream {
  readonly bytes: number;
  /** Iterate once; later applies to the machine do not change what it yields. */
  readonly chunks: Generator<Uint8Array>;
}

/**
 * The snapshot of a frozen state, or of a machine's state as of this call (frozen in one
 * go); see SnapshotStream. `reusePieces`: every
 * piece is a view of one buffer that the next piece overwrites, for a consumer done with
 * each piece before it asks for the next (a file writer). A fresh buffer per piece would
 * churn hundreds of MiB through malloc per snapshot of a large state, and the process
 * keeps much of that resident long after.
 */
export function snapshotStream(source: KvStateMachine | FrozenState, chunkBytes = SNAPSHOT_CHUNK_BYTES_DEFAULT,
  reusePieces = false): SnapshotStream {
  const state = source instanceof KvStateMachine ? source.freeze() : source;
  const head = new ByteWriter(64);
  head.bytes(MAGIC);
  head.u8(SNAPSHOT_VERSION);
  head.varint(state.appliedSlot);
  for (const name of LIMIT_NAMES) head.varint(state.limits[name]);
  head.varint(state.count);
  // Sessions are few (sessionsMax) and small: encode them now.
  const tail = new ByteWriter(4096);
  tail.varint(state.sessions.length);
  for (const session of state.sessions) writeSession(tail, session);
  const bytes = head.size + state.entryBytes + tail.size + CRC_BYTES;
  return { bytes, chunks: frozenChunks(head.take(), state, tail.take(), bytes, chunkBytes, reusePieces) };
}

/** The snapshot of the state as of this call, in pieces; their concatenation is serialize(machine). */
export function serializeChunks(machine: KvStateMachine, chunkBytes = SNAPSHOT_CHUNK_BYTES_DEFAULT): Generator<Uint8Array> {
  return snapshotStream(machine, chunkBytes).chunks;
}

function* frozenChunks(head: Uint8Array, state: FrozenState, tail: Uint8Array, bytes: number, chunkBytes: number,
  reusePieces: boolean): Generator<Uint8Array> {
  const writer = new ByteWriter(Math.max(64, chunkBytes));
  let crc = 0;
  let written = 0;
  function* flush(): Generator<Uint8Array> {
    if (writer.size === 0) return;
    const piece = reusePieces ? writer.takeView() : writer.take();
    crc = crc32(piece, crc);
    written += piece.byteLength;
    yield piece;
  }
  writer.bytes(head);
  const { keys, values } = state;
  for (let s = 0; s < keys.length; s++) {
    const segmentKeys = keys[s]!;
    const segmentValues = values[s]!;
    for (let i = 0; i < segmentKeys.length; i++) {
      writer.string(segmentKeys[i]!);
      writer.byteString(segmentValues[i]!);
      if (writer.size >= chunkBytes) yield* flush();
    }
  }
  writer.bytes(tail);
  yield* flush();
  // The size came from a counter kept as the state changed: a mismatch is a bug, and
  // would announce a snapshot transfer or file of the wrong size.
  if (written + CRC_BYTES !== bytes) throw new Error(`snapshot: wrote ${written + CRC_BYTES} bytes, counted ${bytes}`);
  writer.u32le(crc);
  yield reusePieces ? writer.takeView() : writer.take();
}

function writeSession(writer: ByteWriter, session: SessionRecord): void {
  writer.string(session.clientId);
  writer.varint(session.lastSeq);
  writer.varint(session.lastSlot);
  const reply = session.reply;
  if (reply === null) {
    writer.u8(REPLY_DROPPED);
  } else if (reply.error === null) {
    const { ok, existed, found, value } = reply.write;
    writer.u8(REPLY_WRITE);
    writer.u8((ok ? FLAG_OK : 0) | (existed ? FLAG_EXISTED : 0) | (found ? FLAG_FOUND : 0));
    writer.lengthPrefixed(value);
  } else {
    writer.u8(REPLY_ERROR);
    writer.string(reply.error.code);
    writer.string(reply.error.message);
  }
}

/** Parses and validates a snapshot; throws SnapshotFormatError on any defect. */
export function restore(bytes: Uint8Array): KvStateMachine {
  const steps = restoreSteps(bytes, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * restore() in slices of `sliceEntries` entries with `pause()` awaited between them, so
 * that a node installing a large snapshot goes on answering its peers: in one go a million
 * keys stopped its event loop for 2.4 s.
 */
export async function restoreSliced(bytes: Uint8Array, sliceEntries: number, pause: () => Promise<void>): Promise<KvStateMachine> {
  const steps = restoreSteps(bytes, sliceEntries);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}

/** The restore, yielding after every `sliceEntries` entries; returns the machine. */
function* restoreSteps(bytes: Uint8Array, sliceEntries: number): Generator<undefined, KvStateMachine> {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotFormatError('snapshot: not bytes');
  const headerBytes = MAGIC.length + 1;
  if (bytes.byteLength < headerBytes + CRC_BYTES) throw new SnapshotFormatError(`snapshot: ${bytes.byteLength} bytes is too short`);
  if (MAGIC.some((byte, i) => bytes[i] !== byte)) throw new SnapshotFormatError('snapshot: bad magic (not a paxoskv kv snapshot)');
  const version = bytes[MAGIC.length];
  if (version !== SNAPSHOT_VERSION) throw new SnapshotFormatError(`snapshot: unsupported version ${version}`);
  const bodyEnd = bytes.byteLength - CRC_BYTES;
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bodyEnd, true);
  const computed = crc32(bytes.subarray(0, bodyEnd));
  if (stored !== computed) throw new SnapshotFormatError(`snapshot: crc mismatch (stored ${stored}, computed ${computed})`);

  const reader = new ByteReader(bytes, headerBytes, bodyEnd);
  const appliedSlot = reader.varint('applied slot');
  const limits = readLimits(reader);
  let machine: KvStateMachine;
  try {
    // Entries go straight into the machine: no array of a million pairs in between.
    const restoring = KvStateMachine.restoring(limits, appliedSlot);
    const count = reader.varint('entry count');
    for (let i = 0; i < count; i++) {
      const key = reader.string(`key ${i}`, limits.keyBytesMax);
      // A copy: a view would pin the whole snapshot buffer for as long as any value lives.
      restoring.add(key, reader.byteString(`value ${i}`, limits.valueBytesMax));
      if ((i + 1) % sliceEntries === 0) yield;
    }
    machine = restoring.finish(readSessions(reader, limits));
  } catch (error) {
    // The reader's own errors as they are; what the machine refuses is an inconsistent state.
    if (error instanceof SnapshotFormatError) throw error;
    throw new SnapshotFormatError(`snapshot: inconsistent state: ${(error as Error).message}`);
  }
  if (!reader.atEnd) reader.fail('end', 'trailing bytes before the crc');
  return machine;
}

function readLimits(reader: ByteReader): KvLimits {
  const values: Partial<Record<(typeof LIMIT_NAMES)[number], number>> = {};
  for (const name of LIMIT_NAMES) values[name] = reader.varint(`limit ${name}`);
  try {
    return resolveLimits(values);
  } catch (error) {
    return reader.fail('limits', (error as Error).message);
  }
}

function* readSessions(reader: ByteReader, limits: KvLimits): Generator<SessionRecord> {
  const count = reader.varint('session count', limits.sessionsMax);
  for (let i = 0; i < count; i++) {
    const clientId = reader.string(`session ${i} client id`, limits.clientIdBytesMax);
    const lastSeq = reader.varint(`session ${i} seq`);
    const lastSlot = reader.varint(`session ${i} slot`);
    yield { clientId, lastSeq, lastSlot, reply: readReply(reader, `session ${i} reply`, limits) };
  }
}

function readReply(reader: ByteReader, what: string, limits: KvLimits): ApplyResult | null {
  const kind = reader.u8(what);
  if (kind === REPLY_DROPPED) return null;
  if (kind === REPLY_WRITE) {
    const flags = reader.u8(`${what} flags`);
    if (flags > (FLAG_OK | FLAG_EXISTED | FLAG_FOUND)) reader.fail(`${what} flags`, `unknown flags ${flags}`);
    const value = Buffer.from(reader.lengthPrefixed(`${what} value`, limits.valueBytesMax));
    const write = { ok: (flags & FLAG_OK) !== 0, existed: (flags & FLAG_EXISTED) !== 0, found: (flags & FLAG_FOUND) !== 0, value };
    return { error: null, write };
  }
  if (kind === REPLY_ERROR) {
    const code = reader.string(`${what} code`, ERROR_TEXT_BYTES_MAX);
    if (!isKvErrorCode(code)) reader.fail(`${what} code`, `unknown error code ${code}`);
    const message = reader.string(`${what} message`, ERROR_TEXT_BYTES_MAX);
    return { error: { code, message }, write: null };
  }
  return reader.fail(what, `unknown reply kind ${kind}`);
}
