// Typed, stable error codes of the key-value layer. They are *expected* outcomes (bad
// input, a stale retry), returned as values and replicated as results; programmer errors
// (a slot applied out of order) are thrown instead.

/** Stable codes; clients and the gateway switch on them, so never rename one. */
export const KV_ERROR_CODES = [
  /** The command is malformed: no operation or more than one, bad client id or seq. */
  'INVALID_COMMAND',
  /** Empty key, control characters, unpaired surrogates, or a reserved prefix. */
  'INVALID_KEY',
  /** Key longer than `keyBytesMax` UTF-8 bytes. */
  'KEY_TOO_LARGE',
  /** Value (or an append's result, or an image record) longer than `valueBytesMax`. */
  'VALUE_TOO_LARGE',
  /** Perceptual hash not 16 hex digits, SHA-256 not 64 hex digits, or a bad distance. */
  'INVALID_IMAGE',
  /** A retry whose original answer is no longer held: stale seq or evicted session. */
  'SESSION_EXPIRED',
] as const;

export type KvErrorCode = (typeof KV_ERROR_CODES)[number];

export interface KvError {
  readonly code: KvErrorCode;
  readonly message: string;
}

export function kvError(code: KvErrorCode, message: string): KvError {
  return { code, message };
}

export function isKvErrorCode(code: string): code is KvErrorCode {
  return (KV_ERROR_CODES as readonly string[]).includes(code);
}
