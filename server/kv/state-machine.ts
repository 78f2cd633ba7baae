// The deterministic key-value state machine. Chosen slots go in, strictly in slot
// order; the same commands in the same order leave every replica in the same state,
// down to the bytes of its snapshot. Nothing here reads a clock, a random source or the
// environment, and nothing a command carries can make it throw: invalid commands get
// error results (see limits.ts). Only a programmer error (a slot out of order) throws.
//
// Reads are local and immediate; the node decides when a read is linearizable.
// Costs: get O(1); keys O(log n + limit) (sorted-keys.ts); imageGet per image-index.ts;
// set/del/cas O(log n + value bytes); append O(log n + new value bytes).
//
// Memory: values are byte strings (byte-string.ts), one Map entry per key, and the
// sorted index shares the Map's key strings. About 1.7× the raw bytes for 16-byte keys
// and 100-byte values.
import { paxoskv } from '../../proto/gen/client';
import { kvError, type KvError } from './errors';
import { ImageIndex } from './image-index';
import { decodeImageRecord, encodeImageRecord, IMAGE_KEY_PREFIX, imageKey, phashOfImageKey } from './image-record';
import {
  commandOperation,
  commandSeq,
  IMAGE_MATCHES_MAX,
  KEYS_LIMIT_DEFAULT,
  KEYS_LIMIT_MAX,
  resolveLimits,
  validateImageQuery,
  validateKey,
  validateOperation,
  validateSessionFields,
  valueTooLarge,
  type KvLimits,
} from './limits';
import { varintBytes } from './binary';
import { fromByteString, toByteString } from './byte-string';
import { EMPTY_BYTES, errorResult, writeResult, type ApplyResult } from './results';
import { SessionTable, type SessionRecord } from './sessions';
import { compareKeys, SortedKeys } from './sorted-keys';
import { StateFreeze, type FrozenState } from './state-freeze';

export type { FrozenState } from './state-freeze';

export interface ImageMatch {
  readonly phash: string;
  readonly sha256: string;
  readonly metadata: string;
  readonly distance: number;
  /** The stored image has the SHA-256 the query named: the very same file. */
  readonly exact: boolean;
}

export type ImageGetResult =
  | { readonly error: null; readonly matches: ImageMatch[] }
  | { readonly error: KvError; readonly matches: null };

/** KvStateMachine.restoring: add every entry in order, then finish with the sessions. */
export interface SnapshotRestoring {
  add(key: string, value: string): void;
  finish(sessions: Iterable<SessionRecord>): KvStateMachine;
}

export interface KvStats {
  readonly keys: number;
  readonly valueBytes: number;
  readonly images: number;
  readonly sessions: number;
  readonly sessionReplyBytes: number;
}

type Fields = Record<string, unknown>;

export class KvStateMachine {
  readonly limits: KvLimits;
  /** key → value as a byte string. */
  private readonly values = new Map<string, string>();
  private sortedKeys = new SortedKeys();
  private readonly images = new ImageIndex();
  private sessionTable: SessionTable;
  private applied = 0;
  private valueBytes = 0;
  /** What the entries take in a snapshot (snapshotEntryBytes per key), kept as they change. */
  private entryBytes = 0;
  /** Freezes still copying values: each is told the old value of every key changed. */
  private readonly freezes = new Set<StateFreeze>();

  constructor(limits: Partial<KvLimits> = {}) {
    this.limits = resolveLimits(limits);
    this.sessionTable = new SessionTable(this.limits.sessionsMax, this.limits.sessionReplyBytesMax);
  }

  /** The last slot applied; 0 before the first (slots start at 1). */
  get appliedSlot(): number {
    return this.applied;
  }

  stats(): KvStats {
    return {
      keys: this.values.size,
      valueBytes: this.valueBytes,
      images: this.images.size,
      sessions: this.sessionTable.size,
      sessionReplyBytes: this.sessionTable.replyBytesHeld,
    };
  }

