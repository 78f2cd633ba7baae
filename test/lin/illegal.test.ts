// Hand-made histories no correct store can produce: the checker must reject each
// one and say why in terms of the operations involved.

import { checkHistory, formatExplanation } from './index';
import type { Explanation, History } from './types';
import { append, cas, del, failed, read, write } from './testkit/build';

function expectIllegal(history: History): Explanation {
  const r = checkHistory(history);
  expect(r.result).toBe('illegal');
  expect(r.explanation).toBeDefined();
  return r.explanation as Explanation;
}

describe('illegal histories are rejected with an explanation', () => {
  test('stale read: a read misses a write that completed before it began', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), write(2, [20, 30], 'b'), read(3, [40, 50], 'a')]);
    expect(e.summary).toBe("read r2 returned 'a' but the value is 'b' (set by write w1, which completed before r2 was called)");
    expect(e.prefix.map((p) => p.label)).toEqual(['w0', 'w1']);
  });

  test('lost write: an acknowledged write is not visible to a later read', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), read(2, [20, 30], null)]);
    expect(e.summary).toBe("read r1 returned null but the value is 'a' (set by write w0, which completed before r1 was called)");
  });

  test('lost update: two appends both claim to have started from the empty value', () => {
    const e = expectIllegal([append(1, [0, 10], 'x', 'x'), append(2, [0, 10], 'y', 'y')]);
    expect(e.summary).toBe("append a1 returned 'y' but appending to 'x' gives 'xy' (set by append a0, which overlaps a1)");
  });

  test('duplicate append: one append visible twice in the value', () => {
    const e = expectIllegal([append(1, [0, 10], 'x', 'x'), append(1, [20, 30], 'y', 'xy'), read(2, [40, 50], 'xyx')]);
    expect(e.summary).toBe("read r2 returned 'xyx', but no operation on this key ever writes 'xyx'");
  });

  test('duplicate append of an operation with unknown outcome', () => {
    expectIllegal([append(1, [0], 'x', ''), read(2, [40, 50], 'xx')]);
  });

  test('cas succeeding on a stale value', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), write(2, [20, 30], 'b'), cas(3, [40, 50], 'a', 'c', true)]);
    expect(e.summary).toBe("cas c2 succeeded expecting 'a' but the value is 'b' (set by write w1, which completed before c2 was called)");
  });

  test('cas failing although the value was the expected one', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), cas(2, [20, 30], 'a', 'b', false)]);
    expect(e.summary).toBe("cas c1 failed but the value is 'a', which it expected (set by write w0, which completed before c1 was called)");
  });

  test('cas failing and reporting the very value it expected', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), cas(2, [20, 30], 'a', 'b', { current: 'a' })]);
    expect(e.summary).toBe("cas c1 failed but reported current 'a', which is what it expected");
  });

  test('read of a value never written', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), read(2, [20, 30], 'z')]);
    expect(e.summary).toBe("read r1 returned 'z', but no operation on this key ever writes 'z'");
  });

  test('delete claiming existed=false when the key must exist', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), del(2, [20, 30], false)]);
    expect(e.summary).toBe("delete d1 reported existed=false but the value is 'a' (set by write w0, which completed before d1 was called)");
  });

  test('delete claiming existed=true on a key never written', () => {
    const e = expectIllegal([del(1, [0, 10], true)]);
    expect(e.summary).toBe('delete d0 reported existed=true but the key is absent (no operation set the key before d0)');
  });

  test('read from the future: a value written only after the read returned', () => {
    expectIllegal([write(1, [0, 10], 'a'), read(2, [20, 30], 'b'), write(1, [40, 50], 'b')]);
  });

  test('non-monotonic reads: the new value is seen, then the old one again', () => {
    const e = expectIllegal([write(1, [0, 100], 'a'), read(2, [10, 20], 'a'), read(2, [30, 40], null)]);
    expect(e.summary).toBe(
      "read r2 returned null but the value is 'a' (set by write w0, which overlaps r2; read r1 saw 'a' and completed before r2 was called)",
    );
  });

  test('the effect of a failed operation is visible', () => {
    expectIllegal([failed(write(1, [0, 1], 'z')), read(2, [5, 6], 'z')]);
  });

  test('only the broken key is reported, the others stay ok', () => {
    const r = checkHistory([write(1, [0, 10], 'a', 'k1'), read(2, [20, 30], 'a', 'k1'), write(1, [0, 10], 'a', 'k2'), read(2, [20, 30], null, 'k2')]);
    expect(r.result).toBe('illegal');
    expect(r.perKey.k1.result).toBe('ok');
    expect(r.perKey.k2.result).toBe('illegal');
    expect(r.explanation?.key).toBe('k2');
  });

  test('formatExplanation prints the summary, the prefix and the blocked operations', () => {
    const e = expectIllegal([write(1, [0, 10], 'a'), write(2, [20, 30], 'b'), read(3, [40, 50], 'a'), write(1, [45, 60], 'c')]);
    expect(formatExplanation(e).split('\n')).toEqual([
      "key 'x' is not linearizable: read r2 returned 'a' but the value is 'b' (set by write w1, which completed before r2 was called)",
      "  longest linearizable prefix (2 of 4 ops): w0 w1 → value 'b'",
      '  could not be linearized next:',
      "    r2     c3 [40..50]            read → 'a': returned 'a' but the value is 'b' (set by write w1, which completed before r2 was called)",
      "    w3     c1 [45..60]            write 'c': fits here, but every continuation from it fails",
    ]);
  });
});
