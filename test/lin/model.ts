// The sequential specification of one key: a register holding a string or nothing.
//
// This is the single source of truth for "what a correct store answers". The
// checker asks it whether an observed operation fits a state (`step`); the test
// generators use it to produce correct outputs (`apply`). Because the checker
// splits histories per key, the state is just that key's value.

import type { CasInput, CasOutput, Operation, Value } from './types';

/** Every key starts absent. */
export const INITIAL_VALUE: Value = null;

/** The part of an operation the store acts on (kind and input, no outcome). */
export type Invocation =
  | { kind: 'read' }
  | { kind: 'write'; input: string }
  | { kind: 'cas'; input: CasInput }
  | { kind: 'append'; input: string }
  | { kind: 'delete' };

/** What a correct store replies, per kind. */
export interface Outputs {
  read: Value;
  write: null;
  cas: CasOutput;
  append: string;
  delete: { existed: boolean };
}

export interface Applied<K extends Invocation['kind']> {
  next: Value;
  output: Outputs[K];
}

/** Run one invocation against a value: the correct reply and the value afterwards. */
export function apply<I extends Invocation>(value: Value, inv: I): Applied<I['kind']> {
  return applyAny(value, inv) as Applied<I['kind']>;
}

function applyAny(value: Value, inv: Invocation): { next: Value; output: Outputs[keyof Outputs] } {
  switch (inv.kind) {
    case 'read':
      return { next: value, output: value };
    case 'write':
      return { next: inv.input, output: null };
    case 'cas':
      return value === inv.input.expect
        ? { next: inv.input.value, output: { ok: true } }
        : { next: value, output: { ok: false, current: value } };
    case 'append': {
      const next = (value ?? '') + inv.input;
      return { next, output: next };
    }
    case 'delete':
      return { next: null, output: { existed: value !== null } };
  }
}

/**
 * Linearize `op` at a point where the key holds `value`: the value afterwards,
 * or undefined when the recorded output is not what a correct store would have
 * answered there. An operation with unknown outcome fits anywhere (its reply
 * was never seen), so only its effect matters.
 */
export function step(value: Value, op: Operation): Value | undefined {
  const { next, output } = applyAny(value, op);
  if (op.status === 'unknown' || outputMatches(op, output)) return next;
  return undefined;
}

function outputMatches(op: Operation, expected: Outputs[keyof Outputs]): boolean {
  switch (op.kind) {
    case 'read':
    case 'append':
      return op.output === expected;
    case 'write':
      return true;
    case 'cas': {
      const want = expected as CasOutput;
      const got = op.output;
      if (got === undefined || got.ok !== want.ok) return false;
      // A failed cas may or may not report what it saw; when it does, that must be the value.
      return got.ok || got.current === undefined || got.current === want.current;
    }
    case 'delete':
      return op.output !== undefined && op.output.existed === (expected as Outputs['delete']).existed;
  }
}

/**
 * True when `op`, with the output it reported, leaves the value unchanged in
 * every state it fits (reads, failed cas, delete of an absent key, ...). Such an
 * operation can be linearized as soon as it is possible without losing any
 * solution, which the search uses to avoid branching on it. Only for known
 * outcomes: an unknown cas may fail here and succeed elsewhere.
 */
export function neverChangesValue(op: Operation): boolean {
  if (op.status !== 'ok') return false;
  switch (op.kind) {
    case 'read':
      return true;
    case 'write':
      return false;
    case 'cas':
      return op.output?.ok === false || op.input.expect === op.input.value;
    case 'append':
      return op.input === '';
    case 'delete':
      return op.output?.existed === false;
  }
}

/**
 * The values in which `op` fits, when its recorded output pins them down (a
 * read that returned 'a' fits only in 'a'); undefined when it fits in too many
 * states to list (writes, unknown outcomes, a failed cas that did not say what
 * it saw, a delete that found the key). Exact: `step(v, op)` is defined iff v
 * is in the list.
 */
export function fittingValues(op: Operation): Value[] | undefined {
  if (op.status !== 'ok') return undefined;
  switch (op.kind) {
    case 'read':
      return op.output === undefined ? [] : [op.output];
    case 'write':
      return undefined;
    case 'cas':
      if (op.output?.ok) return [op.input.expect];
      if (op.output?.current === undefined) return undefined;
      return op.output.current === op.input.expect ? [] : [op.output.current];
    case 'append': {
      const out = op.output;
      if (out === undefined || !out.endsWith(op.input)) return [];
      const before = out.slice(0, out.length - op.input.length);
      return before === '' ? [null, ''] : [before];
    }
    case 'delete':
      return op.output?.existed === false ? [null] : undefined;
  }
}

/**
 * What linearizing `op` can set the value to: one value, 'suffix' when it may
 * set any value ending with its input (an append whose result is unknown), or
 * undefined when it never changes the value. An over-approximation (a cas is
 * assumed to succeed), as befits its use: proving a value unreachable.
 */
export function producedValue(op: Operation): { value: Value } | 'suffix' | undefined {
  switch (op.kind) {
    case 'read':
      return undefined;
    case 'write':
      return { value: op.input };
    case 'cas':
      return op.status === 'ok' && !op.output?.ok ? undefined : { value: op.input.value };
    case 'append':
      return op.status === 'ok' ? (op.output === undefined ? undefined : { value: op.output }) : 'suffix';
    case 'delete':
      return { value: null };
  }
}
