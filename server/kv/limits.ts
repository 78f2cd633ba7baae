// Limits of the key-value layer and the validation both sides run: the gateway calls
// validateCommand() before proposing (fail fast, nothing enters the log), and the state
// machine runs the very same checks again when it applies a command, answering an error
// result instead of throwing, so a bad command that reached the log anyway (an older
// gateway, a bug, a hand-made client) can never crash or fork a replica.
//
// The limits are *replicated constants*: every replica must apply with the same values
// or they could answer differently. A snapshot records the limits it was built with and
// restore() adopts them.
import type { paxoskv } from '../../proto/gen/client';
import { kvError, type KvError } from './errors';
import { IMAGE_INDEX_DISTANCE_MAX } from './image-index';
import { encodeImageRecord, IMAGE_KEY_PREFIX, isPhash, isSha256 } from './image-record';

export interface KvLimits {
  /** Longest key in UTF-8 bytes (KEY_TOO_LARGE). */
  readonly keyBytesMax: number;
  /** Longest value in bytes, after an append too, and of an image record (VALUE_TOO_LARGE). */
  readonly valueBytesMax: number;
  /** Longest client id in UTF-8 bytes (INVALID_COMMAND). */
  readonly clientIdBytesMax: number;
  /** Most client sessions held; the least recently used (by slot) is evicted beyond it. */
  readonly sessionsMax: number;
  /** Most reply bytes held by all sessions together; older replies are dropped beyond it. */
  readonly sessionReplyBytesMax: number;
}

export const DEFAULT_KV_LIMITS: Readonly<KvLimits> = Object.freeze({
  keyBytesMax: 1024,
  valueBytesMax: 1024 * 1024,
  clientIdBytesMax: 128,
  sessionsMax: 10_000,
  sessionReplyBytesMax: 64 * 1024 * 1024,
});

/** `keys` answers at most this many keys when the request names no limit (0). */
export const KEYS_LIMIT_DEFAULT = 1000;
/** `keys` never answers more than this many keys, whatever the request asks. */
export const KEYS_LIMIT_MAX = 10_000;
/** Largest Hamming distance an image query may ask for (what the index supports). */
export const IMAGE_DISTANCE_MAX = IMAGE_INDEX_DISTANCE_MAX;
/** An image query answers at most this many matches (nearest first). */
export const IMAGE_MATCHES_MAX = 100;

/** `img/` and 16 hex digits. */
const IMAGE_KEY_BYTES = IMAGE_KEY_PREFIX.length + 16;

/** A largest sane value for any limit: Buffer lengths and varints stay in range. */
const LIMIT_CEILING = 2 ** 31 - 1;

/** Fills in defaults and checks the result; a nonsensical limit is a programmer error. */
export function resolveLimits(overrides: Partial<KvLimits> = {}): KvLimits {
  const limits: KvLimits = { ...DEFAULT_KV_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1 || value > LIMIT_CEILING) {
      throw new Error(`kv limit ${name} must be an integer in 1..${LIMIT_CEILING}, got ${String(value)}`);
    }
  }
  if (limits.keyBytesMax < IMAGE_KEY_BYTES) {
    throw new Error(`kv limit keyBytesMax must be at least ${IMAGE_KEY_BYTES} (an image key)`);
  }
  if (limits.sessionReplyBytesMax < limits.valueBytesMax) {
    throw new Error('kv limit sessionReplyBytesMax must be at least valueBytesMax (one reply must fit)');
  }
  return Object.freeze(limits);
}

/**
 * A key is any non-empty string of at most keyBytesMax UTF-8 bytes without control
 * characters (C0, DEL, C1) and without unpaired UTF-16 surrogates (which UTF-8 cannot
 * carry, so the key would not survive a snapshot unchanged). '/' is allowed: keys are
 * URL path segments and travel percent-encoded.
 */
export function validateKey(key: unknown, limits: KvLimits = DEFAULT_KV_LIMITS): KvError | null {
  if (typeof key !== 'string' || key.length === 0) return kvError('INVALID_KEY', 'key must be a non-empty string');
  // UTF-16 length ≤ UTF-8 length, and UTF-8 length ≤ 3 × UTF-16 length: cheap bounds first.
  if (key.length > limits.keyBytesMax) return keyTooLarge(limits);
  const problem = keyCharacterProblem(key);
  if (problem !== null) return kvError('INVALID_KEY', problem);
  if (key.length * 3 > limits.keyBytesMax && Buffer.byteLength(key, 'utf8') > limits.keyBytesMax) {
    return keyTooLarge(limits);
  }
  return null;
}

function keyTooLarge(limits: KvLimits): KvError {
  return kvError('KEY_TOO_LARGE', `key exceeds ${limits.keyBytesMax} bytes`);
}

function keyCharacterProblem(key: string): string | null {
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return `key contains control character at ${i}`;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < key.length ? key.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return `key contains an unpaired surrogate at ${i}`;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return `key contains an unpaired surrogate at ${i}`;
    }
  }
  return null;
}

export type OperationName = 'set' | 'del' | 'append' | 'cas' | 'imageSet';
const OPERATION_NAMES: readonly OperationName[] = ['set', 'del', 'append', 'cas', 'imageSet'];

