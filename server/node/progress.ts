// Progress of the node's long operations: writing a snapshot, sending or receiving one,
// and catching up on chosen slots. Each operation is a ProgressOperation the owner
// updates with plain assignments (no I/O, no allocation); a ProgressBoard keeps the live
// ones for GET /v1/status and logs each at a bounded rate: once when it starts, at most
// once per LOG_INTERVAL_MS while it runs, and once when it ends. The last finished
// operation of each kind (and peer) stays on the board for RECENT_MS, so a dashboard
// polling once a second still sees a snapshot write that took 40 ms. Nothing here runs
// per client request: the board's timer exists only while an operation is on it.
import type { NodeLogger } from './logger';

export type ProgressKind = 'snapshot-write' | 'snapshot-send' | 'snapshot-receive' | 'catch-up';
export type ProgressUnit = 'bytes' | 'slots';
export type ProgressState = 'running' | 'done' | 'failed';

/** One operation as GET /v1/status shows it. */
export interface ProgressView {
  readonly kind: ProgressKind;
  readonly state: ProgressState;
  readonly unit: ProgressUnit;
  readonly done: number;
  /** null while the size is not known yet (a receive before its first chunk). */
  readonly total: number | null;
  /** 0..100, one decimal; null while total is unknown. */
  readonly percent: number | null;
  /** Average since the start; 0 before the first measurable interval. */
  readonly ratePerSec: number;
  /** Remaining / rate; null when either is unknown, 0 once done. */
  readonly etaMs: number | null;
  readonly startedAt: number;
  readonly elapsedMs: number;
  readonly peer: string | null;
  readonly slot: number | null;
  /** Why a failed operation failed. */
  readonly reason?: string;
}

export interface ProgressOptions {
  readonly kind: ProgressKind;
  readonly unit: ProgressUnit;
  readonly total: number | null;
  readonly peer?: string | null;
  readonly slot?: number | null;
}

export const LOG_INTERVAL_MS = 1000;
export const RECENT_MS = 10_000;
/** A running operation without an update for this long is dropped as failed ("stalled"). */
export const STALL_MS = 30_000;
/** Bound on operations kept (running + recent): old finished ones go first. */
export const MAX_OPERATIONS = 16;

export type Clock = () => number;

export class ProgressOperation {
  private doneValue = 0;
  private totalValue: number | null;
  private stateValue: ProgressState = 'running';
  private reasonValue: string | undefined;
  private finishedAtMs: number | null = null;
  private lastUpdateMs: number;
  slot: number | null;
  private startedAtMs: number;

  constructor(readonly options: ProgressOptions, private readonly clock: Clock, private readonly onEnd: (op: ProgressOperation) => void) {
    this.totalValue = options.total;
    this.slot = options.slot ?? null;
    this.startedAtMs = clock();
    this.lastUpdateMs = this.startedAtMs;
  }

  get startedAt(): number {
    return this.startedAtMs;
  }

  get kind(): ProgressKind {
    return this.options.kind;
  }

  get state(): ProgressState {
    return this.stateValue;
  }

  get finishedAt(): number | null {
    return this.finishedAtMs;
  }

  get lastUpdate(): number {
    return this.lastUpdateMs;
  }

  /** Work done so far (absolute, not a delta); `total` when it became known or changed. */
  update(done: number, total?: number | null): void {
    if (this.stateValue !== 'running') return;
    this.doneValue = Math.max(0, done);
    if (total !== undefined) this.totalValue = total;
    this.lastUpdateMs = this.clock();
  }

  /** Start over (a snapshot sender moved to a newer snapshot): counts and clock restart. */
  restart(total: number | null, slot: number | null): void {
    if (this.stateValue !== 'running') return;
    this.doneValue = 0;
    this.totalValue = total;
    this.slot = slot;
    this.startedAtMs = this.clock();
    this.lastUpdateMs = this.startedAtMs;
  }

  finish(): void {
    if (this.stateValue !== 'running') return;
    if (this.totalValue !== null) this.doneValue = this.totalValue;
    this.end('done', undefined);
  }

  fail(reason: string): void {
    if (this.stateValue !== 'running') return;
    this.end('failed', reason);
  }