  /**
   * Applies the batch of commands one chosen slot decided, in order, and answers one
   * result per command. A no-op or configuration slot is applySlot(slot, []). Slots must
   * strictly increase across calls (gaps are the caller's business); anything else is a
   * programmer error and throws before changing anything.
   */
  applySlot(slot: number, commands: readonly paxoskv.client.IKvCommand[]): ApplyResult[] {
    this.advanceTo(slot);
    return commands.map((command) => this.applyCommand(slot, command));
  }

  /** One command in its own slot. */
  apply(slot: number, command: paxoskv.client.IKvCommand): ApplyResult {
    return this.applySlot(slot, [command])[0]!;
  }

  /** Like applySlot for encoded KvCommands: bytes that do not decode get INVALID_COMMAND. */
  applyEncodedSlot(slot: number, encoded: readonly Uint8Array[]): ApplyResult[] {
    this.advanceTo(slot);
    return encoded.map((bytes) => {
      const command = decodeCommand(bytes);
      return command === null ? errorResult(UNDECODABLE) : this.applyCommand(slot, command);
    });
  }

  private advanceTo(slot: number): void {
    if (!Number.isSafeInteger(slot) || slot <= this.applied) {
      throw new Error(`kv: slot ${slot} applied after slot ${this.applied}: slots must strictly increase`);
    }
    this.applied = slot;
  }

  /** The value of `key` (a fresh copy), or undefined. */
  get(key: string): Uint8Array | undefined {
    const value = this.values.get(key);
    return value === undefined ? undefined : fromByteString(value);
  }

  /**
   * Keys starting with `prefix` in UTF-8 byte order, strictly after `startAfter` when
   * given (for paging). limit ≤ 0 means KEYS_LIMIT_DEFAULT; it is capped at KEYS_LIMIT_MAX.
   */
  keys(prefix = '', limit = 0, startAfter?: string): string[] {
    const bounded = Number.isFinite(limit) && limit >= 1 ? Math.min(Math.floor(limit), KEYS_LIMIT_MAX) : KEYS_LIMIT_DEFAULT;
    return this.sortedKeys.range(prefix, bounded, startAfter);
  }

  /**
   * Stored images whose perceptual hash is within maxDistance of `phash`, nearest first,
   * ties by hash, at most `limit` (≤ IMAGE_MATCHES_MAX). sha256 may be '' (then no
   * match is `exact`).
   */
  imageGet(phash: string, sha256: string, maxDistance: number, limit = IMAGE_MATCHES_MAX): ImageGetResult {
    const invalid = validateImageQuery(phash, sha256, maxDistance);
    if (invalid !== null) return { error: invalid, matches: null };
    const wanted = (sha256 ?? '').toLowerCase();
    const bounded = Math.max(1, Math.min(Math.floor(limit) || IMAGE_MATCHES_MAX, IMAGE_MATCHES_MAX));
    const matches = this.images.query(phash.toLowerCase(), maxDistance, bounded).map((match): ImageMatch => {
      const record = decodeImageRecord(fromByteString(this.values.get(imageKey(match.phash))!));
      if (record === null) throw new Error(`kv: image record for ${match.phash} is unreadable`);
      const exact = wanted !== '' && record.sha256 === wanted;
      return { phash: record.phash, sha256: record.sha256, metadata: record.metadata, distance: match.distance, exact };
    });
    return { error: null, matches };
  }

  /** Every (key, value) in key order. The state must not change while iterating. */
  *entries(): IterableIterator<[string, Uint8Array]> {
    for (const key of this.sortedKeys) yield [key, fromByteString(this.values.get(key)!)];
  }

  /**
   * The state as of now, unaffected by later applies: what a snapshot encodes. O(n) in
   * one go (0.35–0.5 s at a million keys in a quiet process); a node freezes in slices
   * with beginFreeze instead. Its size needs no pass: it is a counter kept as entries change.
   */
  freeze(): FrozenState {
    const freeze = this.beginFreeze();
    freeze.step(Number.POSITIVE_INFINITY);
    return freeze.state();
  }

