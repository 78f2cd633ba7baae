// The report: a summary (ops ok / failed / unknown per kind, throughput, the longest
// window without a successful operation, the verdict) as a text table, and a
// self-contained timeline (HTML + inline SVG, no external resources): one lane per
// client, operations as bars coloured by outcome, fault windows shaded and labelled, the
// operations of a linearizability violation outlined, with the checker's explanation.
import type { CheckResult } from '../lin';
import type { FaultWindow, RecordedOp, Recorder } from './recorder';

export interface KindCounts {
  ok: number;
  fail: number;
  unknown: number;
}

export interface Summary {
  readonly byKind: Record<string, KindCounts>;
  readonly byApi: Record<string, KindCounts>;
  readonly total: KindCounts;
  readonly durationMs: number;
  /** Successful operations per second over the workload. */
  readonly throughput: number;
  /** Longest stretch of the workload with no successful operation completing. */
  readonly longestGap: { ms: number; from: number; to: number };
  /** Every stretch of at least GAP_REPORT_MS without a successful operation, with the faults overlapping it. */
  readonly gaps: readonly { ms: number; from: number; to: number; faults: string[] }[];
  readonly faults: number;
  readonly verdict: string;
  readonly problems: readonly string[];
}

/** Gaps this long are listed one by one (with the faults at the time) in the summary. */
export const GAP_REPORT_MS = 3000;

export function summarize(recorder: Recorder, span: { start: number; end: number }, verdict: string, problems: readonly string[]): Summary {
  const byKind: Record<string, KindCounts> = {};
  const byApi: Record<string, KindCounts> = {};
  const total: KindCounts = { ok: 0, fail: 0, unknown: 0 };
  const workload = recorder.ops.filter((op) => op.api !== 'final');
  for (const op of workload) {
    (byKind[op.kind] ??= { ok: 0, fail: 0, unknown: 0 })[op.status]++;
    (byApi[op.api] ??= { ok: 0, fail: 0, unknown: 0 })[op.status]++;
    total[op.status]++;
  }
  const returns = workload.filter((op) => op.status === 'ok').map((op) => op.return!).sort((a, b) => a - b);
  let gap = { ms: 0, from: span.start, to: span.start };
  const gaps: Summary['gaps'][number][] = [];
  let previous = span.start;
  for (const t of [...returns, span.end]) {
    if (t - previous > gap.ms) gap = { ms: t - previous, from: previous, to: t };
    if (t - previous >= GAP_REPORT_MS) {
      const faults = recorder.faults.filter((f) => f.start < t && (f.end ?? Infinity) > previous).map((f) => f.label);
      gaps.push({ ms: t - previous, from: previous, to: t, faults });
    }
    previous = Math.max(previous, t);
  }
  const durationMs = span.end - span.start;
  return {
    byKind, byApi, total, durationMs, throughput: total.ok / Math.max(0.001, durationMs / 1000), longestGap: gap, gaps,
    faults: recorder.faults.filter((f) => f.kind !== 'heal').length, verdict, problems,
  };
}

