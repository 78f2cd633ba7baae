// The history model: what a test harness records about each client request.
//
// A history is a flat list of completed-or-abandoned operations. Times are plain
// numbers on one monotonic clock (ns or ms, the checker only compares them). Two
// operations are ordered in real time only when one's return is strictly before
// the other's call; equal timestamps count as concurrent, which can only make the
// checker more permissive, never produce a false 'illegal'.

/** A stored value; `null` means the key is absent. */
export type Value = string | null;

export type OpStatus =
  /** The client saw a reply: the output is what the store answered. */
  | 'ok'
  /** Definitely did not happen (rejected before it was sent): ignored by the checker. */
  | 'fail'
  /** No reply (timeout, lost connection): may have taken effect at any time after its call, or never. */
  | 'unknown';

interface OpBase {
  clientId: number;
  key: string;
  /** When the client sent the request. */
  call: number;
  /** When the client got the reply; undefined (or ignored) unless status is 'ok'. */
  return: number | undefined;
  status: OpStatus;
}

export interface ReadOp extends OpBase {
  kind: 'read';
  input?: null;
  /** The value read; null when the key was absent. */
  output?: Value;
}

export interface WriteOp extends OpBase {
  kind: 'write';
  input: string;
  /** Writes only acknowledge; any output is ignored. */
  output?: unknown;
}

export interface CasInput {
  expect: Value;
  value: Value;
}

export interface CasOutput {
  ok: boolean;
  /** On failure, the value the store saw (optional: checked only when given). */
  current?: Value;
}

export interface CasOp extends OpBase {
  kind: 'cas';
  input: CasInput;
  output?: CasOutput;
}

export interface AppendOp extends OpBase {
  kind: 'append';
  input: string;
  /** The value after appending (an absent key counts as ''). */
  output?: string;
}

export interface DeleteOp extends OpBase {
  kind: 'delete';
  input?: null;
  output?: { existed: boolean };
}

export type Operation = ReadOp | WriteOp | CasOp | AppendOp | DeleteOp;
export type OpKind = Operation['kind'];
export type History = readonly Operation[];

export type Verdict = 'ok' | 'illegal' | 'unknown';

export interface CheckOptions {
  /** Wall-clock budget for the whole check; when it runs out the verdict is 'unknown', never 'ok'. */
  timeoutMs?: number;
}

/** An operation together with its position in the checked history (its identity in reports). */
export interface IndexedOp {
  /** Index into the history passed to checkHistory. */
  index: number;
  /** Short name used in reports: kind letter + index, e.g. `r3`, `w7`. */
  label: string;
  op: Operation;
}

export interface BlockedOp extends IndexedOp {
  /** Why it cannot be the next linearized operation. */
  reason: string;
}

/**
 * Why one key's sub-history is not linearizable, as seen from the longest
 * linearizable prefix the search found (Porcupine reports the same thing).
 */
export interface Explanation {
  key: string;
  /** One line: the most telling reason. */
  summary: string;
  /** Longest linearizable prefix found, in linearization order. */
  prefix: readonly IndexedOp[];
  /** Value of the key after that prefix. */
  valueAfterPrefix: Value;
  /** Operations that could have been linearized next, and why none of them can be. */
  blocked: readonly BlockedOp[];
  /** Operations on this key the checker considered (after dropping failed ops and unknown reads). */
  opsChecked: number;
}

export interface KeyResult {
  result: Verdict;
  /** Operations considered for this key. */
  ops: number;
  /** Search steps taken (a rough cost measure). */
  steps: number;
  /** For 'ok': history indices in one valid linearization order. */
  witness?: readonly number[];
  /** For 'illegal'. */
  explanation?: Explanation;
}

export interface CheckResult {
  result: Verdict;
  perKey: Record<string, KeyResult>;
  /** The explanation for the first illegal key (in order of first appearance). */
  explanation?: Explanation;
}
