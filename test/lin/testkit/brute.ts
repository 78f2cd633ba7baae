// An obviously-correct (and exponential) linearizability oracle for tiny histories.
//
// It shares nothing with the fast checker except the sequential model, and it
// encodes the history semantics directly rather than through the checker's
// tricks: no per-key split (one state map for all keys), and an unknown
// operation is explicitly either left out or placed somewhere after its call,
// instead of being given return = +Infinity.

import { INITIAL_VALUE, step } from '../model';
import type { History, Operation, Value } from '../types';

export const BRUTE_FORCE_LIMIT = 7;

export function bruteForceLinearizable(history: History): boolean {
  const ops = history.filter((op) => op.status !== 'fail');
  if (ops.length > BRUTE_FORCE_LIMIT) throw new Error(`brute force is for <= ${BRUTE_FORCE_LIMIT} ops, got ${ops.length}`);
  const unknown = ops.filter((op) => op.status === 'unknown');
  const known = ops.filter((op) => op.status === 'ok');
  // Every subset of the unknown operations is a possible "these took effect".
  for (let mask = 0; mask < 1 << unknown.length; mask++) {
    const happened = [...known, ...unknown.filter((_, i) => (mask & (1 << i)) !== 0)];
    if (someOrderFits(happened, new Array<boolean>(happened.length).fill(false), new Map())) return true;
  }
  return false;
}

/** Can the unused operations be put in some order that respects real time and the model? */
function someOrderFits(ops: readonly Operation[], used: boolean[], values: Map<string, Value>): boolean {
  if (used.every((u) => u)) return true;
  for (let i = 0; i < ops.length; i++) {
    if (used[i] || !mayGoNext(ops, used, i)) continue;
    const before = values.has(ops[i].key) ? (values.get(ops[i].key) as Value) : INITIAL_VALUE;
    const after = step(before, ops[i]);
    if (after === undefined) continue;
    used[i] = true;
    values.set(ops[i].key, after);
    const found = someOrderFits(ops, used, values);
    used[i] = false;
    values.set(ops[i].key, before);
    if (found) return true;
  }
  return false;
}

/** No other pending operation returned strictly before this one was called. */
function mayGoNext(ops: readonly Operation[], used: boolean[], i: number): boolean {
  return ops.every((o, j) => j === i || used[j] || o.status !== 'ok' || (o.return as number) >= ops[i].call);
}
