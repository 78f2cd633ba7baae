// Nearest-neighbour index over 64-bit perceptual hashes (16 hex digits) under Hamming
// distance, without scanning every hash.
//
// Why multi-index hashing rather than a BK-tree: MIH supports remove and replace as
// cheaply as insert (a BK-tree cannot delete without tombstones or rebuilds), its shape
// does not depend on insertion order (so the index rebuilt from a snapshot is the same
// as the live one by construction), and it needs no recursion.
//
// How: the 64 bits are cut into 4 chunks of 16 bits, and every hash is filed under each
// of its 4 chunk values. If dist(h, q) ≤ d, the 4 per-chunk distances sum to at most d,
// so (pigeonhole) some chunk of h is within r = ⌊d/4⌋ of the same chunk of q. A query
// therefore probes, for each chunk, every 16-bit value within distance r of q's chunk,
// collects the hashes filed there, and keeps those whose full distance is ≤ d. Probes
// per query: 4 for d ≤ 3, 4·17 for d ≤ 7, 4·137 for d ≤ 11, 4·697 for d ≤ 15 (the
// largest distance supported; beyond it perceptual hashes stop meaning "same picture").
// The cost is the probes plus the candidates found, never a pass over all hashes.

const CHUNK_COUNT = 4;
const CHUNK_BITS = 16;
const RADIUS_MAX = 3;
/** Largest maxDistance a query accepts. */
export const IMAGE_INDEX_DISTANCE_MAX = CHUNK_COUNT * (RADIUS_MAX + 1) - 1;

/** XOR masks of CHUNK_BITS bits ordered by popcount: masks[r] holds those with r bits set. */
const MASKS_BY_RADIUS: readonly (readonly number[])[] = buildMasks();

function buildMasks(): number[][] {
  const masks: number[][] = Array.from({ length: RADIUS_MAX + 1 }, () => []);
  for (let mask = 0; mask < 1 << CHUNK_BITS; mask++) {
    const bits = popcount32(mask);
    if (bits <= RADIUS_MAX) masks[bits]!.push(mask);
  }
  return masks;
}

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Hash64 {
  readonly hi: number;
  readonly lo: number;
}

const PHASH_PATTERN = /^[0-9a-f]{16}$/;

/** Asserts a canonical (lowercase) phash: callers validate input first. */
function parseCanonical(phash: string): Hash64 {
  if (!PHASH_PATTERN.test(phash)) throw new Error(`image index: not a lowercase 16-hex-digit hash: ${phash}`);
  return { hi: parseInt(phash.slice(0, 8), 16) >>> 0, lo: parseInt(phash.slice(8), 16) >>> 0 };
}

function chunkValues(hash: Hash64): number[] {
  return [hash.hi >>> 16, hash.hi & 0xffff, hash.lo >>> 16, hash.lo & 0xffff];
}

function distance(a: Hash64, b: Hash64): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

/** Hamming distance of two 16-hex-digit hashes (case-insensitive). */
export function hammingDistance(a: string, b: string): number {
  return distance(parseCanonical(a.toLowerCase()), parseCanonical(b.toLowerCase()));
}

export interface IndexMatch {
  readonly phash: string;
  readonly distance: number;
}

export class ImageIndex {
  private readonly hashes = new Map<string, Hash64>();
  /** buckets[chunk] maps a 16-bit chunk value to the hashes carrying it there. */
  private readonly buckets: Map<number, Set<string>>[] = Array.from({ length: CHUNK_COUNT }, () => new Map());
  /** Hashes whose full distance queries have computed, summed over all queries (a metric). */
  candidatesExamined = 0;

  get size(): number {
    return this.hashes.size;
  }

  has(phash: string): boolean {
    return this.hashes.has(phash);
  }

  /** Adds a canonical (lowercase) hash; false if it was there already. */
  insert(phash: string): boolean {
    if (this.hashes.has(phash)) return false;
    const hash = parseCanonical(phash);
    this.hashes.set(phash, hash);
    chunkValues(hash).forEach((value, chunk) => {
      const bucketsOfChunk = this.buckets[chunk]!;
      let bucket = bucketsOfChunk.get(value);
      if (bucket === undefined) bucketsOfChunk.set(value, (bucket = new Set()));
      bucket.add(phash);
    });
    return true;
  }

  /** Removes a hash; false if it was not there. */
  remove(phash: string): boolean {
    const hash = this.hashes.get(phash);
    if (hash === undefined) return false;
    this.hashes.delete(phash);
    chunkValues(hash).forEach((value, chunk) => {
      const bucketsOfChunk = this.buckets[chunk]!;
      const bucket = bucketsOfChunk.get(value)!;
      bucket.delete(phash);
      if (bucket.size === 0) bucketsOfChunk.delete(value);
    });
    return true;
  }

  /**
   * Every indexed hash within maxDistance of `phash` (canonical), nearest first, ties by
   * hash, at most `limit`. The order depends only on the set of hashes: deterministic.
   */
  query(phash: string, maxDistance: number, limit = Number.POSITIVE_INFINITY): IndexMatch[] {
    if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > IMAGE_INDEX_DISTANCE_MAX) {
      throw new Error(`image index: maxDistance must be an integer in 0..${IMAGE_INDEX_DISTANCE_MAX}`);
    }
    const target = parseCanonical(phash);
    const matches: IndexMatch[] = [];
    const seen = new Set<string>();
    const radius = Math.floor(maxDistance / CHUNK_COUNT);
    chunkValues(target).forEach((value, chunk) => {
      const bucketsOfChunk = this.buckets[chunk]!;
      for (let r = 0; r <= radius; r++) {
        for (const mask of MASKS_BY_RADIUS[r]!) {
          const bucket = bucketsOfChunk.get(value ^ mask);
          if (bucket === undefined) continue;
          for (const candidate of bucket) {
            if (seen.has(candidate)) continue;
            seen.add(candidate);
            this.candidatesExamined++;
            const d = distance(target, this.hashes.get(candidate)!);
            if (d <= maxDistance) matches.push({ phash: candidate, distance: d });
          }
        }
      }
    });
    matches.sort((a, b) => a.distance - b.distance || (a.phash < b.phash ? -1 : a.phash > b.phash ? 1 : 0));
    return matches.length > limit ? matches.slice(0, limit) : matches;
  }
}
