// Random concurrent histories that are linearizable by construction, and
// mutations that are guaranteed to make them illegal.
//
// Construction: every client issues operations one after another with random
// durations; each operation that takes effect gets a random linearization point
// inside its interval (after its call, possibly much later, for unknown ones).
// Running the sequential model in linearization-point order produces the
// outputs, so that order is a witness.
//
// Every written or appended string is a unique token `[n]`, so any value a
// correct store can hold is a concatenation of distinct tokens. The mutations
// rely on that: a value containing a foreign token or a repeated token can
// never exist, whatever the interleaving.

import { apply, type Invocation } from '../model';
import type { Operation, OpKind, OpStatus, Value } from '../types';

/** mulberry32: tiny seeded PRNG so failures reproduce from the seed. */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenOptions {
  ops: number;
  clients: number;
  keys: number;
  /** Fraction of operations with unknown outcome (default 0). */
  unknownRate?: number;
  /** Fraction of operations that failed before being sent (default 0). */
  failRate?: number;
  /** Relative weights of operation kinds (default: mostly reads and writes). */
  kinds?: Partial<Record<OpKind, number>>;
  /** Max operation duration; larger means more overlap (default 10). */
  maxDuration?: number;
}

const DEFAULT_KINDS: Record<OpKind, number> = { read: 4, write: 3, cas: 2, append: 2, delete: 1 };

export function generateLegalHistory(rand: () => number, o: GenOptions): Operation[] {
  const weights = { ...DEFAULT_KINDS, ...o.kinds };
  const kinds = Object.keys(weights) as OpKind[];
  const total = kinds.reduce((s, k) => s + weights[k], 0);
  const pickKind = (): OpKind => {
    let r = rand() * total;
    for (const k of kinds) if ((r -= weights[k]) < 0) return k;
    return 'read';
  };
  const maxDuration = o.maxDuration ?? 10;
  const cursor = Array.from({ length: o.clients }, () => rand() * 3);
  const written = Array.from({ length: o.keys }, () => [] as string[]);
  let token = 0;

  const ops: Operation[] = [];
  const effects: { at: number; op: Operation }[] = [];
  for (let n = 0; n < o.ops; n++) {
    const clientId = Math.floor(rand() * o.clients);
    const k = Math.floor(rand() * o.keys);
    const call = cursor[clientId] + rand() * 3;
    const duration = 0.1 + rand() * maxDuration;
    const r = rand();
    const status: OpStatus = r < (o.failRate ?? 0) ? 'fail' : r < (o.failRate ?? 0) + (o.unknownRate ?? 0) ? 'unknown' : 'ok';
    cursor[clientId] = call + duration;
    const inv = invocation(pickKind(), written[k], () => `[${token++}]`, rand);
    const op = {
      ...inv,
      clientId,
      key: `k${k}`,
      call,
      return: status === 'ok' ? call + duration : undefined,
      status,
    } as Operation;
    ops.push(op);
    if (status === 'ok') effects.push({ at: call + rand() * duration, op });
    // An unknown operation took effect or not; if it did, possibly long after the client gave up.
    if (status === 'unknown' && rand() < 0.5) effects.push({ at: call + rand() * duration * 5, op });
  }

  const values = new Map<string, Value>();
  for (const { op } of effects.sort((a, b) => a.at - b.at)) {
    const { next, output } = apply(values.get(op.key) ?? null, op as Invocation);
    values.set(op.key, next);
    if (op.status !== 'ok' || op.kind === 'write') continue;
    // A failed cas may omit what it saw; exercise both shapes.
    if (op.kind === 'cas' && !(output as { ok: boolean }).ok && rand() < 0.3) op.output = { ok: false };
    else (op as { output?: unknown }).output = output;
  }
  return ops;
}

function invocation(kind: OpKind, written: string[], fresh: () => string, rand: () => number): Invocation {
  switch (kind) {
    case 'read':
    case 'delete':
      return { kind };
    case 'write':
    case 'append': {
      const v = fresh();
      written.push(v);
      return { kind, input: v };
    }
    case 'cas': {
      // Expect a recently written value (or absence) so that some succeed.
      const recent = written.slice(-3);
      const expect = rand() < 0.2 || recent.length === 0 ? null : recent[Math.floor(rand() * recent.length)];
      const value = fresh();
      written.push(value);
      return { kind, input: { expect, value } };
    }
  }
}

export const NEVER = '[never]';

export type Mutation = 'read-never-written' | 'read-repeated-token' | 'cas-saw-never-written' | 'append-foreign-token' | 'stale-read';

/**
 * Change one result so that no interleaving can explain it. Returns undefined
 * if the history has no operation the mutation applies to.
 */
export function mutateToIllegal(history: readonly Operation[], mutation: Mutation, rand: () => number): Operation[] | undefined {
  const pick = (ok: (op: Operation) => boolean): number | undefined => {
    const idx = history.map((op, i) => (op.status === 'ok' && ok(op) ? i : -1)).filter((i) => i >= 0);
    return idx.length === 0 ? undefined : idx[Math.floor(rand() * idx.length)];
  };
  const out = history.map((op) => ({ ...op }) as Operation);
  let i: number | undefined;
  switch (mutation) {
    case 'read-never-written':
      i = pick((op) => op.kind === 'read');
      if (i !== undefined) (out[i] as { output?: Value }).output = NEVER;
      break;
    case 'read-repeated-token':
      // Reads "[3][7]" → "[3][7][7]": token [7] applied twice, which no store state can contain.
      i = pick((op) => op.kind === 'read' && typeof op.output === 'string');
      if (i !== undefined) {
        const v = out[i].output as string;
        (out[i] as { output?: Value }).output = v + v.slice(v.lastIndexOf('['));
      }
      break;
    case 'cas-saw-never-written':
      i = pick((op) => op.kind === 'cas');
      if (i !== undefined) (out[i] as { output?: unknown }).output = { ok: false, current: NEVER };
      break;
    case 'stale-read': {
      // A read returns the value of write w although write w2 (another value) began
      // after w returned and returned before the read began. Only w ever sets that
      // token, so the read cannot see it: unlike the mutations above, only the
      // search (not a reachability shortcut) can tell.
      const writes = history.filter((op) => op.kind === 'write' && op.status === 'ok');
      const ret = (op: Operation) => op.return as number;
      i = pick((op) => op.kind === 'read' && writes.some((w2) => w2.key === op.key && ret(w2) < op.call && writes.some((w) => w.key === op.key && ret(w) < w2.call)));
      if (i !== undefined) {
        const r = history[i];
        const w2s = writes.filter((w2) => w2.key === r.key && ret(w2) < r.call && writes.some((w) => w.key === r.key && ret(w) < w2.call));
        const w2 = w2s[Math.floor(rand() * w2s.length)];
        const ws = writes.filter((w) => w.key === r.key && ret(w) < w2.call);
        (out[i] as { output?: Value }).output = ws[Math.floor(rand() * ws.length)].input as string;
      }
      break;
    }
    case 'append-foreign-token':
      i = pick((op) => op.kind === 'append');
      if (i !== undefined) (out[i] as { output?: unknown }).output = NEVER + (out[i].output as string);
      break;
  }
  return i === undefined ? undefined : out;
}
