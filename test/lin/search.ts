// The Wing–Gong linearizability search with Lowe's memoisation, for one key.
//
// Depth-first over "which pending operation is linearized next". The
// candidates at a node are the call entries before the first return entry of
// the history list (no pending operation has returned before they were
// called). Linearizing one (the model must accept its output, and the new
// (linearized set, value) must not have been explored already) lifts it out of
// the list and opens a new node; when no candidate works the node has failed
// and the last choice is undone (unlift). Every known operation linearized
// means success; undoing past the root means there is no linearization.
//
// Each pruning below removes only nodes that provably have no completion, or
// whose completions are also reached through a sibling, so a failure verdict
// is absolute, which the memo tables rely on:
//
// - Memo (Lowe): skip a (set, value) node already explored (cache.ts).
// - Dominance over unknown operations: skip a node whose known set and value
//   match a failed node with fewer unknown operations (cache.ts).
// - No-loss moves (a partial-order reduction): an operation that never
//   changes the value (a read, a failed cas, ...) and fits now can go now
//   without losing any completion, since moving it to the front of a
//   completion keeps it valid. It is then the node's only move; if it fails,
//   the node fails.
// - Unreachable values (reachable.ts): a pending operation that fits only in
//   values that can no longer occur will never fit: the node has failed.
// - An unknown operation is not tried where it would not change the value: the
//   node it leads to has the same future as the current one, minus options.
//   Once only unknown operations remain, they all go last.
//
// The order of trial only affects speed: first candidates whose result lets
// a waiting candidate fit, then the rest in call order.

import { Bitset } from './bitset';
import { FailureTable, LinearizationCache, StateTable } from './cache';
import { EntryList } from './entries';
import { INITIAL_VALUE, fittingValues, neverChangesValue, step } from './model';
import type { PreparedOp } from './prepare';
import { Reachability } from './reachable';
import type { Value } from './types';

export type SearchOutcome =
  /** `order`: partition op ids in a valid linearization order. */
  | { result: 'ok'; steps: number; order: number[] }
  /**
   * `longestPrefix`: partition op ids of the longest linearizable prefix met.
   * `impossible`: an operation that fits in no value the key can ever hold,
   * when that alone settled it.
   */
  | { result: 'illegal'; steps: number; longestPrefix: number[]; impossible?: number }
  /** The deadline passed first. */
  | { result: 'unknown'; steps: number };

/** How many steps between clock reads: cheap enough, and ~ms granularity. */
const CLOCK_EVERY = 1024;

/** `deadline` is a performance.now() value; Infinity for no limit. */
export function searchPartition(ops: readonly PreparedOp[], deadline: number): SearchOutcome {
  return new Search(ops).run(deadline);
}

/** A node of the search: its candidate call entries in trial order, and the next one to try. */
interface Node {
  candidates: Int32Array;
  next: number;
  /** Its only candidate is a no-loss move: if that fails, the node fails. */
  noLoss: boolean;
}

/** A choice made at a node: the call entry linearized and the value before it. */
interface Choice {
  node: Node;
  entry: number;
  valueBefore: Value;
}

const DEAD: Readonly<Node> = { candidates: new Int32Array(0), next: 0, noLoss: false };

class Search {
  private readonly list: EntryList;
  /** Per operation: outcome unknown, and its bit in the matching set. */
  private readonly isUnknown: Uint8Array;
  private readonly slot: Int32Array;
  private readonly known: Bitset;
  private readonly unknown: Bitset;
  private knownLeft: number;
  private unknownPlaced = 0;

  private readonly cache = new LinearizationCache();
  private readonly failures: FailureTable | undefined;
  private readonly states = new StateTable();
  private readonly reach: Reachability;
  private readonly observer: Uint8Array;
  private readonly fitting: (Value[] | undefined)[];

  private readonly choices: Choice[] = [];
  private value: Value = INITIAL_VALUE;
  /** The deepest failed prefix so far, kept incrementally: it shares its start with the current stack. */
  private readonly longest: Int32Array;
  private longestLength = 0;
  private lowestSinceLongest = 0;

  constructor(private readonly ops: readonly PreparedOp[]) {
    this.list = new EntryList(ops);
    this.isUnknown = Uint8Array.from(ops, (p) => (p.ret === Infinity ? 1 : 0));
    // Bits numbered by call time keep linearized sets compact (see Bitset.snapshot).
    this.slot = new Int32Array(ops.length);
    let k = 0;
    let u = 0;
    const byCall = ops.map((_, id) => id).sort((a, b) => ops[a].call - ops[b].call || a - b);
    for (const id of byCall) this.slot[id] = this.isUnknown[id] === 1 ? u++ : k++;
    this.known = new Bitset(k);
    this.unknown = new Bitset(u);
    this.knownLeft = k;
    this.failures = u > 0 ? new FailureTable() : undefined;
    this.reach = new Reachability(ops.map((p) => p.op));
    this.observer = Uint8Array.from(ops, (p) => (neverChangesValue(p.op) ? 1 : 0));
    this.fitting = ops.map((p) => fittingValues(p.op));
    this.longest = new Int32Array(ops.length);
  }

