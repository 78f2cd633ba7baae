// How an image lives in the key space: key `img/<phash>` (16 lowercase hex digits) holds
// the UTF-8 JSON {"phash","sha256","metadata"}. One record per perceptual hash: a
// second image_set for the same hash replaces the first (last write wins), which keeps
// the index a plain set of hashes and `keys img/` one line per hash. Hashes are
// normalised to lowercase so `ABC…` and `abc…` name the same record on every replica.

export const IMAGE_KEY_PREFIX = 'img/';

const PHASH_PATTERN = /^[0-9a-fA-F]{16}$/;
const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;

export interface ImageRecord {
  /** 16 lowercase hex digits. */
  readonly phash: string;
  /** 64 lowercase hex digits. */
  readonly sha256: string;
  readonly metadata: string;
}

export function isPhash(value: unknown): value is string {
  return typeof value === 'string' && PHASH_PATTERN.test(value);
}

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256_PATTERN.test(value);
}

export function imageKey(phash: string): string {
  return IMAGE_KEY_PREFIX + phash.toLowerCase();
}

/** The perceptual hash named by an image key, or null if `key` is no image key. */
export function phashOfImageKey(key: string): string | null {
  if (!key.startsWith(IMAGE_KEY_PREFIX)) return null;
  const phash = key.slice(IMAGE_KEY_PREFIX.length);
  return PHASH_PATTERN.test(phash) && phash === phash.toLowerCase() ? phash : null;
}

/** Deterministic: fixed field order, JSON.stringify escapes any unpaired surrogate. */
export function encodeImageRecord(phash: string, sha256: string, metadata: string): Uint8Array {
  const json = JSON.stringify({ phash: phash.toLowerCase(), sha256: sha256.toLowerCase(), metadata });
  return Buffer.from(json, 'utf8');
}

/** Parses a stored record; null if the bytes are not one (only snapshots can hold such). */
export function decodeImageRecord(bytes: Uint8Array): ImageRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  const { phash, sha256, metadata } = record;
  if (!isPhash(phash) || phash !== phash.toLowerCase()) return null;
  if (!isSha256(sha256) || sha256 !== sha256.toLowerCase()) return null;
  if (typeof metadata !== 'string') return null;
  return { phash, sha256, metadata };
}