  /**
   * Starts freezing the state as of now (see state-freeze.ts): the key index is pinned
   * at once, keys and values are copied by the freeze's step() in slices, between which
   * applies may go on.
   * Finish or cancel() it: until then every overwrite and delete is remembered for it.
   */
  beginFreeze(): StateFreeze {
    const sortedKeys = this.sortedKeys;
    const freeze = new StateFreeze(
      {
        limits: this.limits, appliedSlot: this.applied, entryBytes: this.entryBytes, count: this.values.size,
        runs: sortedKeys.pin(), sessions: [...this.sessionTable.records()],
      },
      this.values,
      (ended) => {
        this.freezes.delete(ended);
        sortedKeys.unpin();
      });
    if (!freeze.done) this.freezes.add(freeze);
    return freeze;
  }

  /** Sessions least recently used first. The state must not change while iterating. */
  sessionRecords(): IterableIterator<SessionRecord> {
    return this.sessionTable.records();
  }

  session(clientId: string): SessionRecord | undefined {
    return this.sessionTable.get(clientId);
  }

  /**
   * A machine filled from a snapshot as it is read (snapshot-codec.ts restore): entries
   * strictly increasing in compareKeys order, values byte strings (byte-string.ts), then
   * the sessions least recently used first. Throws on an inconsistent part; the machine
   * exists for no one until finish().
   */
  static restoring(limits: KvLimits, appliedSlot: number): SnapshotRestoring {
    const machine = new KvStateMachine(limits);
    if (!Number.isSafeInteger(appliedSlot) || appliedSlot < 0) throw new Error(`bad applied slot ${appliedSlot}`);
    machine.applied = appliedSlot;
    const keys: string[] = [];
    return {
      add: (key, value) => {
        machine.restoreEntry(key, value, keys[keys.length - 1]);
        keys.push(key);
      },
      finish: (records) => {
        machine.sortedKeys = SortedKeys.fromSorted(keys);
        const sessions = [...records];
        for (const record of sessions) {
          if (record.lastSlot > appliedSlot) throw new Error(`session slot ${record.lastSlot} after applied slot ${appliedSlot}`);
        }
        machine.sessionTable = SessionTable.restore(machine.limits.sessionsMax, machine.limits.sessionReplyBytesMax, sessions);
        return machine;
      },
    };
  }

  private restoreEntry(key: string, value: string, previous: string | undefined): void {
    if (previous !== undefined && compareKeys(previous, key) >= 0) throw new Error(`keys out of order at "${key}"`);
    const invalid = validateKey(key, this.limits);
    if (invalid !== null) throw new Error(`bad key "${key}": ${invalid.message}`);
    if (value.length > this.limits.valueBytesMax) throw new Error(`value of "${key}" exceeds ${this.limits.valueBytesMax} bytes`);
    if (key.startsWith(IMAGE_KEY_PREFIX)) {
      const phash = phashOfImageKey(key);
      const record = decodeImageRecord(fromByteString(value));
      if (phash === null || record === null || record.phash !== phash) throw new Error(`bad image record under "${key}"`);
      this.images.insert(phash);
    }
    this.values.set(key, value);
    this.valueBytes += value.length;
    this.entryBytes += snapshotEntryBytes(key, value);
  }

  private applyCommand(slot: number, command: paxoskv.client.IKvCommand): ApplyResult {
    const invalid = validateSessionFields(command, this.limits);
    if (invalid !== null) return errorResult(invalid);
    const clientId = command.clientId ?? '';
    if (clientId === '') return this.execute(command);
    const seq = commandSeq(command)!;
    const check = this.sessionTable.check(clientId, seq);
    if (check.kind === 'expired') return errorResult(check.error);
    if (check.kind === 'duplicate') {
      this.sessionTable.touch(clientId, slot);
      return check.reply;
    }
    const result = this.execute(command);
    this.sessionTable.record(clientId, seq, slot, result);
    return result;
  }

  private execute(command: paxoskv.client.IKvCommand): ApplyResult {
    const invalid = validateOperation(command, this.limits);
    if (invalid !== null) return errorResult(invalid);
    const operation = commandOperation(command)!;
    const fields = command[operation] as Fields;
    switch (operation) {
      case 'set':
        return this.set(fields.key as string, bytesOf(fields.value));
      case 'del':
        return this.del(fields.key as string);
      case 'append':
        return this.append(fields.key as string, bytesOf(fields.value));
      case 'cas':
        return this.cas(fields);
      case 'imageSet':
        return this.imageSet(fields);
    }
  }