  view(now: number = this.clock()): ProgressView {
    const end = this.finishedAtMs ?? now;
    const elapsedMs = Math.max(0, end - this.startedAt);
    const done = this.doneValue;
    const total = this.totalValue;
    const ratePerSec = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    let etaMs: number | null = null;
    if (this.stateValue === 'done') etaMs = 0;
    else if (this.stateValue === 'running' && total !== null && ratePerSec > 0) etaMs = Math.round((Math.max(0, total - done) / ratePerSec) * 1000);
    const percent = total === null ? null : total <= 0 ? 100 : Math.round(Math.min(1, done / total) * 1000) / 10;
    return {
      kind: this.options.kind, state: this.stateValue, unit: this.options.unit, done, total, percent,
      ratePerSec: Math.round(ratePerSec * 10) / 10, etaMs, startedAt: this.startedAt, elapsedMs,
      peer: this.options.peer ?? null, slot: this.slot, ...(this.reasonValue !== undefined ? { reason: this.reasonValue } : {}),
    };
  }

  private end(state: ProgressState, reason: string | undefined): void {
    this.stateValue = state;
    this.reasonValue = reason;
    this.finishedAtMs = this.clock();
    this.onEnd(this);
  }
}

export interface ProgressBoardOptions {
  readonly logger: NodeLogger;
  readonly clock?: Clock;
  /** Drives the periodic log line and the stall check; injectable for tests. */
  readonly setInterval?: (fn: () => void, ms: number) => { unref?: () => void };
  readonly clearInterval?: (timer: unknown) => void;
}

export class ProgressBoard {
  private operations: ProgressOperation[] = [];
  private timer: unknown = null;
  private readonly clock: Clock;
  private readonly logger: NodeLogger;

  constructor(private readonly options: ProgressBoardOptions) {
    this.clock = options.clock ?? Date.now;
    this.logger = options.logger;
  }

  start(options: ProgressOptions): ProgressOperation {
    const op = new ProgressOperation(options, this.clock, (ended) => this.ended(ended));
    this.operations.push(op);
    this.trim();
    this.logger.info(logFields(op.view()), `progress: ${op.kind} started`);
    this.ensureTimer();
    return op;
  }

  /** Running operations, then recently finished ones; [] when there are none. */
  list(): ProgressView[] {
    this.prune();
    const now = this.clock();
    return this.operations.map((op) => op.view(now));
  }

  /** The periodic step: log every running operation once, drop stalled and old ones. */
  step(): void {
    const now = this.clock();
    for (const op of this.operations) {
      if (op.state !== 'running') continue;
      if (now - op.lastUpdate >= STALL_MS) op.fail(`no progress for ${Math.round((now - op.lastUpdate) / 1000)} s`);
      else this.logger.info(logFields(op.view(now)), `progress: ${op.kind}`);
    }
    this.prune();
  }

  close(): void {
    this.stopTimer();
  }

  private ended(op: ProgressOperation): void {
    const view = op.view();
    if (op.state === 'failed') this.logger.warn(logFields(view), `progress: ${op.kind} failed`);
    else this.logger.info(logFields(view), `progress: ${op.kind} finished`);
  }

  /** Drops finished operations older than RECENT_MS, and all but the newest finished one per kind and peer. */
  private prune(): void {
    const now = this.clock();
    const newestFinished = new Map<string, ProgressOperation>();
    for (const op of this.operations) {
      if (op.finishedAt === null) continue;
      const key = `${op.kind} ${op.options.peer ?? ''}`;
      const other = newestFinished.get(key);
      if (other === undefined || other.finishedAt! <= op.finishedAt) newestFinished.set(key, op);
    }
    this.operations = this.operations.filter((op) => op.finishedAt === null
      || (now - op.finishedAt < RECENT_MS && newestFinished.get(`${op.kind} ${op.options.peer ?? ''}`) === op));
    if (this.operations.length === 0) this.stopTimer();
  }

  private trim(): void {
    while (this.operations.length > MAX_OPERATIONS) {
      const finished = this.operations.findIndex((op) => op.state !== 'running');
      this.operations.splice(finished >= 0 ? finished : 0, 1);
    }
  }

  private ensureTimer(): void {
    if (this.timer !== null) return;
    const every = this.options.setInterval ?? setInterval;
    const timer = every(() => this.step(), LOG_INTERVAL_MS);
    timer.unref?.();
    this.timer = timer;
  }

  private stopTimer(): void {
    if (this.timer === null) return;
    (this.options.clearInterval ?? ((t: unknown) => clearInterval(t as NodeJS.Timeout)))(this.timer);
    this.timer = null;
  }
}

/** One JSON log line per report, the view under `progress` (the same shape as in /v1/status). */
function logFields(view: ProgressView): Record<string, unknown> {
  return { progress: view };
}

