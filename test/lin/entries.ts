// The Wing–Gong history list: every operation's call and return entries, sorted
// by time, in a doubly linked list.
//
// The search walks the list from the front. A call entry met before any return
// entry belongs to an operation that may be linearized next (no pending
// operation has returned before it was called). Linearizing one "lifts" its call
// and return out of the list; backtracking "unlifts" them. Lifts are undone in
// LIFO order and a lifted entry keeps its own links, so unlifting is the
// dancing-links restore: O(1) both ways.
//
// Entries are integers indexing typed arrays (no per-entry objects): entry 0 is
// the head sentinel, NIL ends the list.

import type { PreparedOp } from './prepare';

export const NIL = -1;

export class EntryList {
  private readonly nextOf: Int32Array;
  private readonly prevOf: Int32Array;
  /** Operation (index into the partition) each entry belongs to. */
  private readonly opOf: Int32Array;
  /** For a call entry, its return entry; NIL for return entries and the head. */
  private readonly matchOf: Int32Array;

  constructor(ops: readonly PreparedOp[]) {
    const m = ops.length;
    // Event j < m is the call of op j, event j >= m the return of op j - m.
    const time = (j: number) => (j < m ? ops[j].call : ops[j - m].ret);
    const events = Array.from({ length: 2 * m }, (_, j) => j);
    events.sort((a, b) => {
      const dt = time(a) - time(b);
      if (dt !== 0 && !Number.isNaN(dt)) return dt;
      // At equal times calls go first: touching operations count as concurrent.
      const ka = a < m ? 0 : 1;
      const kb = b < m ? 0 : 1;
      return ka !== kb ? ka - kb : a - b;
    });

    const n = 2 * m + 1;
    this.nextOf = new Int32Array(n);
    this.prevOf = new Int32Array(n);
    this.opOf = new Int32Array(n).fill(NIL);
    this.matchOf = new Int32Array(n).fill(NIL);
    const entryOfEvent = new Int32Array(2 * m);
    events.forEach((ev, pos) => {
      const e = pos + 1;
      entryOfEvent[ev] = e;
      this.opOf[e] = ev < m ? ev : ev - m;
      this.prevOf[e] = e - 1;
      this.nextOf[e] = e + 1 < n ? e + 1 : NIL;
    });
    this.prevOf[0] = NIL;
    this.nextOf[0] = n > 1 ? 1 : NIL;
    for (let j = 0; j < m; j++) this.matchOf[entryOfEvent[j]] = entryOfEvent[j + m];
  }

  first(): number {
    return this.nextOf[0];
  }

  isEmpty(): boolean {
    return this.nextOf[0] === NIL;
  }

  next(e: number): number {
    return this.nextOf[e];
  }

  /** False for return entries and for NIL (the end), so scans can stop on either. */
  isCall(e: number): boolean {
    return e !== NIL && this.matchOf[e] !== NIL;
  }

  op(e: number): number {
    return this.opOf[e];
  }

  /** Remove a call entry and its return entry. */
  lift(call: number): void {
    const next = this.nextOf;
    const prev = this.prevOf;
    next[prev[call]] = next[call];
    prev[next[call]] = prev[call]; // a call is always followed by (at least) its return
    const ret = this.matchOf[call];
    next[prev[ret]] = next[ret];
    if (next[ret] !== NIL) prev[next[ret]] = prev[ret];
  }

  /** Undo the most recent lift of `call`, in reverse order of removal. */
  unlift(call: number): void {
    const next = this.nextOf;
    const prev = this.prevOf;
    const ret = this.matchOf[call];
    if (next[ret] !== NIL) prev[next[ret]] = ret;
    next[prev[ret]] = ret;
    prev[next[call]] = call;
    next[prev[call]] = call;
  }
}