  private set(key: string, value: Uint8Array): ApplyResult {
    const existed = this.put(key, value);
    return writeResult({ existed });
  }

  private del(key: string): ApplyResult {
    const old = this.values.get(key);
    if (old === undefined) return writeResult({ existed: false });
    if (this.freezes.size > 0) for (const freeze of this.freezes) freeze.preserve(key, old);
    this.values.delete(key);
    this.sortedKeys.delete(key);
    this.valueBytes -= old.length;
    this.entryBytes -= snapshotEntryBytes(key, old);
    const phash = phashOfImageKey(key);
    if (phash !== null) this.images.remove(phash);
    return writeResult({ existed: true });
  }

  private append(key: string, suffix: Uint8Array): ApplyResult {
    const old = this.values.get(key);
    const oldBytes = old?.length ?? 0;
    if (oldBytes + suffix.byteLength > this.limits.valueBytesMax) return errorResult(valueTooLarge(this.limits));
    const value = Buffer.allocUnsafe(oldBytes + suffix.byteLength);
    if (old !== undefined) value.write(old, 0, 'latin1');
    value.set(suffix, oldBytes);
    // Built as bytes and converted once: `old + suffix` would be a rope (a tree of
    // strings) that keeps growing with every append until V8 flattens it.
    this.store(key, toByteString(value));
    return writeResult({ existed: old !== undefined, value });
  }

  private cas(fields: Fields): ApplyResult {
    const key = fields.key as string;
    const current = this.values.get(key);
    const found = current !== undefined;
    // expect_absent wins over expect: "set only if the key does not exist".
    const holds = fields.expectAbsent === true ? !found : found && current === toByteString(bytesOf(fields.expect));
    if (!holds) return writeResult({ ok: false, existed: found, found, value: found ? fromByteString(current) : EMPTY_BYTES });
    this.put(key, bytesOf(fields.value));
    return writeResult({ ok: true, existed: found, found });
  }

  private imageSet(fields: Fields): ApplyResult {
    const phash = (fields.phash as string).toLowerCase();
    // validateOperation measured this very record against valueBytesMax.
    const record = encodeImageRecord(phash, fields.sha256 as string, (fields.metadata as string | null | undefined) ?? '');
    const existed = this.store(imageKey(phash), toByteString(record));
    this.images.insert(phash);
    return writeResult({ existed });
  }

  /** Stores a copy of `value` (the caller's buffer may be a view of a whole batch). */
  private put(key: string, value: Uint8Array): boolean {
    return this.store(key, toByteString(value));
  }

  /** Stores the byte string `value`; true if the key existed. */
  private store(key: string, value: string): boolean {
    const old = this.values.get(key);
    if (old !== undefined && this.freezes.size > 0) for (const freeze of this.freezes) freeze.preserve(key, old);
    this.values.set(key, value);
    if (old === undefined) {
      this.sortedKeys.add(key);
      this.valueBytes += value.length;
      this.entryBytes += snapshotEntryBytes(key, value);
      return false;
    }
    this.valueBytes += value.length - old.length;
    this.entryBytes += lengthPrefixedBytes(value.length) - lengthPrefixedBytes(old.length);
    return true;
  }
}

/** A snapshot's bytes for one entry: keyLength key(UTF-8) valueLength value (snapshot-codec.ts). */
function snapshotEntryBytes(key: string, value: string): number {
  return lengthPrefixedBytes(Buffer.byteLength(key, 'utf8')) + lengthPrefixedBytes(value.length);
}

/** A varint length and that many bytes. */
function lengthPrefixedBytes(length: number): number {
  return varintBytes(length) + length;
}

function bytesOf(value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : EMPTY_BYTES;
}

const UNDECODABLE: KvError = kvError('INVALID_COMMAND', 'command bytes do not decode as a KvCommand');

/** Decoding is deterministic, so every replica rejects the same bytes the same way. */
function decodeCommand(bytes: Uint8Array): paxoskv.client.IKvCommand | null {
  try {
    // A Buffer view (no copy) takes protobufjs's native string and bytes decoding.
    return paxoskv.client.KvCommand.decode(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return null;
  }
}
