// Reads a V8 .cpuprofile (node --cpu-prof) and ranks functions by self time, and files by
// self time: what the leader spends its CPU on.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPO_ROOT } from './clusters';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTimeEntry {
  name: string;
  micros: number;
  percent: number;
}

export interface ProfileSummary {
  totalMicros: number;
  functions: SelfTimeEntry[];
  files: SelfTimeEntry[];
  /** For the top native entries (no url): who called them, as stacks of up to CALLER_DEPTH frames. */
  callers: Array<{ name: string; stacks: SelfTimeEntry[] }>;
}

const CALLER_DEPTH = 4;
const CALLER_TARGETS = 4;

function shortUrl(url: string): string {
  if (url === '') return '';
  const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
  return path.startsWith('/') ? relative(REPO_ROOT, path) : path;
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const selfById = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    selfById.set(profile.samples[i], (selfById.get(profile.samples[i]) ?? 0) + Math.max(0, delta));
  }
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfById) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue; // waiting in epoll, not CPU
    total += micros;
    const where = shortUrl(url);
    const name = `${functionName || '(anonymous)'}${where === '' ? '' : ` ${where}:${lineNumber + 1}`}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const fileKey = where === '' ? functionName : where.replace(/^.*node_modules\//, 'node_modules/');
    files.set(fileKey, (files.get(fileKey) ?? 0) + micros);
  }
  const rank = (m: Map<string, number>): SelfTimeEntry[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => ({ name, micros, percent: (100 * micros) / Math.max(1, total) }));
  const functionsRanked = rank(functions);
  const nativeTargets = functionsRanked.filter((e) => !e.name.includes(' ') && !e.name.startsWith('(')).slice(0, CALLER_TARGETS).map((e) => e.name);
  const callers = nativeTargets.map((target) => {
    const stacks = new Map<string, number>();
    for (const [id, micros] of selfById) {
      const node = byId.get(id);
      if (node === undefined || node.callFrame.functionName !== target || node.callFrame.url !== '') continue;
      // The nearest project frames (server/, client/), skipping node internals and libraries.
      const frames: string[] = [];
      for (let p = parentOf.get(id); p !== undefined && frames.length < CALLER_DEPTH; p = parentOf.get(p)) {
        const frame = (byId.get(p) as ProfileNode).callFrame;
        const where = shortUrl(frame.url);
        if (!/^(dist\/)?(server|client)\//.test(where)) continue;
        frames.push(`${frame.functionName || '(anonymous)'}@${where}:${frame.lineNumber + 1}`);
      }
      const key = frames.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + micros);
    }
    return { name: target, stacks: rank(stacks).slice(0, 5) };
  });
  return { totalMicros: total, functions: functionsRanked, files: rank(files), callers };
}

export function formatProfile(summary: ProfileSummary, label: string): string {
  const lines = [`${label}: ${(summary.totalMicros / 1e6).toFixed(2)} s of CPU sampled (idle excluded)`, '  self %   self ms  function'];
  for (const e of summary.functions) lines.push(`  ${e.percent.toFixed(1).padStart(6)}  ${(e.micros / 1000).toFixed(0).padStart(8)}  ${e.name}`);
  lines.push('  by file:');
  for (const e of summary.files.slice(0, 15)) lines.push(`  ${e.percent.toFixed(1).padStart(6)}  ${(e.micros / 1000).toFixed(0).padStart(8)}  ${e.name}`);
  for (const c of summary.callers) {
    lines.push(`  callers of ${c.name}:`);
    for (const e of c.stacks) lines.push(`  ${e.percent.toFixed(1).padStart(6)}  ${(e.micros / 1000).toFixed(0).padStart(8)}  ${e.name}`);
  }
  return lines.join('\n') + '\n';
}
