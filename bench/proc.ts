// Per-process resource readings from /proc (Linux): CPU time (utime + stime) and RSS,
// and the pid listening on a loopback TCP port (for clusters the bench did not start).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

let clockTicksPerSecond: number | null = null;

/** `getconf CLK_TCK`, read once (100 on every Linux we know of, but asked, not assumed). */
export function clockTicks(): number {
  if (clockTicksPerSecond === null) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/** CPU time (user + system) of a process in microseconds, or null when it is gone. */
export function processCpuMicros(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1_000_000) / clockTicks();
  } catch {
    return null;
  }
}

/** Resident set size in bytes, or null when the process is gone. */
export function processRssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/** Sum of CPU microseconds over pids (gone processes count 0). */
export function totalCpuMicros(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) total += processCpuMicros(pid) ?? 0;
  return total;
}

/**
 * The pid of the process listening on TCP `port` (IPv4 or IPv6), found through
 * /proc/net/tcp* socket inodes and /proc/<pid>/fd links; null when not visible to us.
 */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A') continue; // 0A: LISTEN
      const localPort = parseInt(cols[1].split(':')[1], 16);
      if (localPort === port) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(link);
        if (match !== null && inodes.has(match[1])) return Number(entry);
      } catch {
        // The fd closed while we looked.
      }
    }
  }
  return null;
}
