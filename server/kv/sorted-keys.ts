// The sorted set of keys behind `keys(prefix, limit)`, maintained incrementally.
//
// Order: by Unicode code point, which is the order of the keys' UTF-8 bytes (what a
// client in any language gets from a byte-wise sort). JavaScript's `<` compares UTF-16
// code units, which differs once characters above U+FFFF meet U+E000..U+FFFF, so
// compareKeys() remaps surrogates above the rest of the BMP at the first difference.
//
// Structure: a list of sorted chunks, each holding at most CHUNK_MAX keys, plus the
// last key of every chunk (the layout of Python's sortedcontainers). With n keys and
// chunk size c: add/delete cost O(log n) comparisons plus an O(c) splice inside one
// chunk plus, on a split or merge, an O(n/c) splice of the chunk list; a range query
// costs O(log n + answered keys). No call ever sorts or walks all keys.

const CHUNK_MAX = 512;
const CHUNK_MERGE_BELOW = CHUNK_MAX / 4;

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

export class SortedKeys {
  private chunks: string[][] = [];
  /** maxes[i] is the last key of chunks[i]. */
  private maxes: string[] = [];
  private count = 0;
  /** Chunks a pin() still reads: copied before their first change. Null when none is pinned. */
  private pinned: Set<readonly string[]> | null = null;
  private pins = 0;

  /** Builds from keys already strictly increasing in compareKeys order: O(n). */
  static fromSorted(keys: readonly string[]): SortedKeys {
    const sorted = new SortedKeys();
    const half = CHUNK_MAX / 2;
    for (let start = 0; start < keys.length; start += half) {
      const chunk = keys.slice(start, start + half);
      sorted.chunks.push(chunk);
      sorted.maxes.push(chunk[chunk.length - 1]!);
    }
    sorted.count = keys.length;
    return sorted;
  }

  get size(): number {
    return this.count;
  }

  /** Adds `key`; false if it was there. */
  add(key: string): boolean {
    if (this.chunks.length === 0) {
      this.chunks.push([key]);
      this.maxes.push(key);
      this.count = 1;
      return true;
    }
    const chunkIndex = Math.min(bound(this.maxes, key, false), this.chunks.length - 1);
    let chunk = this.chunks[chunkIndex]!;
    const position = bound(chunk, key, false);
    if (position < chunk.length && chunk[position] === key) return false;
    chunk = this.writable(chunkIndex);
    chunk.splice(position, 0, key);
    this.maxes[chunkIndex] = chunk[chunk.length - 1]!;
    this.count++;
    if (chunk.length > CHUNK_MAX) this.split(chunkIndex);
    return true;
  }

  /** Removes `key`; false if it was not there. */
  delete(key: string): boolean {
    const chunkIndex = bound(this.maxes, key, false);
    if (chunkIndex === this.chunks.length) return false;
    let chunk = this.chunks[chunkIndex]!;
    const position = bound(chunk, key, false);
    if (position === chunk.length || chunk[position] !== key) return false;
    chunk = this.writable(chunkIndex);
    chunk.splice(position, 1);
    this.count--;
    if (chunk.length === 0) {
      this.chunks.splice(chunkIndex, 1);
      this.maxes.splice(chunkIndex, 1);
      return true;
    }
    this.maxes[chunkIndex] = chunk[chunk.length - 1]!;
    if (chunk.length < CHUNK_MERGE_BELOW) this.mergeSmall(chunkIndex);
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
    let chunkIndex = bound(this.maxes, from, useAfter);
    if (chunkIndex === this.chunks.length) return answer;
    let position = bound(this.chunks[chunkIndex]!, from, useAfter);
    while (answer.length < limit && chunkIndex < this.chunks.length) {
      const chunk = this.chunks[chunkIndex]!;
      for (; position < chunk.length && answer.length < limit; position++) {
        const key = chunk[position]!;
        if (!key.startsWith(prefix)) return answer;
        answer.push(key);
      }
      chunkIndex++;
      position = 0;
    }
    return answer;
  }

  /** Every key in order. The set must not change while iterating. */
  *[Symbol.iterator](): IterableIterator<string> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /**
   * The keys as of now, in order, as consecutive runs that later adds and deletes leave
   * unchanged until the matching unpin(): a chunk a pin still reads is copied before its
   * first change (copy-on-write). O(number of chunks), about n/300: a snapshot takes the
   * keys of a million in well under a millisecond, then copies them at its own pace.
   */
  pin(): readonly (readonly string[])[] {
    const runs = this.chunks.slice();
    if (this.pinned === null) this.pinned = new Set(runs);
    else for (const run of runs) this.pinned.add(run);
    this.pins++;
    return runs;
  }

  /** Ends one pin(); once none is left, chunks change in place again. */
  unpin(): void {
    if (this.pins <= 0) throw new Error('SortedKeys.unpin without a pin');
    if (--this.pins === 0) this.pinned = null;
  }

  /** chunks[chunkIndex], copied first if a pin reads it. */
  private writable(chunkIndex: number): string[] {
    const chunk = this.chunks[chunkIndex]!;
    if (this.pinned === null || !this.pinned.has(chunk)) return chunk;
    const copy = chunk.slice();
    this.chunks[chunkIndex] = copy;
    return copy;
  }

  private split(chunkIndex: number): void {
    const chunk = this.chunks[chunkIndex]!;
    const upper = chunk.splice(chunk.length >>> 1);
    this.chunks.splice(chunkIndex + 1, 0, upper);
    this.maxes.splice(chunkIndex, 1, chunk[chunk.length - 1]!, upper[upper.length - 1]!);
  }

  /** Joins a small chunk with a neighbour when the result stays within CHUNK_MAX. */
  private mergeSmall(chunkIndex: number): void {
    const left = chunkIndex > 0 ? chunkIndex - 1 : chunkIndex;
    if (left + 1 >= this.chunks.length) return;
    const merged = this.chunks[left]!.concat(this.chunks[left + 1]!);
    if (merged.length > CHUNK_MAX) return;
    this.chunks.splice(left, 2, merged);
    this.maxes.splice(left, 2, merged[merged.length - 1]!);
  }
}
