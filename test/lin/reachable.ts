// Which values the key can still take, given the operations not yet linearized.
//
// From a search node, the value at any later point is either the current value
// or one set by a pending operation. So a pending operation that fits only in
// values that are not current and that no pending operation can set will never
// fit: the node is dead, however the rest is ordered. Two cheap instances are
// checked:
// - a candidate that does not fit now and whose fitting values cannot be set;
// - the value just overwritten, when a pending operation fits only in it and
//   nothing pending can set it again (a read of 'a' still pending when 'a' is
//   overwritten for good).
// They catch the commonest search mistake (a write linearized too early, before
// a read that still had to see the old value) at once, instead of after every
// interleaving of the operations that follow. They only ever prune dead nodes.

import { fittingValues, producedValue } from './model';
import type { Operation, Value } from './types';

export class Reachability {
  /** Pending operations that can set each value. */
  private readonly producers = new Map<Value, number>();
  /** Inputs of pending appends with unknown result: they can set any value ending with the input. */
  private readonly suffixes = new Map<string, number>();
  /** Pending operations that fit in exactly one value, by that value. */
  private readonly needers = new Map<Value, number>();

  constructor(ops: readonly Operation[]) {
    for (const op of ops) this.restored(op);
  }

  /** `op` was linearized: it no longer sets or needs anything. */
  linearized(op: Operation): void {
    this.bump(op, -1);
  }

  /** `op` is pending again (its linearization was undone). */
  restored(op: Operation): void {
    this.bump(op, 1);
  }

  /**
   * Can the value become `v` later, from `current`? Either a pending operation
   * sets it, or a pending unknown append ends it and what comes before that
   * suffix can be reached in turn (an over-approximation: one append may be
   * counted twice, which only makes this answer "yes" more often).
   */
  canSet(v: Value, current: Value): boolean {
    if ((this.producers.get(v) ?? 0) > 0) return true;
    if (v === null) return false;
    for (const s of this.suffixes.keys()) {
      if (s === '' || !v.endsWith(s)) continue;
      const before = v.slice(0, v.length - s.length);
      const reachable = (w: Value) => w === current || this.canSet(w, current);
      if (before === '' ? reachable(null) || reachable('') : reachable(before)) return true;
    }
    // An unknown append of '' changes nothing, so it sets no new value.
    return false;
  }

  /** Did moving from `before` to `now` strand a pending operation that fits only in `before`? */
  strands(before: Value, now: Value): boolean {
    return before !== now && (this.needers.get(before) ?? 0) > 0 && !this.canSet(before, now);
  }

  private bump(op: Operation, by: number): void {
    const p = producedValue(op);
    if (p === 'suffix') add(this.suffixes, op.input as string, by);
    else if (p !== undefined) add(this.producers, p.value, by);
    const fits = fittingValues(op);
    if (fits?.length === 1) add(this.needers, fits[0], by);
  }
}

function add<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}
