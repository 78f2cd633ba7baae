import fc from 'fast-check';
import { compareKeys, SortedKeys } from './sorted-keys';

const byUtf8 = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

test('compareKeys is UTF-8 byte order', () => {
  const wellFormed = fc.string({ unit: 'grapheme', maxLength: 6 });
  fc.assert(
    fc.property(wellFormed, wellFormed, (a, b) => {
      expect(Math.sign(compareKeys(a, b))).toBe(Math.sign(byUtf8(a, b)));
    }),
    { numRuns: 2000 },
  );
  expect(compareKeys('\uffff', '😀')).toBeLessThan(0); // '<' on UTF-16 says the opposite
  expect('\uffff' < '😀').toBe(false);
});

test('SortedKeys matches a sorted array under random adds, deletes and range queries', () => {
  const key = fc.oneof(fc.constantFrom('', 'a', 'ab', 'b', '😀', '\ue000'), fc.string({ unit: 'grapheme', maxLength: 4 }));
  const step = fc.oneof(
    fc.record({ add: fc.boolean(), keys: fc.array(key, { maxLength: 40 }) }),
    fc.record({ prefix: key, limit: fc.integer({ min: 1, max: 50 }), after: fc.option(key, { nil: undefined }) }),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
      const sorted = new SortedKeys();
      const model = new Set<string>();
      for (const s of steps) {
        if ('keys' in s) {
          for (const k of s.keys) {
            expect(s.add ? sorted.add(k) : sorted.delete(k)).toBe(s.add ? !model.has(k) : model.has(k));
            if (s.add) model.add(k);
            else model.delete(k);
          }
        } else {
          const expected = [...model]
            .sort(byUtf8)
            .filter((k) => k.startsWith(s.prefix) && (s.after === undefined || byUtf8(k, s.after) > 0))
            .slice(0, s.limit);
          expect(sorted.range(s.prefix, s.limit, s.after)).toEqual(expected);
        }
      }
      expect([...sorted]).toEqual([...model].sort(byUtf8));
      expect(sorted.size).toBe(model.size);
    }),
    { numRuns: 300 },
  );
});

test('many keys: chunks split and merge, order and ranges stay right', () => {
  const sorted = new SortedKeys();
  const keys = Array.from({ length: 5000 }, (_, i) => `k${((i * 7919) % 5000).toString().padStart(5, '0')}`);
  keys.forEach((k) => sorted.add(k));
  for (let i = 0; i < 5000; i += 3) sorted.delete(`k${i.toString().padStart(5, '0')}`);
  const expected = keys.filter((k) => Number(k.slice(1)) % 3 !== 0).sort();
  expect([...sorted]).toEqual(expected);
  expect(sorted.range('k01', 5)).toEqual(expected.filter((k) => k.startsWith('k01')).slice(0, 5));
  expect(sorted.range('k', 3, 'k04998')).toEqual(['k04999']);
  expect(SortedKeys.fromSorted(expected).range('k02', 1000)).toEqual(expected.filter((k) => k.startsWith('k02')));
});

test('deleting most keys merges small chunks and keeps everything reachable', () => {
  const keys = Array.from({ length: 4000 }, (_, i) => `k${i.toString().padStart(5, '0')}`);
  const sorted = new SortedKeys();
  keys.forEach((k) => sorted.add(k));
  const kept = keys.filter((_, i) => i % 10 === 0);
  keys.forEach((k, i) => i % 10 !== 0 && sorted.delete(k));
  expect([...sorted]).toEqual(kept);
  expect(sorted.range('k', 10_000)).toEqual(kept);
  expect(sorted.range('k0', 2, 'k00100')).toEqual(['k00110', 'k00120']);
  kept.forEach((k) => sorted.delete(k));
  expect(sorted.size).toBe(0);
  expect(sorted.range('', 10)).toEqual([]);
  expect(sorted.delete('k00000')).toBe(false);
});

test('a pin keeps the keys of its moment while adds and deletes split, merge and change chunks', () => {
  const sorted = new SortedKeys();
  const initial = Array.from({ length: 5000 }, (_, i) => `k${String(i * 3).padStart(6, '0')}`);
  initial.forEach((k) => sorted.add(k));
  const runs = sorted.pin();
  const second = sorted.pin();
  for (let i = 0; i < 15000; i += 2) sorted.add(`k${String(i).padStart(6, '0')}`);
  for (let i = 0; i < 15000; i += 5) sorted.delete(`k${String(i).padStart(6, '0')}`);
  sorted.unpin();
  expect(runs.flat()).toEqual([...initial].sort(compareKeys));
  for (let i = 1; i < 15000; i += 7) sorted.add(`k${String(i).padStart(6, '0')}`);
  expect(second.flat()).toEqual([...initial].sort(compareKeys));
  sorted.unpin();
  expect(() => sorted.unpin()).toThrow(/without a pin/);
  // Unpinned, it is an ordinary index again.
  const expected = new Set(initial);
  for (let i = 0; i < 15000; i += 2) expected.add(`k${String(i).padStart(6, '0')}`);
  for (let i = 0; i < 15000; i += 5) expected.delete(`k${String(i).padStart(6, '0')}`);
  for (let i = 1; i < 15000; i += 7) expected.add(`k${String(i).padStart(6, '0')}`);
  expect([...sorted]).toEqual([...expected].sort(compareKeys));
});
