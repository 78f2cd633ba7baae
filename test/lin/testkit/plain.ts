// A second oracle for medium-sized histories: the textbook Wing–Gong search
// with Lowe's memo and nothing else (no per-key split, no pruning, no move
// ordering), written as plainly as possible. Differential tests against it
// check that the fast checker's reductions never change a verdict, on
// histories too large for brute force.

import { INITIAL_VALUE, step } from '../model';
import type { History, Value } from '../types';

export function plainLinearizable(history: History): boolean {
  const ops = history.filter((op) => op.status !== 'fail');
  const ret = ops.map((op) => (op.status === 'ok' ? (op.return as number) : Infinity));
  const done = ops.map(() => false);
  const values = new Map<string, Value>();
  const explored = new Set<string>();

  const search = (left: number): boolean => {
    if (left === 0) return true;
    const node = done.map((d) => (d ? '1' : '0')).join('') + JSON.stringify([...values].sort());
    if (explored.has(node)) return false;
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
    }
    return false;
  };
  return search(ops.length);
}
