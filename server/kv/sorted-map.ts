// The state machine's keys and values, in key order, with O(1) freezing for snapshots.
//
// Order: by Unicode code point, which is the order of the keys' UTF-8 bytes (what a
// client in any language gets from a byte-wise sort). JavaScript's `<` compares UTF-16
// code units, which differs once characters above U+FFFF meet U+E000..U+FFFF, so
// compareKeys() remaps surrogates above the rest of the BMP at the first difference.
//
// Structure: a list of sorted runs, each holding at most RUN_MAX keys and their values
// in two parallel arrays, plus the last key of every run (the layout of Python's
// sortedcontainers). With n keys and run size c: get costs O(log n) comparisons; set
// and delete add an O(c) splice inside one run and, on a split or merge, an O(n/c)
// splice of the run list; a range query costs O(log n + answered keys). No call sorts
// or walks all keys. There is no hash map beside the runs: at a million keys one would
// cost about 30 MB, a tenth of the node's memory, to save twenty string comparisons
// per get.
//
// Freezing (for a snapshot) copies the run list, n/c references, and starts a new
// generation. A run from an older generation may be shared with a frozen view, so the
// first change to it after a freeze changes a copy (O(c)) and the view keeps the
// original. A snapshot of a million keys thus opens in about a millisecond instead of
// copying two million references while the event loop waits, and while it is being
// written only the runs that change are held twice.

const RUN_MAX = 512;
const RUN_MERGE_BELOW = RUN_MAX / 4;

function remapCodeUnit(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Negative, zero or positive as a sorts before, with or after b in UTF-8 byte order. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return remapCodeUnit(x) - remapCodeUnit(y);
  }
  return a.length - b.length;
}

/** A code unit the remap moves: a surrogate, or U+E000..U+FFFF. */
const HIGH_UNIT = /[\ud800-\uffff]/;

/**
 * First index in the sorted `list` whose element is ≥ key (or > key when `after`).
 * When `key` has no code unit at or above U+D800, the first difference between it and
 * any other string has a unit below U+D800 on its side, which the remap leaves below
 * every unit it moves: there `<` on UTF-16 gives the same order, natively and several
 * times faster than compareKeys' loop (what most keys, being ASCII, get).
 */
