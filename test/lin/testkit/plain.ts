// A second oracle for medium-sized histories: the textbook Wing–Gong search
// with Lowe's memo and nothing else (no per-key split, no pruning, no move
// ordering), written as plainly as possible. Differential tests against it
// check that the fast checker's reductions never change a verdict, on
// histories too large for brute force.
//
// Being plain, it is exponential: an illegal history with many unknown
// operations can make it visit tens of millions of states (one such history
// of 39 operations filled a Set to its 2^24 limit after eight minutes). So it
// explores at most `budget` states and answers `undefined` beyond that; the
// caller discards such a history rather than waiting on it.

import { INITIAL_VALUE, step } from '../model';
import type { History, Value } from '../types';

/** States the oracle may explore before it gives up: about three seconds here. */
export const PLAIN_STATE_BUDGET = 100_000;

/** true: linearizable; false: not; undefined: undecided within `budget` states. */
export function plainLinearizable(history: History, budget = PLAIN_STATE_BUDGET): boolean | undefined {
  const ops = history.filter((op) => op.status !== 'fail');
  const ret = ops.map((op) => (op.status === 'ok' ? (op.return as number) : Infinity));
  const done = ops.map(() => false);
  const values = new Map<string, Value>();
  const explored = new Set<string>();
  let gaveUp = false;

  const search = (left: number): boolean => {
    if (left === 0) return true;
    const node = done.map((d) => (d ? '1' : '0')).join('') + JSON.stringify([...values].sort());
    if (explored.has(node)) return false;
    if (explored.size >= budget) {
      gaveUp = true;
      return false;
    }
    explored.add(node);
    // An operation may go next if no pending operation returned before it was called.
    const firstReturn = Math.min(...ops.map((_, i) => (done[i] ? Infinity : ret[i])));
    for (let i = 0; i < ops.length; i++) {
      if (done[i] || ops[i].call > firstReturn) continue;
      const before = values.has(ops[i].key) ? (values.get(ops[i].key) as Value) : INITIAL_VALUE;
      const after = step(before, ops[i]);
      if (after === undefined) continue;
      done[i] = true;
      values.set(ops[i].key, after);
      const found = search(left - 1);
      done[i] = false;
      values.set(ops[i].key, before);
      if (found) return true;
      if (gaveUp) return false;
    }
    return false;
  };
  const linearizable = search(ops.length);
  // A witness found is a witness, budget or not; "none found" only counts if the search was complete.
  return linearizable ? true : gaveUp ? undefined : false;
}