/** The one operation a command carries, or null when it carries none or several. */
export function commandOperation(command: paxoskv.client.IKvCommand): OperationName | null {
  let found: OperationName | null = null;
  for (const name of OPERATION_NAMES) {
    if (command[name] == null) continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}

/** Everything the gateway checks before proposing: null if the command may be proposed. */
export function validateCommand(command: paxoskv.client.IKvCommand, limits: KvLimits = DEFAULT_KV_LIMITS): KvError | null {
  return validateSessionFields(command, limits) ?? validateOperation(command, limits);
}

/**
 * client_id '' means "no session": the command is applied without exactly-once
 * protection and seq is ignored. Otherwise seq counts from 1 (see sessions.ts).
 */
export function validateSessionFields(command: paxoskv.client.IKvCommand, limits: KvLimits = DEFAULT_KV_LIMITS): KvError | null {
  if (typeof command !== 'object' || command === null) return kvError('INVALID_COMMAND', 'command must be an object');
  const clientId = command.clientId ?? '';
  if (typeof clientId !== 'string') return kvError('INVALID_COMMAND', 'client_id must be a string');
  if (clientId === '') return null;
  if (keyCharacterProblem(clientId) !== null || Buffer.byteLength(clientId, 'utf8') > limits.clientIdBytesMax) {
    return kvError('INVALID_COMMAND', `client_id must be printable and at most ${limits.clientIdBytesMax} bytes`);
  }
  const seq = commandSeq(command);
  if (seq === null || seq < 1) {
    return kvError('INVALID_COMMAND', 'seq must be an integer ≥ 1 when client_id is set');
  }
  return null;
}

/**
 * The command's seq as a safe integer, or null. Decoded messages carry uint64 fields as
 * Long objects when the `long` package is present, plain objects carry numbers; both are
 * accepted, and anything beyond 2^53 - 1 is refused rather than rounded.
 */
export function commandSeq(command: paxoskv.client.IKvCommand): number | null {
  const seq: unknown = command.seq ?? 0;
  if (typeof seq === 'number') return Number.isSafeInteger(seq) && seq >= 0 ? seq : null;
  if (typeof seq === 'bigint') return seq >= 0n && seq <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(seq) : null;
  if (typeof seq !== 'object' || seq === null) return null;
  const { low, high } = seq as { low?: unknown; high?: unknown };
  if (typeof low !== 'number' || typeof high !== 'number') return null;
  const value = (high >>> 0) * 2 ** 32 + (low >>> 0);
  return Number.isSafeInteger(value) ? value : null;
}

/** Checks the operation itself: keys, value sizes, image fields. */
export function validateOperation(command: paxoskv.client.IKvCommand, limits: KvLimits = DEFAULT_KV_LIMITS): KvError | null {
  if (typeof command !== 'object' || command === null) return kvError('INVALID_COMMAND', 'command must be an object');
  const operation = commandOperation(command);
  if (operation === null) return kvError('INVALID_COMMAND', 'command must carry exactly one operation');
  const body: unknown = command[operation];
  if (typeof body !== 'object' || body === null) return kvError('INVALID_COMMAND', `${operation} must be an object`);
  const fields = body as Record<string, unknown>;
  if (operation === 'imageSet') return validateImageSet(fields, limits);
  const keyError = validateKey(fields.key ?? '', limits);
  if (keyError !== null) return keyError;
  if (operation !== 'del' && (fields.key as string).startsWith(IMAGE_KEY_PREFIX)) {
    return kvError('INVALID_KEY', `keys under ${IMAGE_KEY_PREFIX} are written by image_set only`);
  }
  const byteFields = operation === 'cas' ? ['value', 'expect'] : operation === 'del' ? [] : ['value'];
  for (const name of byteFields) {
    const bytes = fields[name] ?? null;
    if (bytes !== null && !(bytes instanceof Uint8Array)) return kvError('INVALID_COMMAND', `${name} must be bytes`);
    if (bytes !== null && bytes.byteLength > limits.valueBytesMax) return valueTooLarge(limits);
  }
  if (operation === 'cas' && fields.expectAbsent != null && typeof fields.expectAbsent !== 'boolean') {
    return kvError('INVALID_COMMAND', 'expect_absent must be a boolean');
  }
  return null;
}

export function valueTooLarge(limits: KvLimits): KvError {
  return kvError('VALUE_TOO_LARGE', `value exceeds ${limits.valueBytesMax} bytes`);
}

function validateImageSet(fields: Record<string, unknown>, limits: KvLimits): KvError | null {
  const { phash, sha256 } = fields;
  const metadata = fields.metadata ?? '';
  if (!isPhash(phash)) return kvError('INVALID_IMAGE', 'phash must be 16 hex digits');
  if (!isSha256(sha256)) return kvError('INVALID_IMAGE', 'sha256 must be 64 hex digits');
  if (typeof metadata !== 'string') return kvError('INVALID_COMMAND', 'metadata must be a string');
  // Cheap bound first: every UTF-16 unit takes at least one byte of the record.
  if (metadata.length > limits.valueBytesMax) return valueTooLarge(limits);
  if (encodeImageRecord(phash, sha256, metadata).byteLength > limits.valueBytesMax) return valueTooLarge(limits);
  return null;
}

/** Checks an image query before it reaches the index. sha256 may be '' (no exact match). */
export function validateImageQuery(phash: unknown, sha256: unknown, maxDistance: unknown): KvError | null {
  if (!isPhash(phash)) return kvError('INVALID_IMAGE', 'phash must be 16 hex digits');
  if (sha256 != null && sha256 !== '' && !isSha256(sha256)) return kvError('INVALID_IMAGE', 'sha256 must be 64 hex digits');
  if (typeof maxDistance !== 'number' || !Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > IMAGE_DISTANCE_MAX) {
    return kvError('INVALID_IMAGE', `max distance must be an integer in 0..${IMAGE_DISTANCE_MAX}`);
  }
  return null;
}
