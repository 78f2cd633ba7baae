// Independent validation of an 'ok' verdict: the linearization the checker
// returns must contain every operation that matters, respect real time, and be
// accepted step by step by the sequential model.

import { INITIAL_VALUE, step } from '../model';
import type { CheckResult, History, Value } from '../types';

/** Returns a description of the first problem, or undefined if every witness is valid. */
export function witnessProblem(history: History, result: CheckResult): string | undefined {
  for (const [key, r] of Object.entries(result.perKey)) {
    if (r.result !== 'ok') continue;
    const order = r.witness ?? [];
    const expected = history
      .map((op, i) => ({ op, i }))
      .filter(({ op }) => op.key === key && op.status !== 'fail' && !(op.status === 'unknown' && op.kind === 'read'))
      .map(({ i }) => i);
    if ([...order].sort((a, b) => a - b).join() !== expected.join()) return `${key}: witness is not a permutation of the key's ops`;
    let value: Value = INITIAL_VALUE;
    for (let pos = 0; pos < order.length; pos++) {
      const next = step(value, history[order[pos]]);
      if (next === undefined) return `${key}: model rejects history[${order[pos]}] at position ${pos}`;
      value = next;
    }
    // Real time: nothing placed later may have returned before an earlier-placed op was called.
    let earliestLaterReturn = Infinity;
    for (let pos = order.length - 1; pos >= 0; pos--) {
      const op = history[order[pos]];
      if (earliestLaterReturn < op.call) return `${key}: history[${order[pos]}] is placed after an op that returned before it was called`;
      if (op.status === 'ok') earliestLaterReturn = Math.min(earliestLaterReturn, op.return as number);
    }
  }
  return undefined;
}