export function formatSummary(summary: Summary, run: { nemesis: string; seed: number; clients: number }): string {
  const rows: string[][] = [['kind', 'ok', 'failed', 'unknown', 'total']];
  const row = (label: string, c: KindCounts): string[] => [label, String(c.ok), String(c.fail), String(c.unknown), String(c.ok + c.fail + c.unknown)];
  for (const kind of ['read', 'write', 'cas', 'append', 'delete']) if (summary.byKind[kind] !== undefined) rows.push(row(kind, summary.byKind[kind]!));
  for (const [api, counts] of Object.entries(summary.byApi)) rows.push(row(`(via ${api})`, counts));
  rows.push(row('all', summary.total));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const out = [
    `nemesis=${run.nemesis} seed=${run.seed} clients=${run.clients} duration=${(summary.durationMs / 1000).toFixed(1)}s faults=${summary.faults}`,
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    `throughput: ${summary.throughput.toFixed(1)} ok ops/s`,
    `longest unavailability: ${(summary.longestGap.ms / 1000).toFixed(2)} s (t=${(summary.longestGap.from / 1000).toFixed(1)}s..${(summary.longestGap.to / 1000).toFixed(1)}s)`,
    ...summary.gaps.map((g) => `  no ok op for ${(g.ms / 1000).toFixed(1)} s at t=${(g.from / 1000).toFixed(1)}s..${(g.to / 1000).toFixed(1)}s during: ${g.faults.join('; ') || 'no fault'}`),
    `verdict: ${summary.verdict}`,
    ...summary.problems.slice(0, 20).map((p) => `  - ${p}`),
  ];
  if (summary.problems.length > 20) out.push(`  ... and ${summary.problems.length - 20} more`);
  return out.join('\n');
}

const COLOURS: Record<string, string> = { ok: '#3a9d4a', fail: '#e08a1e', unknown: '#9a9a9a' };
const LANE_PX = 22;
const TOP_PX = 40;
const LEFT_PX = 90;
const PX_PER_SECOND = 40;

