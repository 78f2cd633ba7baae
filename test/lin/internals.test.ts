// The search's data structures: the Zobrist-hashed bitset, the memo cache and
// the lift/unlift entry list must be exact, or the search silently skips states.

import { Bitset } from './bitset';
import { FailureTable, LinearizationCache, StateTable } from './cache';
import { Reachability } from './reachable';
import { EntryList, NIL } from './entries';
import type { PreparedOp } from './prepare';
import { append, read, write } from './testkit/build';

describe('Bitset', () => {
  test('set/clear are idempotent and the hash depends only on the members', () => {
    const a = new Bitset(100);
    const b = new Bitset(100);
    a.set(3);
    a.set(70);
    a.set(3);
    b.set(70);
    b.set(99);
    b.set(3);
    b.clear(99);
    b.clear(5);
    expect(a.hash).toBe(b.hash);
    expect(a.equals(b.snapshot())).toBe(true);
    expect(a.count()).toBe(2);
    expect(a.has(70) && !a.has(71)).toBe(true);
    a.clear(3);
    a.clear(70);
    expect(a.hash).toBe(0);
  });

  test('different small sets get different hashes', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 64; i++) {
      for (let j = i + 1; j < 64; j++) {
        const s = new Bitset(64);
        s.set(i);
        s.set(j);
        seen.add(s.hash);
      }
    }
    expect(seen.size).toBe((64 * 63) / 2);
  });
});

describe('LinearizationCache', () => {
  test('remembers (set, value) pairs and tells apart equal sets with different values', () => {
    const states = new StateTable();
    const cache = new LinearizationCache();
    const none = new Bitset(0);
    const s = new Bitset(40);
    s.set(33);
    expect(cache.add(s, none, states.intern('a'))).toBe(true);
    expect(cache.add(s, none, states.intern('a'))).toBe(false);
    expect(cache.add(s, none, states.intern(null))).toBe(true);
    s.set(1);
    expect(cache.add(s, none, states.intern('a'))).toBe(true);
    expect(states.intern('a')).toBe(states.intern('a'));
  });

  test('compact snapshots compare exactly, whatever the run of full words', () => {
    const a = new Bitset(200);
    for (let i = 0; i < 100; i++) a.set(i);
    a.set(150);
    const snap = a.snapshot();
    expect(snap.full).toBe(3);
    expect(a.equals(snap)).toBe(true);
    a.clear(5);
    expect(a.equals(snap)).toBe(false);
    a.set(5);
    a.set(199);
    expect(a.equals(snap)).toBe(false);
  });
});

describe('FailureTable (dominance over unknown operations)', () => {
  test('a failure with fewer unknown operations implies failure with more, not fewer', () => {
    const failures = new FailureTable();
    const known = new Bitset(10);
    known.set(2);
    const unknown = new Bitset(5);
    unknown.set(1);
    failures.record(known, unknown, 7);
    unknown.set(3);
    expect(failures.dominated(known, unknown, 7)).toBe(true);
    expect(failures.dominated(known, unknown, 8)).toBe(false);
    unknown.clear(1);
    expect(failures.dominated(known, unknown, 7)).toBe(false);
    known.set(3);
    unknown.set(1);
    expect(failures.dominated(known, unknown, 7)).toBe(false);
  });
});

describe('Reachability', () => {
  test('knows which values pending operations can still set, through unknown appends too', () => {
    const reach = new Reachability([write(1, [0, 1], 'a'), append(2, [0], 'x', ''), read(3, [0, 1], 'b')]);
    expect(reach.canSet('a', null)).toBe(true);
    expect(reach.canSet('b', null)).toBe(false);
    expect(reach.canSet('ax', null)).toBe(true); // write 'a', then the unknown append
    expect(reach.canSet('x', null)).toBe(true); // the unknown append on an absent key
    expect(reach.canSet('bx', null)).toBe(false);
    expect(reach.canSet('bx', 'b')).toBe(true);
  });

  test('overwriting the only value a pending read fits in strands it', () => {
    const w = write(1, [0, 1], 'a');
    const r = read(2, [0, 5], 'a');
    const reach = new Reachability([w, r, write(3, [0, 1], 'c')]);
    expect(reach.strands('a', 'c')).toBe(false); // 'a' can still be written
    reach.linearized(w);
    expect(reach.strands('a', 'c')).toBe(true);
    reach.linearized(r);
    expect(reach.strands('a', 'c')).toBe(false); // nobody waits for 'a' any more
  });
});

describe('EntryList', () => {
  const prepared = (intervals: [number, number][]): PreparedOp[] =>
    intervals.map(([call, ret], index) => ({ index, op: read(1, [call, ret], null), call, ret }));

  function walk(list: EntryList): string[] {
    const out: string[] = [];
    for (let e = list.first(); e !== NIL; e = list.next(e)) out.push(`${list.isCall(e) ? 'c' : 'r'}${list.op(e)}`);
    return out;
  }

  test('sorts by time with calls before returns at equal times; unknown returns last', () => {
    const list = new EntryList(prepared([[0, 10], [10, 20], [5, Infinity], [1, 2]]));
    expect(walk(list)).toEqual(['c0', 'c3', 'r3', 'c2', 'c1', 'r0', 'r1', 'r2']);
  });

  test('lift removes a call and its return; unlift in LIFO order restores the list exactly', () => {
    const list = new EntryList(prepared([[0, 10], [1, 2], [3, 4], [5, 20]]));
    const before = walk(list);
    const callOf = (op: number) => {
      for (let e = list.first(); e !== NIL; e = list.next(e)) if (list.isCall(e) && list.op(e) === op) return e;
      throw new Error('not found');
    };
    const c1 = callOf(1);
    list.lift(c1);
    const c0 = callOf(0);
    list.lift(c0);
    const c3 = callOf(3);
    list.lift(c3);
    expect(walk(list)).toEqual(['c2', 'r2']);
    list.unlift(c3);
    list.unlift(c0);
    list.unlift(c1);
    expect(walk(list)).toEqual(before);
    const c2 = callOf(2);
    list.lift(callOf(0));
    list.lift(callOf(1));
    list.lift(c2);
    list.lift(callOf(3));
    expect(list.isEmpty()).toBe(true);
  });
});
