// Capped exponential backoff with jitter for redialing a peer. Attempt n waits a random
// time in [base/2, base] with base = min(maxMs, minMs * 2^n): the floor keeps a restarted
// cluster from redialing in lockstep, the cap bounds how long a healed link stays down.

export interface BackoffOptions {
  readonly minMs: number;
  readonly maxMs: number;
  /** Uniform in [0, 1); injected so tests are deterministic. */
  readonly random?: () => number;
}

export class Backoff {
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly random: () => number;
  private attemptCount = 0;

  constructor(options: BackoffOptions) {
    if (!(options.minMs > 0 && options.maxMs >= options.minMs)) {
      throw new RangeError(`backoff needs 0 < minMs <= maxMs, got ${options.minMs}, ${options.maxMs}`);
    }
    this.minMs = options.minMs;
    this.maxMs = options.maxMs;
    this.random = options.random ?? Math.random;
  }

  /** Failed attempts since the last reset. */
  get attempts(): number {
    return this.attemptCount;
  }

  /** The delay before the next attempt; counts the attempt. */
  nextDelayMs(): number {
    // 2^30 * minMs exceeds any sane cap; the bound keeps the power finite.
    const exponent = Math.min(this.attemptCount, 30);
    const baseMs = Math.min(this.maxMs, this.minMs * 2 ** exponent);
    this.attemptCount++;
    return Math.round(baseMs / 2 + (baseMs / 2) * this.random());
  }

  /** Call once a link is up and authenticated. */
  reset(): void {
    this.attemptCount = 0;
  }
}