/** The whole timeline page. */
export function timelineHtml(recorder: Recorder, summary: Summary, check: CheckResult, explanation: string | undefined,
  run: { nemesis: string; seed: number; clients: number }): string {
  const ops = recorder.ops;
  const end = Math.max(recorder.now(), ...ops.map((op) => op.return ?? op.call));
  const clients = [...new Set(ops.map((op) => op.clientId))].sort((a, b) => a - b);
  const lane = new Map(clients.map((c, i) => [c, i]));
  const width = LEFT_PX + Math.ceil((end / 1000) * PX_PER_SECOND) + 40;
  const faultRows = Math.max(1, recorder.faults.length);
  const lanesBottom = TOP_PX + clients.length * LANE_PX;
  const height = lanesBottom + 20 + faultRows * 14 + 20;
  const x = (t: number): number => LEFT_PX + (t / 1000) * PX_PER_SECOND;
  const highlighted = violationOps(check);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="monospace" font-size="11">`);
  recorder.faults.forEach((fault, i) => parts.push(faultSvg(fault, i, x, end, lanesBottom)));
  for (let s = 0; s <= end / 1000; s += 5) {
    parts.push(`<line x1="${x(s * 1000)}" y1="${TOP_PX - 6}" x2="${x(s * 1000)}" y2="${lanesBottom}" stroke="#ddd"/>`);
    parts.push(`<text x="${x(s * 1000) + 2}" y="${TOP_PX - 8}" fill="#666">${s}s</text>`);
  }
  clients.forEach((c, i) => {
    const y = TOP_PX + i * LANE_PX;
    const api = ops.find((op) => op.clientId === c)?.api ?? '';
    parts.push(`<text x="4" y="${y + 14}">${c === clients[clients.length - 1] && api === 'final' ? 'final' : `c${c}`} ${api === 'final' ? '' : api}</text>`);
  });
  for (const op of ops) parts.push(opSvg(op, lane.get(op.clientId)!, x, end, highlighted.has(op.id)));
  parts.push('</svg>');
  return page(parts.join('\n'), summary, explanation, run);
}

function violationOps(check: CheckResult): Set<number> {
  const e = check.explanation;
  if (e === undefined) return new Set();
  return new Set([...e.blocked.map((b) => b.index), ...e.prefix.slice(-5).map((p) => p.index)]);
}

function faultSvg(fault: FaultWindow, i: number, x: (t: number) => number, end: number, lanesBottom: number): string {
  const x0 = x(fault.start);
  const x1 = x(fault.end ?? end);
  const colour = fault.kind === 'heal' ? '#cfe3ff' : fault.kind === 'partition' ? '#ffd6d6' : fault.kind === 'pause' ? '#fff0b3' : fault.kind === 'wipe' ? '#e6d6ff' : '#ffe0c2';
  const labelY = lanesBottom + 20 + i * 14;
  return [
    `<rect x="${x0}" y="${TOP_PX - 4}" width="${Math.max(1, x1 - x0)}" height="${lanesBottom - TOP_PX + 4}" fill="${colour}" opacity="0.6"><title>${escape(fault.label)}</title></rect>`,
    `<line x1="${x0}" y1="${lanesBottom}" x2="${x0}" y2="${labelY}" stroke="#bbb"/>`,
    `<text x="${x0 + 2}" y="${labelY}" fill="#444">${escape(`${(fault.start / 1000).toFixed(1)}s ${fault.label}`)}</text>`,
  ].join('');
}

function opSvg(op: RecordedOp, laneIndex: number, x: (t: number) => number, end: number, highlight: boolean): string {
  const y = TOP_PX + laneIndex * LANE_PX + 3;
  const x0 = x(op.call);
  const x1 = x(op.return ?? end);
  const stroke = highlight ? ' stroke="#d00000" stroke-width="2"' : '';
  const title = `#${op.id} ${op.kind} ${op.key} ${short(op.input)} → ${op.status}${op.status === 'ok' ? ` ${short(op.output)}` : op.error !== undefined ? ` ${op.error}` : ''}`
    + ` [${op.api}${op.node !== undefined ? ` ${op.node}` : ''}] ${(op.call / 1000).toFixed(3)}s..${op.return === undefined ? '?' : (op.return / 1000).toFixed(3)}s`;
  return `<rect x="${x0.toFixed(1)}" y="${y}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${LANE_PX - 6}" fill="${COLOURS[op.status]}"${stroke}><title>${escape(title)}</title></rect>`;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 28)}…${text.slice(-28)}` : text;
}

function page(svg: string, summary: Summary, explanation: string | undefined, run: { nemesis: string; seed: number; clients: number }): string {
  const counts = `${summary.total.ok} ok · ${summary.total.fail} failed · ${summary.total.unknown} unknown · ${summary.throughput.toFixed(1)} ok ops/s · longest unavailability ${(summary.longestGap.ms / 1000).toFixed(2)} s`;
  const problems = summary.problems.length === 0 ? '' : `<ul>${summary.problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>`;
  const violation = explanation === undefined ? '' : `<h2>Linearizability violation</h2><p>Outlined in red on the timeline.</p><pre class="violation">${escape(explanation)}</pre>`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>paxoskv jepsen: ${escape(run.nemesis)} seed ${run.seed}</title>
<style>
body { font-family: sans-serif; margin: 16px; }
.verdict { font-weight: bold; color: ${summary.verdict === 'PASS' ? '#2a7d3a' : '#c00'}; }
.legend span { display: inline-block; padding: 1px 8px; margin-right: 6px; color: #fff; }
.scroll { overflow-x: auto; border: 1px solid #ccc; }
pre.violation { background: #fff3f3; border: 1px solid #d00; padding: 8px; white-space: pre-wrap; }
</style></head><body>
<h1>paxoskv jepsen run — nemesis ${escape(run.nemesis)}, seed ${run.seed}, ${run.clients} clients</h1>
<p class="verdict">verdict: ${escape(summary.verdict)}</p>${problems}
<p>${counts}</p>
<p class="legend"><span style="background:${COLOURS.ok}">ok</span><span style="background:${COLOURS.fail}">failed</span><span style="background:${COLOURS.unknown}">unknown</span>
shading: <span style="background:#ffe0c2;color:#000">kill</span><span style="background:#fff0b3;color:#000">pause</span><span style="background:#ffd6d6;color:#000">partition</span><span style="background:#e6d6ff;color:#000">wipe</span><span style="background:#cfe3ff;color:#000">final heal</span>
(hover a bar for the operation)</p>
${violation}
<div class="scroll">
${svg}
</div>
</body></html>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
