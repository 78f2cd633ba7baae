// Ports for local clusters that kill and restart their nodes. A port picked by listening
// on port 0 comes from the kernel's ephemeral range, so while its node is down an outgoing
// connection (a client, a proxy, another test) can be given the same number as its local
// port, and the restarted node then fails with EADDRINUSE. Ports below (or above) that
// range are never handed out that way, so a restarted node always gets its port back.
import { readFileSync } from 'node:fs';
import net from 'node:net';

const FALLBACK_EPHEMERAL: readonly [number, number] = [32768, 60999];
/** Lowest port we pick: clear of well-known services (and of run_all_servers' defaults). */
const LOWEST = 10_000;

/** The kernel's ephemeral port range [low, high], from /proc where there is one. */
export function ephemeralRange(): readonly [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low! <= high!) return [low!, high!];
  } catch {
    // Not Linux: assume the usual range.
  }
  return FALLBACK_EPHEMERAL;
}

/** The port ranges outside the ephemeral range that we pick from. */
function candidateRanges(): Array<readonly [number, number]> {
  const [low, high] = ephemeralRange();
  const ranges: Array<readonly [number, number]> = [];
  if (low - 1 - LOWEST >= 1000) ranges.push([LOWEST, low - 1]);
  if (65535 - (high + 1) >= 1000) ranges.push([high + 1, 65535]);
  if (ranges.length === 0) throw new Error(`no room outside the ephemeral port range ${low}-${high} for test clusters`);
  return ranges;
}

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** `count` distinct ports, free on `host` now, none in the kernel's ephemeral range. */
export async function stablePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ranges = candidateRanges();
  const ports = new Set<number>();
  for (let attempt = 0; ports.size < count; attempt++) {
    if (attempt >= 1000) throw new Error(`found only ${ports.size} of ${count} free ports outside the ephemeral range`);
    const [low, high] = ranges[Math.floor(Math.random() * ranges.length)]!;
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (!ports.has(port) && await canListen(port, host)) ports.add(port);
  }
  return [...ports];
}
