// A normal client that keeps writing through the HTTP API while the hostile inputs run.
// Write n appends "n," to one of a few keys, through node n mod 5, exactly-once
// (Client-Id + Request-Seq), so afterwards one read per key and node shows every write
// that took effect: each acknowledged n must be there, once, the same on every node.
// Bounded in count and in time.
import { http, type Cluster } from '../integration/cluster';

export interface WriterLimits {
  /** Writes attempted at most. */
  readonly maxWrites: number;
  /** The writer stops by itself after this long. */
  readonly maxMs: number;
  /** Pause between one worker's writes (keeps the load light on a shared machine). */
  readonly pauseMs: number;
  readonly workers: number;
  /** Keys the appends are spread over. */
  readonly keys: number;
}

const WRITE_TIMEOUT_MS = 10_000;

export class BackgroundWriter {
  /** Every write number the cluster acknowledged (200). */
  readonly acked = new Set<number>();
  failures = 0;
  private attempts = 0;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(private readonly cluster: Cluster, readonly prefix: string, readonly limits: WriterLimits) {}

  start(): void {
    const deadline = Date.now() + this.limits.maxMs;
    this.running = Promise.all(Array.from({ length: this.limits.workers }, (_, worker) => this.work(worker, deadline)))
      .then(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  keyOf(n: number): string {
    return `${this.prefix}${n % this.limits.keys}`;
  }

  private async work(worker: number, deadline: number): Promise<void> {
    // A write that failed may or may not have been applied, and a session that never
    // applied its seq 1 refuses seq 2: after a failure the worker starts a new session.
    let session = 0;
    let seq = 0;
    while (!this.stopped && Date.now() < deadline && this.attempts < this.limits.maxWrites) {
      const n = this.attempts++;
      seq++;
      const url = this.cluster.url(n % this.cluster.nodes.length, `/v1/kv/${encodeURIComponent(this.keyOf(n))}/append`);
      const headers = { 'Client-Id': `${this.prefix}worker${worker}.${session}`, 'Request-Seq': String(seq) };
      let ok = false;
      try {
        ok = (await http('POST', url, { value: `${n},` }, headers, WRITE_TIMEOUT_MS)).status === 200;
      } catch {
        ok = false;
      }
      if (ok) {
        this.acked.add(n);
      } else {
        this.failures++;
        session++;
        seq = 0;
      }
      await new Promise((resolve) => setTimeout(resolve, this.limits.pauseMs));
    }
  }
}
