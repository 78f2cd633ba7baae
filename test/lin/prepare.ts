// From a raw history to the per-key operation lists the search works on.
//
// - Failed operations never happened: dropped.
// - Operations with unknown outcome may have taken effect at any point after
//   their call, or never. Giving them return = +Infinity and accepting any output
//   models exactly that: they may be linearized anywhere after their call, and
//   "never" is the same as "last" because nothing observes the state afterwards.
// - Unknown reads change nothing and constrain nothing: dropped.
// - P-compositionality (Horn & Kroening, after Herlihy & Wing's locality): a
//   history of independent keys is linearizable iff each key's sub-history is, so
//   each key is checked on its own, which shrinks the search exponentially.

import type { History, Operation } from './types';

export interface PreparedOp {
  /** Index in the original history: the operation's identity in reports. */
  index: number;
  op: Operation;
  call: number;
  /** +Infinity when the outcome is unknown. */
  ret: number;
}

/** Per key, in order of first appearance; each list in history order. */
export function partitionByKey(history: History): Map<string, PreparedOp[]> {
  const byKey = new Map<string, PreparedOp[]>();
  history.forEach((op, index) => {
    validate(op, index);
    if (op.status === 'fail') return;
    if (op.status === 'unknown' && op.kind === 'read') return;
    const ret = op.status === 'unknown' ? Infinity : (op.return as number);
    let list = byKey.get(op.key);
    if (list === undefined) {
      list = [];
      byKey.set(op.key, list);
    }
    list.push({ index, op, call: op.call, ret });
  });
  return byKey;
}

/** Malformed records would silently bend the verdict, so they are rejected loudly. */
function validate(op: Operation, index: number): void {
  const where = `history[${index}] (${op.kind} on '${op.key}')`;
  if (typeof op.call !== 'number' || Number.isNaN(op.call) || !Number.isFinite(op.call)) {
    throw new TypeError(`${where}: call must be a finite number`);
  }
  if (op.status !== 'ok') return;
  if (typeof op.return !== 'number' || Number.isNaN(op.return) || op.return < op.call) {
    throw new TypeError(`${where}: an 'ok' operation needs a return time >= its call time`);
  }
  const needsOutput = op.kind !== 'write';
  if (needsOutput && op.output === undefined) {
    throw new TypeError(`${where}: an 'ok' ${op.kind} needs an output`);
  }
}
