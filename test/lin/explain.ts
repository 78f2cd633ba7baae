// Turning a failed search into a short account a person can act on.
//
// The search reports the longest linearizable prefix it met (Porcupine shows the
// same "partial linearization"), extended here by the reads that still fit. From
// it we recompute the key's value there, the operations that could have gone
// next (those called before the earliest pending return), and for each the
// reason it cannot: either the model rejects its output in that state, or it
// fits but every continuation failed. A later operation that needs a value gone
// for good is named too. The value is attributed to the operation that set it,
// with the real-time fact that forced that order when there is one. When one
// operation can never fit at all (it saw a value nothing writes), that alone is
// the explanation.

import { opLabel, showValue } from './describe';
import { INITIAL_VALUE, apply, fittingValues, neverChangesValue, step } from './model';
import { Reachability } from './reachable';
import type { PreparedOp } from './prepare';
import type { BlockedOp, Explanation, IndexedOp, Operation, Value } from './types';

export function explainIllegal(key: string, ops: readonly PreparedOp[], longestPrefix: readonly number[], impossible?: number): Explanation {
  if (impossible !== undefined) return explainImpossible(key, ops, ops[impossible]);
  const prefix: number[] = [];
  const placed = new Set<number>();
  let value = INITIAL_VALUE;
  // The prefix replayed: the value after each operation and whether it set it.
  const placedSteps: PlacedStep[] = [];
  const place = (id: number) => {
    const p = ops[id];
    const { next } = apply(value, p.op);
    placedSteps.push({ p, value: next, sets: changesValue(p.op, value) });
    prefix.push(id);
    placed.add(id);
    value = next;
  };
  longestPrefix.forEach(place);

  let pending: PreparedOp[] = [];
  let earliestReturn = Infinity;
  let candidates: PreparedOp[] = [];
  const survey = () => {
    pending = ops.filter((_, id) => !placed.has(id));
    earliestReturn = pending.reduce((min, p) => Math.min(min, p.ret), Infinity);
    candidates = pending.filter((p) => p.call <= earliestReturn).sort((a, b) => a.call - b.call || a.index - b.index);
  };
  survey();
  // The search may stop where a doom is already certain; take the reads (and other
  // no-loss moves) that still fit, so the story reaches the operation that breaks.
  for (;;) {
    const next = candidates.find((p) => neverChangesValue(p.op) && step(value, p.op) !== undefined);
    if (next === undefined) break;
    place(ops.indexOf(next));
    survey();
  }

  const assessed = candidates.map((p) => {
    const rejected = step(value, p.op) === undefined;
    const reason = rejected
      ? `${mismatch(value, p.op)} ${provenance(placedSteps, p)}${neverProduced(ops, p.op)}`
      : 'fits here, but every continuation from it fails';
    return { p, rejected, blocked: { ...indexed(p), reason } };
  });

  // A later operation that can no longer fit at all: it needs a value that is gone for good.
  const reach = new Reachability(pending.map((p) => p.op));
  const doomed = pending.find((p) => {
    const fits = fittingValues(p.op);
    return !candidates.includes(p) && fits !== undefined && step(value, p.op) === undefined && !fits.some((v) => reach.canSet(v, value));
  });
  if (doomed !== undefined) {
    const reason = `${mismatch(value, doomed.op)} ${provenance(placedSteps, doomed)}, and nothing pending can change that`;
    assessed.push({ p: doomed, rejected: true, blocked: { ...indexed(doomed), reason } });
  }
  const blocked: BlockedOp[] = assessed.map((a) => a.blocked);

  // Prefer the operation that must go next (earliest return) if the model itself rejects it.
  const mustGoNext = assessed.find((a) => a.p.ret === earliestReturn);
  const culprit = mustGoNext?.rejected ? mustGoNext : assessed.find((a) => a.rejected);
  const summary =
    culprit !== undefined
      ? `${culprit.p.op.kind} ${culprit.blocked.label} ${culprit.blocked.reason}`
      : `after ${prefix.length} linearized ops, none of ${blocked.map((b) => b.label).join(', ')} can go next without a dead end`;

  return {
    key,
    summary,
    prefix: prefix.map((id) => indexed(ops[id])),
    valueAfterPrefix: value,
    blocked,
    opsChecked: ops.length,
  };
}

/** One operation settles it: nothing on this key can ever give it the value it needs. */
function explainImpossible(key: string, ops: readonly PreparedOp[], p: PreparedOp): Explanation {
  const blocked = { ...indexed(p), reason: impossibleReason(p.op) };
  return {
    key,
    summary: `${p.op.kind} ${blocked.label} ${blocked.reason}`,
    prefix: [],
    valueAfterPrefix: INITIAL_VALUE,
    blocked: [blocked],
    opsChecked: ops.length,
  };
}

