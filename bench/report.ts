// Results out: an aligned table (stdout), JSON lines (appended), and a self-contained HTML
// page with inline SVG charts (throughput vs concurrency, latency percentiles).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PointResult } from './load';

const fixed = (v: number | null, digits = 0): string => (v === null || !Number.isFinite(v) ? '-' : v.toFixed(digits));

export function formatTable(results: readonly PointResult[]): string {
  const header = ['target', 'driver', 'workload', 'conc', 'round', 'ops/s', 'p50 ms', 'p90 ms', 'p99 ms', 'p99.9 ms', 'srv µs/op', 'cli µs/op', 'srv cores', 'errors', 'max RSS MB', 'cmd/slot'];
  const rows = results.map((r) => [
    r.target, r.driver, r.workload, String(r.concurrency), String(r.round), fixed(r.throughput),
    fixed(r.latencyMs.p50, 2), fixed(r.latencyMs.p90, 2), fixed(r.latencyMs.p99, 2), fixed(r.latencyMs.p999, 2),
    fixed(r.serverCpuUsPerOp), fixed(r.clientCpuUsPerOp), fixed(r.serverCpuCores, 2),
    r.errors === 0 ? '0' : `${r.errors}`, fixed(Math.max(...r.serverRssMb.map((m) => m ?? 0))), fixed(r.commandsPerSlot ?? null, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function appendJsonLines(file: string, runId: string, results: readonly object[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const time = new Date().toISOString();
  appendFileSync(file, results.map((r) => JSON.stringify({ run: runId, time, ...r })).join('\n') + '\n');
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

interface Series {
  name: string;
  color: string;
  dash: string;
  points: Array<{ x: number; y: number }>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** A line chart with a categorical x axis (concurrency levels) and a linear or log y axis. */
function lineChart(title: string, yLabel: string, xs: number[], series: Series[], logY: boolean): string {
  const W = 500;
  const H = 280;
  const left = 64;
  const right = 165;
  const top = 28;
  const bottom = 40;
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter((v) => v > 0);
  if (values.length === 0 || xs.length === 0) return `<svg width="${W}" height="${H}"><text x="10" y="20">${escapeHtml(title)}: no data</text></svg>`;
  let yMin = logY ? Math.min(...values) : 0;
  let yMax = Math.max(...values);
  if (logY) {
    yMin = 10 ** Math.floor(Math.log10(yMin));
    yMax = 10 ** Math.ceil(Math.log10(yMax));
  } else {
    yMax = niceStep(yMax / 5) * 5;
  }
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const xPos = (x: number): number => left + (xs.length === 1 ? plotW / 2 : (xs.indexOf(x) / (xs.length - 1)) * plotW);
  const yPos = (y: number): number => {
    const f = logY ? (Math.log10(Math.max(y, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) : y / yMax;
    return top + plotH - f * plotH;
  };
  const parts: string[] = [];
  parts.push(`<text x="${W / 2 - right / 2}" y="16" text-anchor="middle" font-weight="bold">${escapeHtml(title)}</text>`);
  const ticks: number[] = [];
  if (logY) for (let v = yMin; v <= yMax * 1.0001; v *= 10) ticks.push(v);
  else for (let i = 0; i <= 5; i++) ticks.push((yMax * i) / 5);
  for (const t of ticks) {
    const y = yPos(t);
    const label = t >= 1000 ? `${+(t / 1000).toPrecision(3)}k` : `${+t.toPrecision(3)}`;
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end" font-size="11">${label}</text>`);
  }
  for (const x of xs) {
    parts.push(`<text x="${xPos(x)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${x}</text>`);
  }
  parts.push(`<text x="${left + plotW / 2}" y="${H - 6}" text-anchor="middle" font-size="11">concurrency (requests in flight)</text>`);
  parts.push(`<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(yLabel)}</text>`);
  parts.push(`<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.y > 0 || !logY).sort((a, b) => xs.indexOf(a.x) - xs.indexOf(b.x));
    if (pts.length > 1) {
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}" points="${pts.map((p) => `${xPos(p.x)},${yPos(p.y)}`).join(' ')}"/>`);
    }
    for (const p of pts) parts.push(`<circle cx="${xPos(p.x)}" cy="${yPos(p.y)}" r="3" fill="${s.color}"><title>${escapeHtml(s.name)} c=${p.x}: ${p.y.toPrecision(4)}</title></circle>`);
    const ly = top + 10 + i * 16;
    parts.push(`<line x1="${left + plotW + 10}" x2="${left + plotW + 30}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}"/>`);
    parts.push(`<text x="${left + plotW + 34}" y="${ly + 4}" font-size="11">${escapeHtml(s.name)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">${parts.join('')}</svg>`;
}

/** Mean over rounds of one (series, concurrency) cell. */
function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

export function renderChart(results: readonly PointResult[], title: string): string {
  const workloads = [...new Set(results.map((r) => r.workload))];
  const xs = [...new Set(results.map((r) => r.concurrency))].sort((a, b) => a - b);
  const seriesNames = [...new Set(results.map((r) => `${r.target}/${r.driver}`))];
  const color = (name: string): string => COLORS[seriesNames.indexOf(name) % COLORS.length];
  const cell = (rs: PointResult[], pick: (r: PointResult) => number): Array<{ x: number; y: number }> =>
    xs.filter((x) => rs.some((r) => r.concurrency === x)).map((x) => ({ x, y: mean(rs.filter((r) => r.concurrency === x).map(pick)) }));
  const sections = workloads.map((workload) => {
    const ofWorkload = results.filter((r) => r.workload === workload);
    const throughput: Series[] = seriesNames.map((name) => ({
      name, color: color(name), dash: '', points: cell(ofWorkload.filter((r) => `${r.target}/${r.driver}` === name), (r) => r.throughput),
    })).filter((s) => s.points.length > 0);
    const latency: Series[] = [];
    const percentiles: Array<[string, (r: PointResult) => number, string]> = [
      ['p50', (r) => r.latencyMs.p50, ''], ['p99', (r) => r.latencyMs.p99, '6 3'], ['p99.9', (r) => r.latencyMs.p999, '2 3'],
    ];
    for (const name of seriesNames) {
      const rs = ofWorkload.filter((r) => `${r.target}/${r.driver}` === name);
      if (rs.length === 0) continue;
      for (const [label, pick, dash] of percentiles) latency.push({ name: `${name} ${label}`, color: color(name), dash, points: cell(rs, pick) });
    }
    const cpu: Series[] = seriesNames.map((name) => ({
      name, color: color(name), dash: '',
      points: cell(ofWorkload.filter((r) => `${r.target}/${r.driver}` === name && r.serverCpuUsPerOp !== null), (r) => r.serverCpuUsPerOp ?? 0),
    })).filter((s) => s.points.length > 0);
    return `<h2>${escapeHtml(workload)}</h2><div class="row">${lineChart(`${workload}: throughput`, 'ops/s', xs, throughput, false)}${
      lineChart(`${workload}: latency`, 'ms (log)', xs, latency, true)}${lineChart(`${workload}: server CPU per op`, 'µs/op (5 servers)', xs, cpu, false)}</div>`;
  });
  const rows = results.map((r) => `<tr><td>${escapeHtml(r.target)}</td><td>${r.driver}</td><td>${r.workload}</td><td>${r.concurrency}</td><td>${r.round}</td><td>${fixed(r.throughput)}</td><td>${
    fixed(r.latencyMs.p50, 2)}</td><td>${fixed(r.latencyMs.p90, 2)}</td><td>${fixed(r.latencyMs.p99, 2)}</td><td>${fixed(r.latencyMs.p999, 2)}</td><td>${
    fixed(r.serverCpuUsPerOp)}</td><td>${fixed(r.clientCpuUsPerOp)}</td><td>${r.errors}</td><td>${r.serverRssMb.map((m) => fixed(m)).join(' ')}</td></tr>`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:20px}.row{display:flex;flex-wrap:wrap;gap:12px}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style>
</head><body><h1>${escapeHtml(title)}</h1>
<p>Closed loop; throughput counts operations completed in the measured window; latency is per operation as the client saw it; server CPU is utime+stime summed over the five server processes divided by operations. Multiple rounds are averaged in the charts.</p>
${sections.join('\n')}
<h2>All points</h2><table><tr><th>target</th><th>driver</th><th>workload</th><th>conc</th><th>round</th><th>ops/s</th><th>p50 ms</th><th>p90 ms</th><th>p99 ms</th><th>p99.9 ms</th><th>srv µs/op</th><th>cli µs/op</th><th>errors</th><th>RSS MB per server</th></tr>
${rows}</table></body></html>
`;
}

export function writeChart(file: string, results: readonly PointResult[], title: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderChart(results, title));
}