function bound(list: readonly string[], key: string, after: boolean): number {
  const native = !HIGH_UNIT.test(key);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = list[middle]!;
    const before = native ? other < key || (after && other === key) : isBefore(compareKeys(other, key), after);
    if (before) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isBefore(order: number, after: boolean): boolean {
  return order < 0 || (after && order === 0);
}

/** Consecutive keys and their values: values[i] belongs to keys[i]. */
export interface Run {
  readonly keys: readonly string[];
  readonly values: readonly string[];
}

/** The map's entries at one moment: later changes to the map do not show here. */
export interface FrozenMap {
  readonly size: number;
  /** In key order; together they hold every entry once. */
  readonly runs: readonly Run[];
}

interface OwnedRun {
  keys: string[];
  values: string[];
  /** The map generation that created this run; older runs may be shared with a FrozenMap. */
  generation: number;
}

export class SortedMap {
  private runs: OwnedRun[] = [];
  /** maxes[i] is the last key of runs[i]. */
  private maxes: string[] = [];
  private count = 0;
  /** Raised by every freeze(): runs of an older generation are copied before they change. */
  private generation = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): string | undefined {
    const runIndex = bound(this.maxes, key, false);
    if (runIndex === this.runs.length) return undefined;
    const run = this.runs[runIndex]!;
    const position = bound(run.keys, key, false);
    return run.keys[position] === key ? run.values[position] : undefined;
  }

  /** Sets `key` to `value`; answers the value it replaced, undefined if it is new. */
  set(key: string, value: string): string | undefined {
    if (this.runs.length === 0) {
      this.runs.push({ keys: [key], values: [value], generation: this.generation });
      this.maxes.push(key);
      this.count = 1;
      return undefined;
    }
    const runIndex = Math.min(bound(this.maxes, key, false), this.runs.length - 1);
    const position = bound(this.runs[runIndex]!.keys, key, false);
    const run = this.owned(runIndex);
    if (position < run.keys.length && run.keys[position] === key) {
      const old = run.values[position]!;
      run.values[position] = value;
      return old;
    }
    run.keys.splice(position, 0, key);
    run.values.splice(position, 0, value);
    this.maxes[runIndex] = run.keys[run.keys.length - 1]!;
    this.count++;
    if (run.keys.length > RUN_MAX) this.split(runIndex);
    return undefined;
  }

  /** Removes `key`; answers its value, undefined if it was not there. */
  delete(key: string): string | undefined {
    const runIndex = bound(this.maxes, key, false);
    if (runIndex === this.runs.length) return undefined;
    const position = bound(this.runs[runIndex]!.keys, key, false);
    if (this.runs[runIndex]!.keys[position] !== key) return undefined;
    const run = this.owned(runIndex);
    const old = run.values[position]!;
    run.keys.splice(position, 1);
    run.values.splice(position, 1);
    this.count--;
    if (run.keys.length === 0) {
      this.runs.splice(runIndex, 1);
      this.maxes.splice(runIndex, 1);
      return old;
    }
    this.maxes[runIndex] = run.keys[run.keys.length - 1]!;
    if (run.keys.length < RUN_MERGE_BELOW) this.mergeSmall(runIndex);
    return old;
  }

  /**
   * Adds an entry whose key sorts after every key held: how a restore builds the map
   * in O(n) without sorting. False, changing nothing, if the key does not sort last.
   */
  append(key: string, value: string): boolean {
    const last = this.runs[this.runs.length - 1];
    if (last !== undefined && compareKeys(last.keys[last.keys.length - 1]!, key) >= 0) return false;
    // Half-full runs, so the first inserts after a restore do not split at once.
    if (last === undefined || last.keys.length >= RUN_MAX / 2 || last.generation !== this.generation) {
      this.runs.push({ keys: [key], values: [value], generation: this.generation });
      this.maxes.push(key);
    } else {
      last.keys.push(key);
      last.values.push(value);
      this.maxes[this.maxes.length - 1] = key;
    }
    this.count++;
    return true;
  }

  /**
   * Keys starting with `prefix`, in order, strictly after `startAfter` when given, at
   * most `limit`. Keys with one prefix are contiguous in this order (it is
   * lexicographic over remapped code units), so the scan stops at the first miss.
   */
  range(prefix: string, limit: number, startAfter?: string): string[] {
    const answer: string[] = [];
    const useAfter = startAfter !== undefined && compareKeys(startAfter, prefix) >= 0;
    const from = useAfter ? startAfter : prefix;
    let runIndex = bound(this.maxes, from, useAfter);
    if (runIndex === this.runs.length) return answer;
    let position = bound(this.runs[runIndex]!.keys, from, useAfter);
    while (answer.length < limit && runIndex < this.runs.length) {
      const keys = this.runs[runIndex]!.keys;
      for (; position < keys.length && answer.length < limit; position++) {
        const key = keys[position]!;
        if (!key.startsWith(prefix)) return answer;
        answer.push(key);
      }
      runIndex++;
      position = 0;
    }
    return answer;
  }

  /** Every [key, value] in key order. The map must not change while iterating. */
  *entries(): IterableIterator<[string, string]> {
    for (const run of this.runs) {
      for (let i = 0; i < run.keys.length; i++) yield [run.keys[i]!, run.values[i]!];
    }
  }

  /** The entries as of now, kept as they are whatever changes next: O(n / RUN_MAX). */
  freeze(): FrozenMap {
    this.generation++;
    return { size: this.count, runs: this.runs.slice() };
  }

  /** runs[runIndex], copied first if a frozen view may share it. */
  private owned(runIndex: number): OwnedRun {
    const run = this.runs[runIndex]!;
    if (run.generation === this.generation) return run;
    const copy = { keys: run.keys.slice(), values: run.values.slice(), generation: this.generation };
    this.runs[runIndex] = copy;
    return copy;
  }

  /** Splits an owned run in two halves. */
  private split(runIndex: number): void {
    const run = this.runs[runIndex]!;
    const half = run.keys.length >>> 1;
    const upper = { keys: run.keys.splice(half), values: run.values.splice(half), generation: this.generation };
    this.runs.splice(runIndex + 1, 0, upper);
    this.maxes.splice(runIndex, 1, run.keys[run.keys.length - 1]!, upper.keys[upper.keys.length - 1]!);
  }

  /** Joins a small run with a neighbour when the result stays within RUN_MAX (a new run: neither is changed). */
  private mergeSmall(runIndex: number): void {
    const left = runIndex > 0 ? runIndex - 1 : runIndex;
    if (left + 1 >= this.runs.length) return;
    const a = this.runs[left]!;
    const b = this.runs[left + 1]!;
    if (a.keys.length + b.keys.length > RUN_MAX) return;
    const merged = { keys: a.keys.concat(b.keys), values: a.values.concat(b.values), generation: this.generation };
    this.runs.splice(left, 2, merged);
    this.maxes.splice(left, 2, merged.keys[merged.keys.length - 1]!);
  }
}
