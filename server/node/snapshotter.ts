// Snapshots of the applied state: the KV state machine (server/kv snapshot codec), the
// configuration history as of the snapshot's slot, and that slot, in one payload:
//
//   "PXNS" | u32 BE header length | header JSON {"slot","configurations"} | kv snapshot bytes
//
// The kv part carries its own CRC; the snapshot store adds a whole-file CRC on disk.
//
// Memory: a payload is produced in pieces (snapshotPayloadChunks) from a frozen view
// of the state and written piece by piece, so taking a snapshot never holds the whole
// payload in memory; reading one back holds the file's bytes once while decoding.
import type { ConfigurationChange } from '../core/configuration';
import { KvStateMachine, restore, restoreSliced, snapshotStream, type FrozenState } from '../kv';
import type { SnapshotStore } from '../storage';

const MAGIC = Buffer.from('PXNS', 'ascii');

export interface SnapshotContents {
  readonly slot: number;
  readonly configurations: ConfigurationChange[];
  readonly kv: KvStateMachine;
}

export class SnapshotPayloadError extends Error {
  override readonly name = 'SnapshotPayloadError';
}

/** Pieces handed to the snapshot store when the caller names no size: small enough for a moving progress bar. */
const PAYLOAD_CHUNK_BYTES_DEFAULT = 1024 * 1024;

export interface SnapshotPayloadOptions {
  /** About this many bytes per piece. */
  readonly chunkBytes?: number;
  /** See snapshotStream: for a writer done with each piece before it takes the next. */
  readonly reusePieces?: boolean;
}

/** A payload being produced: its exact size, and its bytes in pieces (iterate once). */
export interface SnapshotPayload {
  readonly bytes: number;
  readonly chunks: Iterable<Uint8Array>;
}

/**
 * The payload of a frozen kv state, or of a machine's state as of this call (frozen now),
 * so the node may go on applying while the pieces are produced and written.
 */
export function snapshotPayload(slot: number, configurations: readonly ConfigurationChange[], kv: KvStateMachine | FrozenState,
  { chunkBytes = PAYLOAD_CHUNK_BYTES_DEFAULT, reusePieces = false }: SnapshotPayloadOptions = {}): SnapshotPayload {
  if (kv.appliedSlot !== slot) throw new Error(`snapshot at slot ${slot} of a state applied to ${kv.appliedSlot}`);
  const header = Buffer.from(JSON.stringify({ slot, configurations }), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 4 + header.length);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(header.length, MAGIC.length);
  header.copy(prefix, MAGIC.length + 4);
  const body = snapshotStream(kv, chunkBytes, reusePieces);
  return {
    bytes: prefix.length + body.bytes,
    chunks: (function* payload(): Generator<Uint8Array> {
      yield prefix;
      yield* body.chunks;
    })(),
  };
}

/** Passes `chunks` through, telling `progress` how many bytes were taken so far. */
export function* chunksReporting(chunks: Iterable<Uint8Array>, progress: { update(done: number): void }): Generator<Uint8Array> {
  let done = 0;
  for (const chunk of chunks) {
    yield chunk;
    done += chunk.length;
    progress.update(done);
  }
}

/** The whole payload in one buffer (tests, small states); a node writes the pieces. */
export function encodeSnapshotPayload(slot: number, configurations: readonly ConfigurationChange[], kv: KvStateMachine): Uint8Array {
  return Buffer.concat([...snapshotPayload(slot, configurations, kv).chunks]);
}

/** Throws SnapshotPayloadError (or the kv codec's error) on anything malformed. */
export function decodeSnapshotPayload(bytes: Uint8Array): SnapshotContents {
  const header = decodePayloadHeader(bytes);
  return withState(header, restore(header.kvBytes));
}

/**
 * decodeSnapshotPayload with the state restored `sliceEntries` entries at a time, `pause()`
 * awaited between slices (restoreSliced): for a node that keeps serving while it installs.
 */
export async function decodeSnapshotPayloadSliced(bytes: Uint8Array, sliceEntries: number, pause: () => Promise<void>): Promise<SnapshotContents> {
  const header = decodePayloadHeader(bytes);
  return withState(header, await restoreSliced(header.kvBytes, sliceEntries, pause));
}

interface PayloadHeader {
  readonly slot: number;
  readonly configurations: ConfigurationChange[];
  readonly kvBytes: Uint8Array;
}

function decodePayloadHeader(bytes: Uint8Array): PayloadHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotPayloadError('snapshot payload: bad magic');
  }
  const headerLength = buf.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > buf.length) throw new SnapshotPayloadError('snapshot payload: header runs past the end');
  let header: { slot?: unknown; configurations?: unknown };
  try {
    header = JSON.parse(buf.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as typeof header;
  } catch {
    throw new SnapshotPayloadError('snapshot payload: header is not JSON');
  }
  if (!Number.isSafeInteger(header.slot) || (header.slot as number) < 1 || !Array.isArray(header.configurations)) {
    throw new SnapshotPayloadError('snapshot payload: header lacks slot or configurations');
  }
  const configurations = header.configurations as ConfigurationChange[];
  if (configurations.length === 0 || configurations[0]!.fromSlot !== 1) {
    throw new SnapshotPayloadError('snapshot payload: configuration history must start at slot 1');
  }
  return { slot: header.slot as number, configurations, kvBytes: buf.subarray(headerEnd) };
}

function withState(header: PayloadHeader, kv: KvStateMachine): SnapshotContents {
  if (kv.appliedSlot !== header.slot) {
    throw new SnapshotPayloadError(`snapshot payload: header slot ${header.slot} but state applied to ${kv.appliedSlot}`);
  }
  return { slot: header.slot, configurations: header.configurations, kv };
}

/** Reads the newest valid snapshot, or null when there is none. */
export async function loadLatestSnapshot(store: SnapshotStore): Promise<SnapshotContents | null> {
  const info = await store.latest();
  if (info === null) return null;
  return decodeSnapshotPayload(await store.readAll(info.slot));
}