  run(deadline: number): SearchOutcome {
    let steps = 0;
    const impossible = this.impossibleOp();
    if (impossible !== undefined) return { result: 'illegal', steps, longestPrefix: [], impossible };
    if (this.knownLeft === 0) return { result: 'ok', steps, order: this.completeOrder() };
    let node: Node | undefined = this.enter();
    while (node !== undefined) {
      if (steps++ % CLOCK_EVERY === 0 && deadline !== Infinity && performance.now() >= deadline) {
        return { result: 'unknown', steps };
      }
      if (node.next < node.candidates.length) {
        if (this.tryLinearize(node, node.candidates[node.next++])) {
          if (this.knownLeft === 0) return { result: 'ok', steps, order: this.completeOrder() };
          node = this.enter();
        }
        continue;
      }
      // Every candidate failed (or the only, no-loss, one did): this node has failed.
      this.noteFailedPrefix();
      node = this.backtrack();
    }
    return { result: 'illegal', steps, longestPrefix: Array.from(this.longest.subarray(0, this.longestLength)) };
  }

  /**
   * A known operation that fits in no value the key can ever hold (a read of a
   * value nothing writes). Found up front because the search would only meet
   * it after exhausting every ordering of what precedes it.
   */
  private impossibleOp(): number | undefined {
    const id = this.fitting.findIndex((fits) => fits !== undefined && !fits.some((v) => v === INITIAL_VALUE || this.reach.canSet(v, INITIAL_VALUE)));
    return id === -1 ? undefined : id;
  }

  /** The current node's moves: a lone no-loss move if any; none if provably dead; else candidates in trial order. */
  private enter(): Node {
    const list = this.list;
    const last = this.choices.at(-1);
    if (last !== undefined && this.reach.strands(last.valueBefore, this.value)) return DEAD;
    const found: { e: number; next: Value | undefined; helps: boolean }[] = [];
    for (let e = list.first(); list.isCall(e); e = list.next(e)) {
      const id = list.op(e);
      const next = step(this.value, this.ops[id].op);
      if (next === this.value && this.isUnknown[id] === 1) continue;
      if (next !== undefined && this.observer[id] === 1) return { candidates: Int32Array.of(e), next: 0, noLoss: true };
      found.push({ e, next, helps: false });
    }
    // Values that candidates not fitting now would fit in; if one can never occur, this node is dead.
    const wanted = new Set<Value>();
    for (const c of found) {
      const fits = this.fitting[list.op(c.e)];
      if (c.next !== undefined || fits === undefined) continue;
      if (!fits.some((v) => this.reach.canSet(v, this.value))) return DEAD;
      for (const v of fits) wanted.add(v);
    }
    const tryable = found.filter((c) => c.next !== undefined);
    for (const c of tryable) c.helps = wanted.has(c.next as Value);
    // Stable sort: helpful candidates first, each group in list (call) order.
    tryable.sort((a, b) => Number(b.helps) - Number(a.helps));
    return { candidates: Int32Array.from(tryable, (c) => c.e), next: 0, noLoss: false };
  }

  /** Linearize the operation of call entry `entry` next, unless the model or a memo table rules it out. */
  private tryLinearize(node: Node, entry: number): boolean {
    const id = this.list.op(entry);
    const next = step(this.value, this.ops[id].op);
    if (next === undefined) return false;
    const stateId = this.states.intern(next);
    this.mark(id, true);
    // With no unknown operation linearized, dominance is plain equality, which the memo checks.
    const dominated = this.unknownPlaced > 0 && this.failures !== undefined && this.failures.dominated(this.known, this.unknown, stateId);
    if (dominated || !this.cache.add(this.known, this.unknown, stateId)) {
      this.mark(id, false);
      return false;
    }
    this.choices.push({ node, entry, valueBefore: this.value });
    this.value = next;
    this.list.lift(entry);
    this.reach.linearized(this.ops[id].op);
    return true;
  }

  /**
   * Record the current node as failed, undo the last choice and return the
   * node it was made from, to try its next candidate. A failed no-loss move
   * fails the node it was made from, so keep undoing past those. Undefined
   * when there is nothing left to undo.
   */
  private backtrack(): Node | undefined {
    for (;;) {
      this.failures?.record(this.known, this.unknown, this.states.intern(this.value));
      const c = this.choices.pop();
      if (c === undefined) return undefined;
      this.lowestSinceLongest = Math.min(this.lowestSinceLongest, this.choices.length);
      const id = this.list.op(c.entry);
      this.value = c.valueBefore;
      this.mark(id, false);
      this.list.unlift(c.entry);
      this.reach.restored(this.ops[id].op);
      if (!c.node.noLoss) return c.node;
    }
  }

  private mark(id: number, linearized: boolean): void {
    const unknown = this.isUnknown[id] === 1;
    const set = unknown ? this.unknown : this.known;
    if (linearized) set.set(this.slot[id]);
    else set.clear(this.slot[id]);
    if (unknown) this.unknownPlaced += linearized ? 1 : -1;
    else this.knownLeft += linearized ? -1 : 1;
  }

  /** Keep the deepest failed prefix for the explanation, copying only what changed since the last one. */
  private noteFailedPrefix(): void {
    const depth = this.choices.length;
    if (depth <= this.longestLength) return;
    for (let i = this.lowestSinceLongest; i < depth; i++) this.longest[i] = this.list.op(this.choices[i].entry);
    this.longestLength = depth;
    this.lowestSinceLongest = depth;
  }

  /** The choices made, then the unknown operations not linearized (they all fit last). */
  private completeOrder(): number[] {
    const order = this.choices.map((c) => this.list.op(c.entry));
    this.ops.forEach((_, id) => {
      if (this.isUnknown[id] === 1 && !this.unknown.has(this.slot[id])) order.push(id);
    });
    return order;
  }
}
