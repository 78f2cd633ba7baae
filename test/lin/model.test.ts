// The sequential register model: the reference both the checker and the
// generators rely on, so its semantics are pinned down here.

import { apply, step } from './model';
import { append, cas, del, read, write } from './testkit/build';

describe('sequential register model', () => {
  test('read returns the value (null when absent) and changes nothing', () => {
    expect(apply(null, { kind: 'read' })).toEqual({ next: null, output: null });
    expect(apply('a', { kind: 'read' })).toEqual({ next: 'a', output: 'a' });
  });

  test('write sets the value', () => {
    expect(apply(null, { kind: 'write', input: 'b' }).next).toBe('b');
  });

  test('cas sets only when the value equals expect, otherwise reports the current value', () => {
    expect(apply('a', { kind: 'cas', input: { expect: 'a', value: 'b' } })).toEqual({ next: 'b', output: { ok: true } });
    expect(apply('c', { kind: 'cas', input: { expect: 'a', value: 'b' } })).toEqual({ next: 'c', output: { ok: false, current: 'c' } });
    expect(apply(null, { kind: 'cas', input: { expect: null, value: 'b' } }).next).toBe('b');
  });

  test('append treats absent as empty and returns the new value', () => {
    expect(apply(null, { kind: 'append', input: 'x' })).toEqual({ next: 'x', output: 'x' });
    expect(apply('x', { kind: 'append', input: 'y' })).toEqual({ next: 'xy', output: 'xy' });
  });

  test('delete removes and says whether the key existed', () => {
    expect(apply('a', { kind: 'delete' })).toEqual({ next: null, output: { existed: true } });
    expect(apply(null, { kind: 'delete' })).toEqual({ next: null, output: { existed: false } });
  });

  test('step accepts an operation only when its recorded output is the correct reply', () => {
    expect(step('a', read(1, [0, 1], 'a'))).toBe('a');
    expect(step('a', read(1, [0, 1], 'b'))).toBeUndefined();
    expect(step('a', read(1, [0, 1], null))).toBeUndefined();
    expect(step('a', append(1, [0, 1], 'x', 'ax'))).toBe('ax');
    expect(step('a', append(1, [0, 1], 'x', 'x'))).toBeUndefined();
    expect(step('a', del(1, [0, 1], false))).toBeUndefined();
    expect(step(null, write(1, [0, 1], 'w'))).toBe('w');
  });

  test('a failed cas may omit the value it saw; when given it must match', () => {
    expect(step('c', cas(1, [0, 1], 'a', 'b', false))).toBe('c');
    expect(step('c', cas(1, [0, 1], 'a', 'b', { current: 'c' }))).toBe('c');
    expect(step('c', cas(1, [0, 1], 'a', 'b', { current: 'd' }))).toBeUndefined();
    expect(step('a', cas(1, [0, 1], 'a', 'b', false))).toBeUndefined();
    expect(step('c', cas(1, [0, 1], 'a', 'b', true))).toBeUndefined();
  });

  test('an operation with unknown outcome fits any state and applies its effect', () => {
    expect(step('a', append(1, [0], 'x', 'whatever'))).toBe('ax');
    expect(step('a', cas(1, [0], 'a', 'b', true))).toBe('b');
    expect(step('z', cas(1, [0], 'a', 'b', true))).toBe('z');
    expect(step('a', del(1, [0], false))).toBeNull();
  });
});
