import fc from 'fast-check';
import { compareKeys, SortedMap, type FrozenMap } from './sorted-map';

const byUtf8 = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sortedEntries = (model: Map<string, string>): [string, string][] => [...model].sort((a, b) => byUtf8(a[0], b[0]));
const frozenEntries = (frozen: FrozenMap): [string, string][] =>
  frozen.runs.flatMap((run) => run.keys.map((key, i): [string, string] => [key, run.values[i]!]));

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

test('SortedMap matches a Map under random sets, deletes, gets and range queries, and every frozen view keeps its moment', () => {
  const key = fc.oneof(fc.constantFrom('', 'a', 'ab', 'b', '😀', '\ue000'), fc.string({ unit: 'grapheme', maxLength: 4 }));
  const step = fc.oneof(
    fc.record({ set: fc.boolean(), keys: fc.array(key, { maxLength: 40 }), value: fc.string({ maxLength: 3 }) }),
    fc.record({ prefix: key, limit: fc.integer({ min: 1, max: 50 }), after: fc.option(key, { nil: undefined }) }),
    fc.constant('freeze' as const),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
      const map = new SortedMap();
      const model = new Map<string, string>();
      const views: { frozen: FrozenMap; expected: [string, string][] }[] = [];
      for (const s of steps) {
        if (s === 'freeze') {
          views.push({ frozen: map.freeze(), expected: sortedEntries(model) });
        } else if ('keys' in s) {
          for (const k of s.keys) {
            expect(map.get(k)).toBe(model.get(k));
            expect(s.set ? map.set(k, s.value) : map.delete(k)).toBe(model.get(k));
            if (s.set) model.set(k, s.value);
            else model.delete(k);
          }
        } else {
          const expected = sortedEntries(model)
            .map(([k]) => k)
            .filter((k) => k.startsWith(s.prefix) && (s.after === undefined || byUtf8(k, s.after) > 0))
            .slice(0, s.limit);
          expect(map.range(s.prefix, s.limit, s.after)).toEqual(expected);
        }
      }
      expect([...map.entries()]).toEqual(sortedEntries(model));
      expect(map.size).toBe(model.size);
      for (const { frozen, expected } of views) {
        expect(frozenEntries(frozen)).toEqual(expected);
        expect(frozen.size).toBe(expected.length);
      }
    }),
    { numRuns: 300 },
  );
});

test('many keys: runs split and merge, order, values and ranges stay right', () => {
  const map = new SortedMap();
  const keys = Array.from({ length: 5000 }, (_, i) => `k${((i * 7919) % 5000).toString().padStart(5, '0')}`);
  keys.forEach((k) => map.set(k, `v${k}`));
  for (let i = 0; i < 5000; i += 3) map.delete(`k${i.toString().padStart(5, '0')}`);
  const expected = keys.filter((k) => Number(k.slice(1)) % 3 !== 0).sort();
  expect([...map.entries()].map(([k]) => k)).toEqual(expected);
  expect(expected.every((k) => map.get(k) === `v${k}`)).toBe(true);
  expect(map.get('k00000')).toBeUndefined();
  expect(map.range('k01', 5)).toEqual(expected.filter((k) => k.startsWith('k01')).slice(0, 5));
  expect(map.range('k', 3, 'k04998')).toEqual(['k04999']);
});

test('deleting most keys merges small runs and keeps everything reachable', () => {
  const keys = Array.from({ length: 4000 }, (_, i) => `k${i.toString().padStart(5, '0')}`);
  const map = new SortedMap();
  keys.forEach((k) => map.set(k, k));
  const kept = keys.filter((_, i) => i % 10 === 0);
  keys.forEach((k, i) => i % 10 !== 0 && map.delete(k));
  expect([...map.entries()].map(([k]) => k)).toEqual(kept);
  expect(map.range('k', 10_000)).toEqual(kept);
  expect(map.range('k0', 2, 'k00100')).toEqual(['k00110', 'k00120']);
  kept.forEach((k) => map.delete(k));
  expect(map.size).toBe(0);
  expect(map.range('', 10)).toEqual([]);
  expect(map.delete('k00000')).toBeUndefined();
});

test('append builds a map from sorted entries and refuses a key that does not sort last', () => {
  const map = new SortedMap();
  const keys = Array.from({ length: 3000 }, (_, i) => `k${i.toString().padStart(5, '0')}`);
  for (const k of keys) expect(map.append(k, k)).toBe(true);
  expect(map.append('k00005', 'x')).toBe(false);
  expect(map.append(keys[keys.length - 1]!, 'x')).toBe(false);
  expect(map.size).toBe(3000);
  expect(map.get('k00005')).toBe('k00005');
  expect(map.range('k0299', 100)).toEqual(keys.filter((k) => k.startsWith('k0299')));
  map.set('k00005a', 'new');
  expect(map.range('k00005', 2)).toEqual(['k00005', 'k00005a']);
});

test('a frozen view of many keys survives overwrites, deletes, splits and merges made after it', () => {
  const map = new SortedMap();
  const keys = Array.from({ length: 20_000 }, (_, i) => `k${i.toString().padStart(6, '0')}`);
  keys.forEach((k) => map.set(k, 'old'));
  const frozen = map.freeze();
  keys.forEach((k, i) => {
    if (i % 3 === 0) map.delete(k);
    else if (i % 3 === 1) map.set(k, 'new');
    else map.set(`${k}x`, 'inserted');
  });
  const second = map.freeze();
  keys.forEach((k) => map.delete(`${k}x`));
  expect(frozen.size).toBe(20_000);
  expect(frozenEntries(frozen)).toEqual(keys.map((k) => [k, 'old']));
  expect(second.size).toBe(20_000 - Math.ceil(20_000 / 3) + Math.floor(20_000 / 3));
  expect(frozenEntries(second).filter(([, v]) => v === 'inserted')).toHaveLength(Math.floor(20_000 / 3));
  expect(map.size).toBe(20_000 - Math.ceil(20_000 / 3));
});
