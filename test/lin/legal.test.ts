// Hand-made histories that a correct store can produce: the checker must accept
// each one and return a witness that really is a linearization.

import { checkHistory } from './index';
import type { History } from './types';
import { append, cas, del, failed, read, write } from './testkit/build';
import { witnessProblem } from './testkit/witness';

function expectLegal(history: History): void {
  const r = checkHistory(history);
  expect(r.explanation).toBeUndefined();
  expect(r.result).toBe('ok');
  expect(witnessProblem(history, r)).toBeUndefined();
}

describe('legal histories are accepted', () => {
  test('an empty history', () => expectLegal([]));

  test('concurrent writes, a later read may see either one as the last', () => {
    const writes = [write(1, [0, 10], 'a'), write(2, [0, 10], 'b')];
    expectLegal([...writes, read(3, [11, 12], 'a')]);
    expectLegal([...writes, read(3, [11, 12], 'b')]);
  });

  test('reads during concurrent writes may see them in either order, consistently', () => {
    expectLegal([write(1, [0, 100], 'a'), write(2, [0, 100], 'b'), read(3, [10, 20], 'b'), read(3, [30, 40], 'a')]);
  });

  test('reads overlapping a write may see the old value first and then the new one', () => {
    expectLegal([write(1, [0, 100], 'a'), read(2, [10, 20], null), read(2, [30, 40], 'a'), read(3, [50, 60], 'a')]);
  });

  test('operations whose intervals only touch count as concurrent', () => {
    expectLegal([write(1, [0, 10], 'a'), read(2, [10, 20], null)]);
  });

  test('an unknown write that took effect', () => {
    expectLegal([write(1, [0], 'a'), read(2, [50, 60], 'a')]);
  });

  test('an unknown write that never took effect', () => {
    expectLegal([write(1, [0], 'a'), read(2, [50, 60], null), read(2, [70, 80], null)]);
  });

  test('an unknown write may take effect long after the client gave up', () => {
    expectLegal([write(1, [0], 'a'), write(2, [10, 20], 'b'), read(3, [30, 40], 'b'), read(3, [50, 60], 'a')]);
  });

  test('unknown cas, append and delete may take effect or not', () => {
    expectLegal([write(1, [0, 1], 'a'), cas(2, [2], 'a', 'b', true), read(3, [10, 11], 'b')]);
    expectLegal([write(1, [0, 1], 'a'), cas(2, [2], 'a', 'b', true), read(3, [10, 11], 'a')]);
    expectLegal([append(1, [0], 'x', ''), append(2, [5, 6], 'y', 'xy'), del(3, [10], false), read(3, [20, 21], 'xy')]);
    expectLegal([append(1, [0], 'x', ''), append(2, [5, 6], 'y', 'y'), del(3, [10], false), read(3, [20, 21], null)]);
  });

  test('an unknown read is ignored whatever it would have returned', () => {
    expectLegal([write(1, [0, 1], 'a'), read(2, [2], 'zzz')]);
  });

  test('a failed operation is ignored', () => {
    expectLegal([failed(write(1, [0, 1], 'z')), read(2, [5, 6], null)]);
  });

  test('cas success and failure with the value it saw', () => {
    expectLegal([
      write(1, [0, 10], 'a'),
      cas(2, [20, 30], 'a', 'b', true),
      cas(3, [40, 50], 'a', 'c', { current: 'b' }),
      cas(3, [60, 70], 'x', 'c', false),
      read(1, [80, 90], 'b'),
    ]);
  });

  test('racing cas: one wins, the other reports the winner', () => {
    expectLegal([
      write(1, [0, 10], 'a'),
      cas(2, [20, 30], 'a', 'b', { current: 'c' }),
      cas(3, [20, 30], 'a', 'c', true),
      read(1, [40, 50], 'c'),
    ]);
  });

  test('cas on an absent key expects null', () => {
    expectLegal([cas(1, [0, 1], null, 'a', true), cas(2, [2, 3], null, 'b', { current: 'a' }), read(1, [4, 5], 'a')]);
  });

  test('concurrent appends apply in some order and each returns the value it produced', () => {
    expectLegal([
      append(1, [0, 10], 'x', 'yx'),
      append(2, [0, 10], 'y', 'y'),
      read(3, [5, 6], 'y'),
      read(3, [20, 30], 'yx'),
    ]);
  });

  test('delete reports whether the key existed, and the key reads absent afterwards', () => {
    expectLegal([
      del(1, [0, 1], false),
      write(1, [2, 3], 'a'),
      del(2, [4, 5], true),
      read(1, [6, 7], null),
      append(2, [8, 9], 'x', 'x'),
    ]);
  });

  test('keys are independent', () => {
    expectLegal([write(1, [0, 10], 'a', 'k1'), write(2, [0, 10], 'a', 'k2'), read(3, [20, 30], null, 'k3'), read(3, [40, 50], 'a', 'k1')]);
  });

  test('the order of the history array does not matter', () => {
    expectLegal([read(3, [30, 40], 'b'), write(2, [10, 20], 'b'), write(1, [0, 5], 'a')]);
  });
});
