// What applying one command answers. `WriteResult` mirrors paxoskv.client.WriteResult;
// an `ApplyResult` is either that or a typed error, mapping one-to-one onto the `write`
// and `error` fields of a ClientResponse.
import type { KvError } from './errors';

export interface WriteResult {
  /** False only for a failed cas. */
  readonly ok: boolean;
  /** Whether the key was there before the command (set, del, append, cas, image_set). */
  readonly existed: boolean;
  /** append: the new value; failed cas: the current value (empty if absent). Never mutate. */
  readonly value: Uint8Array;
  /** Failed cas: whether the key exists. */
  readonly found: boolean;
}

export type ApplyResult =
  | { readonly error: null; readonly write: WriteResult }
  | { readonly error: KvError; readonly write: null };

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

export function writeResult(fields: Partial<WriteResult>): ApplyResult {
  return {
    error: null,
    write: {
      ok: fields.ok ?? true,
      existed: fields.existed ?? false,
      value: fields.value ?? EMPTY_BYTES,
      found: fields.found ?? false,
    },
  };
}

export function errorResult(error: KvError): ApplyResult {
  return { error, write: null };
}
