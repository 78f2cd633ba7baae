// A terse way to write hand-made histories in tests.
//
// Each helper takes the client, the real-time interval and the observed result.
// An interval with no return time, e.g. `[5]`, means the outcome is unknown
// (timeout); wrap an operation in `failed()` to mark it as definitely not applied.

import type { CasOp, DeleteOp, Operation, ReadOp, Value, WriteOp, AppendOp } from '../types';

export type Interval = readonly [call: number, ret?: number];

function timing(clientId: number, [call, ret]: Interval, key: string) {
  return ret === undefined
    ? { clientId, key, call, return: undefined, status: 'unknown' as const }
    : { clientId, key, call, return: ret, status: 'ok' as const };
}

export function read(client: number, at: Interval, output: Value, key = 'x'): ReadOp {
  const t = timing(client, at, key);
  return t.status === 'ok' ? { ...t, kind: 'read', output } : { ...t, kind: 'read' };
}

export function write(client: number, at: Interval, value: string, key = 'x'): WriteOp {
  return { ...timing(client, at, key), kind: 'write', input: value };
}

/** `result`: true for success, or the current value the failed cas reported. */
export function cas(client: number, at: Interval, expect: Value, value: Value, result: true | { current: Value } | false, key = 'x'): CasOp {
  const t = timing(client, at, key);
  const input = { expect, value };
  if (t.status === 'unknown') return { ...t, kind: 'cas', input };
  const output = result === true ? { ok: true } : result === false ? { ok: false } : { ok: false, current: result.current };
  return { ...t, kind: 'cas', input, output };
}

export function append(client: number, at: Interval, suffix: string, output: string, key = 'x'): AppendOp {
  const t = timing(client, at, key);
  return t.status === 'ok' ? { ...t, kind: 'append', input: suffix, output } : { ...t, kind: 'append', input: suffix };
}

export function del(client: number, at: Interval, existed: boolean, key = 'x'): DeleteOp {
  const t = timing(client, at, key);
  return t.status === 'ok' ? { ...t, kind: 'delete', output: { existed } } : { ...t, kind: 'delete' };
}

/** Rejected before it was sent: the checker must ignore it. */
export function failed<T extends Operation>(op: T): T {
  return { ...op, status: 'fail', output: undefined };
}
