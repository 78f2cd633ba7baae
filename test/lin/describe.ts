// Short, human-readable renderings of values, operations and explanations.

import type { Explanation, History, OpKind, Operation, Value } from './types';

const KIND_LETTER: Record<OpKind, string> = { read: 'r', write: 'w', cas: 'c', append: 'a', delete: 'd' };

/** `r3`, `w7`: kind letter + index in the history, so reports point back at the input. */
export function opLabel(op: Operation, index: number): string {
  return KIND_LETTER[op.kind] + index;
}

/** Values quoted; long ones (appends grow) shortened in the middle. */
export function showValue(v: Value | undefined): string {
  if (v === undefined) return '?';
  if (v === null) return 'null';
  const quoted = `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return quoted.length <= 40 ? quoted : `${quoted.slice(0, 18)}…${quoted.slice(-18)} (${v.length} chars)`;
}

/** What was asked and what came back, e.g. `cas 'a'→'b' → failed (current 'c')`. */
export function describeOp(op: Operation): string {
  const asked = describeInvocation(op);
  if (op.status === 'fail') return `${asked} (failed, never happened)`;
  if (op.status === 'unknown') return `${asked} → ? (unknown outcome)`;
  switch (op.kind) {
    case 'read':
    case 'append':
      return `${asked} → ${showValue(op.output)}`;
    case 'write':
      return asked;
    case 'cas': {
      const out = op.output;
      if (out === undefined) return `${asked} → ?`;
      if (out.ok) return `${asked} → ok`;
      return out.current === undefined ? `${asked} → failed` : `${asked} → failed (current ${showValue(out.current)})`;
    }
    case 'delete':
      return `${asked} → existed=${op.output?.existed ?? '?'}`;
  }
}

function describeInvocation(op: Operation): string {
  switch (op.kind) {
    case 'read':
    case 'delete':
      return op.kind;
    case 'write':
    case 'append':
      return `${op.kind} ${showValue(op.input)}`;
    case 'cas':
      return `cas ${showValue(op.input.expect)}→${showValue(op.input.value)}`;
  }
}

/** `c2 [40..50]`: client and real-time interval (`?` = never returned). */
export function describeTiming(op: Operation): string {
  const ret = op.status === 'ok' && op.return !== undefined ? String(op.return) : '?';
  return `c${op.clientId} [${op.call}..${ret}]`;
}

/** One line per operation: label, client, interval, what happened. */
export function describeLine(op: Operation, index: number): string {
  return `${opLabel(op, index).padEnd(6)} ${describeTiming(op).padEnd(22)} ${describeOp(op)}`;
}

/** The operations on one key in call-time order, one per line. */
export function formatHistory(history: History, key: string): string {
  return history
    .map((op, index) => ({ op, index }))
    .filter(({ op }) => op.key === key)
    .sort((a, b) => a.op.call - b.op.call || a.index - b.index)
    .map(({ op, index }) => describeLine(op, index))
    .join('\n');
}

const MAX_PREFIX_SHOWN = 8;
const MAX_BLOCKED_SHOWN = 6;

/** A few lines: the summary, the tail of the prefix, and the operations that could not go next. */
export function formatExplanation(e: Explanation): string {
  const tail = e.prefix.slice(-MAX_PREFIX_SHOWN).map((p) => p.label);
  const earlier = e.prefix.length - tail.length;
  const prefixText = [earlier > 0 ? `…${earlier} earlier,` : '', ...tail].filter((s) => s !== '').join(' ') || '(empty)';
  const lines = [
    `key '${e.key}' is not linearizable: ${e.summary}`,
    `  longest linearizable prefix (${e.prefix.length} of ${e.opsChecked} ops): ${prefixText} → value ${showValue(e.valueAfterPrefix)}`,
    `  could not be linearized next:`,
    ...e.blocked.slice(0, MAX_BLOCKED_SHOWN).map((b) => `    ${describeLine(b.op, b.index)}: ${b.reason}`),
  ];
  if (e.blocked.length > MAX_BLOCKED_SHOWN) lines.push(`    …and ${e.blocked.length - MAX_BLOCKED_SHOWN} more`);
  return lines.join('\n');
}
