// The set of operations linearized so far, as a fixed-size bitset.
//
// Lowe's memoisation keys the search cache on (this set, model state), so it is
// hashed and compared on every step. The hash is a Zobrist hash (XOR of one
// pseudo-random word per member) kept up to date on set/clear, so hashing costs
// O(1) instead of O(n/32); equality (needed on hash collisions) is a word loop.

const FULL = 0xffffffff;

/** A stored copy of a bitset: `full` leading all-ones words, then `window`, then zeros. */
export interface Snapshot {
  full: number;
  window: Uint32Array;
}

export class Bitset {
  readonly words: Uint32Array;
  /** Zobrist hash of the members, maintained incrementally. */
  hash = 0;

  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  set(i: number): void {
    const w = i >>> 5;
    const bit = 1 << (i & 31);
    if ((this.words[w] & bit) === 0) {
      this.words[w] |= bit;
      this.hash ^= zobristKey(i);
    }
  }

  clear(i: number): void {
    const w = i >>> 5;
    const bit = 1 << (i & 31);
    if ((this.words[w] & bit) !== 0) {
      this.words[w] &= ~bit;
      this.hash ^= zobristKey(i);
    }
  }

  /**
   * A compact copy for the memo tables. The search numbers operations by call
   * time, so a linearized set is mostly a run of full words, then a short
   * window, then zeros: storing only the window keeps memory proportional to
   * the concurrency, not to the history length.
   */
  snapshot(): Snapshot {
    const w = this.words;
    let full = 0;
    while (full < w.length && w[full] === FULL) full++;
    let end = w.length;
    while (end > full && w[end - 1] === 0) end--;
    return { full, window: w.slice(full, end) };
  }

  equals(s: Snapshot): boolean {
    const w = this.words;
    let i = 0;
    for (; i < s.full; i++) if (w[i] !== FULL) return false;
    for (let j = 0; j < s.window.length; j++, i++) if (w[i] !== s.window[j]) return false;
    for (; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }

  /** Is every member of `s` a member of this set? */
  containsAll(s: Snapshot): boolean {
    const w = this.words;
    let i = 0;
    for (; i < s.full; i++) if (w[i] !== FULL) return false;
    for (let j = 0; j < s.window.length; j++, i++) if ((s.window[j] & ~w[i]) !== 0) return false;
    return true;
  }

  /** Is every member of this set a member of `s`? */
  containedIn(s: Snapshot): boolean {
    const w = this.words;
    let i = s.full;
    for (let j = 0; j < s.window.length; j++, i++) if ((w[i] & ~s.window[j]) !== 0) return false;
    for (; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }

  count(): number {
    let n = 0;
    for (let w of this.words) {
      for (; w !== 0; n++) w &= w - 1;
    }
    return n;
  }
}

/**
 * Per-member random word: murmur3's 32-bit finaliser applied to the index. It is
 * a bijection, so members get distinct words, and it needs no table.
 */
export function zobristKey(i: number): number {
  let h = (i + 0x9e3779b9) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
