// Scale and budget: realistic large histories must check in seconds, and an
// exhausted budget must yield 'unknown', never 'ok'.

import { checkHistory } from './index';
import { generateLegalHistory, mutateToIllegal, prng } from './testkit/gen';
import { witnessProblem } from './testkit/witness';
import { write, read } from './testkit/build';

describe('performance and time budget', () => {
  const big = generateLegalHistory(prng(20240601), { ops: 20_000, clients: 16, keys: 8, unknownRate: 0.01, failRate: 0.01 });

  test('20k operations over 8 keys from 16 clients check as ok within the test timeout', () => {
    const started = performance.now();
    const r = checkHistory(big, { timeoutMs: 60_000 });
    const ms = performance.now() - started;
    console.log(`20k ops / 8 keys / 16 clients: ${r.result} in ${ms.toFixed(0)} ms, ${Object.values(r.perKey).reduce((s, k) => s + k.steps, 0)} steps`);
    expect(r.result).toBe('ok');
    expect(witnessProblem(big, r)).toBeUndefined();
  });

  test('the same history with one impossible read is found illegal', () => {
    const bad = mutateToIllegal(big, 'read-never-written', prng(7));
    const started = performance.now();
    const r = checkHistory(bad!, { timeoutMs: 60_000 });
    console.log(`mutated 20k ops: ${r.result} in ${(performance.now() - started).toFixed(0)} ms`);
    expect(r.result).toBe('illegal');
  });

  // 24 concurrent writes, then reads claiming two different last writes: the
  // search must try every subset of the other 22 writes before giving up, far
  // beyond any budget (no shortcut sees the contradiction).
  const explosive = [
    ...Array.from({ length: 24 }, (_, i) => write(i, [0, 100], `v${i}`)),
    read(99, [200, 210], 'v0'),
    read(99, [220, 230], 'v1'),
  ];

  test('an exhausted budget gives unknown, promptly', () => {
    const started = performance.now();
    const r = checkHistory(explosive, { timeoutMs: 200 });
    expect(r.result).toBe('unknown');
    expect(r.perKey.x.result).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('a zero budget never claims ok', () => {
    expect(checkHistory([write(1, [0, 1], 'a')], { timeoutMs: 0 }).result).toBe('unknown');
  });
});
