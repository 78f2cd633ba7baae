import fc from 'fast-check';
import { hammingDistance, IMAGE_INDEX_DISTANCE_MAX, ImageIndex, popcount32, type IndexMatch } from './image-index';

const hex16 = (hi: number, lo: number): string => (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');

/** The reference: a linear scan over every hash. */
function bruteForce(hashes: Iterable<string>, query: string, maxDistance: number): IndexMatch[] {
  const matches: IndexMatch[] = [];
  for (const phash of hashes) {
    const distance = hammingDistance(phash, query);
    if (distance <= maxDistance) matches.push({ phash, distance });
  }
  return matches.sort((a, b) => a.distance - b.distance || (a.phash < b.phash ? -1 : a.phash > b.phash ? 1 : 0));
}

/** Flips `count` distinct random bits of a hash: near neighbours, which uniform hashes never are. */
function flipBits(hi: number, lo: number, positions: number[]): string {
  let h = hi;
  let l = lo;
  for (const bit of positions) {
    if (bit < 32) l ^= 1 << bit;
    else h ^= 1 << (bit - 32);
  }
  return hex16(h, l);
}

test('popcount32 and hammingDistance', () => {
  expect([0, 1, 0xff, 0xffffffff, 0x80000001].map(popcount32)).toEqual([0, 1, 8, 32, 2]);
  expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
  expect(hammingDistance('0000000000000001', '8000000000000000')).toBe(2);
  expect(hammingDistance('ABCDEF0123456789', 'abcdef0123456789')).toBe(0);
});

test('insert, replace, remove and query', () => {
  const index = new ImageIndex();
  expect(index.insert('0000000000000000')).toBe(true);
  expect(index.insert('0000000000000000')).toBe(false);
  index.insert('0000000000000003');
  index.insert('ffffffffffffffff');
  expect(index.query('0000000000000001', 1)).toEqual([
    { phash: '0000000000000000', distance: 1 },
    { phash: '0000000000000003', distance: 1 },
  ]);
  expect(index.query('0000000000000001', 15, 1)).toEqual([{ phash: '0000000000000000', distance: 1 }]);
  expect(index.remove('0000000000000000')).toBe(true);
  expect(index.remove('0000000000000000')).toBe(false);
  expect(index.query('0000000000000001', 0)).toEqual([]);
  expect(index.size).toBe(2);
  expect(() => index.query('0000000000000001', IMAGE_INDEX_DISTANCE_MAX + 1)).toThrow();
  expect(() => index.insert('ABCDEF0123456789')).toThrow(/lowercase/);
});

test('the index answers exactly what a linear scan answers, for every supported distance', () => {
  const word = fc.integer({ min: 0, max: 0xffffffff });
  const base = fc.tuple(word, word);
  const scenario = fc.record({
    bases: fc.array(base, { minLength: 1, maxLength: 6 }),
    neighbours: fc.array(fc.tuple(fc.nat(), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 20 })), { maxLength: 120 }),
    removals: fc.array(fc.nat(), { maxLength: 20 }),
    queries: fc.array(fc.tuple(fc.nat(), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 12 })), { minLength: 1, maxLength: 8 }),
  });
  fc.assert(
    fc.property(scenario, ({ bases, neighbours, removals, queries }) => {
      const index = new ImageIndex();
      const present = new Set<string>();
      for (const [which, bits] of neighbours) {
        const [hi, lo] = bases[which % bases.length]!;
        const phash = flipBits(hi, lo, bits);
        index.insert(phash);
        present.add(phash);
      }
      const inserted = [...present].sort();
      for (const which of removals) {
        if (inserted.length === 0) break;
        const phash = inserted[which % inserted.length]!;
        index.remove(phash);
        present.delete(phash);
      }
      expect(index.size).toBe(present.size);
      for (const [which, bits] of queries) {
        const [hi, lo] = bases[which % bases.length]!;
        const query = flipBits(hi, lo, bits);
        for (let distance = 0; distance <= IMAGE_INDEX_DISTANCE_MAX; distance++) {
          expect(index.query(query, distance)).toEqual(bruteForce(present, query, distance));
        }
      }
    }),
    { numRuns: 200 },
  );
});

test('a query probes buckets, not every hash', () => {
  // 20 000 uniform hashes: sharing a 16-bit chunk by chance is rare (20 000 / 65 536 per
  // chunk), so a distance-3 query examines a handful of candidates, not 20 000.
  const index = new ImageIndex();
  let state = 12345;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 20_000; i++) index.insert(hex16(next(), next()));
  for (let i = 0; i < 1000; i++) index.query(hex16(next(), next()), 3);
  expect(index.candidatesExamined / 1000).toBeLessThan(5);
  index.candidatesExamined = 0;
  for (let i = 0; i < 100; i++) index.query(hex16(next(), next()), 7);
  expect(index.candidatesExamined / 100).toBeLessThan(100);
});