function impossibleReason(op: Operation): string {
  const never = (v: Value | undefined) => `no operation on this key ever writes ${showValue(v)}`;
  switch (op.kind) {
    case 'read':
      return `returned ${showValue(op.output)}, but ${never(op.output)}`;
    case 'cas':
      if (op.output?.ok) return `succeeded expecting ${showValue(op.input.expect)}, but ${never(op.input.expect)}`;
      if (op.output?.current === op.input.expect) return `failed but reported current ${showValue(op.output?.current)}, which is what it expected`;
      return `reported current ${showValue(op.output?.current)}, but ${never(op.output?.current)}`;
    case 'append': {
      const out = op.output ?? '';
      if (!out.endsWith(op.input)) return `returned ${showValue(out)}, which does not end with the appended ${showValue(op.input)}`;
      const before = out.slice(0, out.length - op.input.length);
      return `returned ${showValue(out)}, but the key never holds ${showValue(before)} to append ${showValue(op.input)} to`;
    }
    default:
      return 'can never fit'; // writes and deletes fit some reachable value
  }
}

function indexed(p: PreparedOp): IndexedOp {
  return { index: p.index, label: opLabel(p.op, p.index), op: p.op };
}

/** Did linearizing `op` on `value` set the key (as opposed to only observing it)? */
function changesValue(op: Operation, value: Value): boolean {
  if (op.kind === 'read') return false;
  if (op.kind === 'cas') return apply(value, op).output.ok;
  return true;
}

/** What the operation reported versus what the model says it should have, at `value`. */
function mismatch(value: Value, op: Operation): string {
  const is = `the value is ${showValue(value)}`;
  switch (op.kind) {
    case 'read':
      return `returned ${showValue(op.output)} but ${is}`;
    case 'append':
      return `returned ${showValue(op.output)} but appending to ${showValue(value)} gives ${showValue(apply(value, op).output)}`;
    case 'cas':
      if (op.output?.ok) return `succeeded expecting ${showValue(op.input.expect)} but ${is}`;
      if (value === op.input.expect) return `failed but ${is}, which it expected`;
      return `reported current ${showValue(op.output?.current)} but ${is}`;
    case 'delete':
      return op.output?.existed ? `reported existed=true but the key is absent` : `reported existed=false but ${is}`;
    case 'write':
      return 'cannot be rejected'; // writes fit anywhere; kept for exhaustiveness
  }
}

interface PlacedStep {
  p: PreparedOp;
  /** The value right after it. */
  value: Value;
  sets: boolean;
}

/**
 * Where the current value came from. When its setter overlaps `p` (so the order
 * was the search's choice), also name the latest operation that real time
 * forces before `p`, and the value it set or saw: the fact `p` cannot escape.
 */
function provenance(steps: readonly PlacedStep[], p: PreparedOp): string {
  const me = opLabel(p.op, p.index);
  const name = (s: PlacedStep) => `${s.p.op.kind} ${opLabel(s.p.op, s.p.index)}`;
  const setter = steps.findLast((s) => s.sets);
  if (setter === undefined) return `(no operation set the key before ${me})`;
  if (setter.p.ret < p.call) return `(set by ${name(setter)}, which completed before ${me} was called)`;
  const forced = steps.filter((s) => s.p.ret < p.call).reduce<PlacedStep | undefined>((a, s) => (a === undefined || s.p.ret >= a.p.ret ? s : a), undefined);
  const fact = forced === undefined ? '' : `; ${name(forced)} ${forced.sets ? 'set' : 'saw'} ${showValue(forced.value)} and completed before ${me} was called`;
  return `(set by ${name(setter)}, which overlaps ${me}${fact})`;
}

/** Extra hint when the operation observed a value that nothing on this key could ever produce. */
function neverProduced(ops: readonly PreparedOp[], op: Operation): string {
  let seen: Value | undefined;
  if (op.kind === 'read') seen = op.output;
  else if (op.kind === 'cas') seen = op.output?.ok ? op.input.expect : op.output?.current;
  if (seen === undefined || seen === null || ops.some((p) => canProduce(p.op, seen))) return '';
  return `; no operation on this key ever writes ${showValue(seen)}`;
}

function canProduce(op: Operation, v: string): boolean {
  switch (op.kind) {
    case 'write':
      return op.input === v;
    case 'cas':
      return op.input.value === v;
    case 'append':
      return op.status === 'unknown' ? v.endsWith(op.input) : op.output === v;
    default:
      return false;
  }
}
