// Settles a node's memory once it goes quiet after a burst of work.
//
// V8 frees a burst's garbage (log entries dropped after a snapshot, overwritten values,
// request buffers promoted while in flight) only at its next major GC. When allocation
// stops, its memory reducer starts that GC by itself, but only once its estimate of the
// allocation rate, still averaged over the burst's GCs, has decayed: 30 s to minutes
// after the load, and on some nodes not at all before new traffic (docs/MEMORY.md).
// Meanwhile the node holds 1.5x its live heap.
//
// Node's only way to ask for a major GC, global.gc(), is a stop-the-world collection:
// 150-450 ms with a million keys here, too close to the election timeout on a leader.
// V8 has a second trigger that runs the ordinary incremental, concurrent major GC (the
// kind it runs under load, with pauses of tens of ms): external memory registered by
// ArrayBuffers growing more than 64 MiB past what was live at the last mark-compact
// (Isolate::AdjustAmountOfExternalAllocatedMemory). So settling allocates one ArrayBuffer
// that takes external memory over that limit and drops it at once. Its zeroed pages come
// straight from mmap and are never touched: it costs address space for a moment, not
// resident memory.
//
// The policy is a pure function of heap samples so it is tested without a real heap.
import { constants, performance, PerformanceObserver, type EventLoopUtilization } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

/** V8's soft limit on external memory growth between mark-compacts (heap.h, kExternalAllocationSoftLimit). */
const V8_EXTERNAL_SOFT_LIMIT_BYTES = 64 * 1024 * 1024;

export interface IdleGcOptions {
  /** How often the heap and the event loop are sampled. */
  readonly intervalMs: number;
  /**
   * Event-loop utilization over one interval at or above which the node counts as busy,
   * and below which as quiet. Heap size cannot tell: under load scavenges keep it flat
   * while the node allocates fast.
   */
  readonly busyUtilization: number;
  /**
   * The same for an interval in which a major GC ended. Incremental marking runs as
   * event-loop tasks: a settle's own collection of a large heap costs 3-8 % of 5 s, and
   * must not count as work that leaves garbage (it would ask for the next one).
   */
  readonly busyUtilizationWithGc: number;
  /** Heap + external growth since the last major GC worth a collection even without a busy spell. */
  readonly settleBytes: number;
  /**
   * Committed but unused heap worth one more collection. A mark-compact right after a
   * burst keeps the young generation at the size the burst grew it to (V8 shrinks it
   * only when the allocation rate over the last 5 s is low, and its samples then still
   * come from the burst); the next one, after a quiet interval, gives it back.
   */
  readonly slackBytes: number;
  /** Least time between two settles. */
  readonly cooldownMs: number;
  /** Settles per quiet spell at most (V8's memory reducer stops after three too). */
  readonly maxSettlesPerSpell: number;
  /**
   * Quiet intervals in a row before a settle. Members that went quiet together (the
   * whole cluster, when the load stops) should not collect at the same moment: five
   * mark-compacts of a million keys at once on two cores stopped every member for
   * 250-890 ms, the leader too; taking turns, one to three followers logged one stall
   * each (128-285 ms), the leader none. main.ts gives member i 1 + i intervals.
   */
  readonly quietIntervalsBeforeSettle: number;
}

export const DEFAULT_IDLE_GC_OPTIONS: IdleGcOptions = {
  intervalMs: 5_000,
  // An idle member (ticks, heartbeats, metrics scrapes) uses about 1 %.
  busyUtilization: 0.05,
  busyUtilizationWithGc: 0.15,
  settleBytes: 32 * 1024 * 1024,
  slackBytes: 24 * 1024 * 1024,
  cooldownMs: 10_000,
  maxSettlesPerSpell: 3,
  quietIntervalsBeforeSettle: 1,
};

export interface HeapSample {
  readonly atMs: number;
  /** used heap + external (ArrayBuffer) bytes. */
  readonly bytes: number;
  readonly externalBytes: number;
  /** Committed heap not in use (total_heap_size - used_heap_size). */
  readonly slackBytes: number;
  /** Event-loop utilization (0..1) since the previous sample. */
  readonly utilization: number;
  /** Major GCs seen so far (V8's or ours). */
  readonly majorGcs: number;
}

export interface IdleGcState {
  /** Heap right after the last major GC. */
  afterMajorGc: { bytes: number; externalBytes: number } | null;
  /** `majorGcs` of the previous sample. */
  majorGcs: number;
  /**
   * The node was busy after the last major GC ended, so that GC left garbage behind. Its
   * size cannot be read off the heap: the log entries a snapshot drops were live at that
   * GC and are counted the same way now that they are dead.
   */
  busySinceMajorGc: boolean;
  lastSettleMs: number | null;
  /** Settles since the node was last busy. */
  settlesThisSpell: number;
  /** Quiet samples since the last busy one. */
  quietIntervals: number;
}

export function initialIdleGcState(): IdleGcState {
  return { afterMajorGc: null, majorGcs: 0, busySinceMajorGc: false, lastSettleMs: null, settlesThisSpell: 0, quietIntervals: 0 };
}

/**
 * Whether to settle now, given the newest sample: the node was quiet over the last
 * quietIntervalsBeforeSettle intervals (and V8 ran no major GC in the last one); it
 * worked since the last major GC, or grew by settleBytes since, or holds slackBytes of
 * committed heap it does not use; it has not settled within cooldownMs, nor
 * maxSettlesPerSpell times since it was last busy. Updates the state, and counts the
 * settle when it says yes.
 */
export function shouldSettle(state: IdleGcState, sample: HeapSample, options: IdleGcOptions): boolean {
  const collected = sample.majorGcs !== state.majorGcs;
  const busy = sample.utilization >= (collected ? options.busyUtilizationWithGc : options.busyUtilization);
  state.majorGcs = sample.majorGcs;
  // A major GC in a quiet interval came after the work; one in a busy interval may not have.
  if (busy) {
    state.busySinceMajorGc = true;
    state.settlesThisSpell = 0;
    state.quietIntervals = 0;
  } else {
    state.quietIntervals++;
    if (collected) state.busySinceMajorGc = false;
  }
  if (busy || collected || state.afterMajorGc === null || state.quietIntervals < options.quietIntervalsBeforeSettle) return false;
  const grown = sample.bytes - state.afterMajorGc.bytes >= options.settleBytes;
  const slack = sample.slackBytes >= options.slackBytes;
  const cooled = state.lastSettleMs === null || sample.atMs - state.lastSettleMs >= options.cooldownMs;
  if (!cooled || state.settlesThisSpell >= options.maxSettlesPerSpell || !(state.busySinceMajorGc || grown || slack)) return false;
  state.lastSettleMs = sample.atMs;
  state.settlesThisSpell++;
  return true;
}

function heapNow(): { bytes: number; externalBytes: number; slackBytes: number } {
  const stats = getHeapStatistics();
  return {
    bytes: stats.used_heap_size + stats.external_memory,
    externalBytes: stats.external_memory,
    slackBytes: Math.max(0, stats.total_heap_size - stats.used_heap_size),
  };
}

/**
 * Asks V8 for its incremental major GC (see the top of this file). Returns at once; the
 * GC runs over the next event-loop turns. V8's limit is the external memory live right
 * after the last mark-compact plus 64 MiB; `externalAfterMajorGc` is our reading of the
 * first term, so external memory ends above the limit whatever is live now.
 */
export function requestMajorGc(externalAfterMajorGc: number): boolean {
  try {
    // Allocated and dropped: only its size matters to V8's accounting.
    void new ArrayBuffer(V8_EXTERNAL_SOFT_LIMIT_BYTES + externalAfterMajorGc + 1024 * 1024);
    return true;
  } catch {
    // Out of address space (RangeError): V8 collects by itself later; never crash for this.
    return false;
  }
}

export interface IdleGcEvents {
  /** A settle was asked for (`requested` false: V8 refused the buffer); `heapBytes` is used heap + external memory now. */
  onSettle(heapBytes: number, requested: boolean): void;
}

/** Samples the heap on an unref'd timer and settles when shouldSettle says so. */
export class IdleGc {
  private readonly state = initialIdleGcState();
  private timer: NodeJS.Timeout | null = null;
  private observer: PerformanceObserver | null = null;
  private majorGcs = 0;
  private lastUtilization: EventLoopUtilization | null = null;

  constructor(
    private readonly events: IdleGcEvents,
    private readonly options: IdleGcOptions = DEFAULT_IDLE_GC_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    if (this.timer !== null) return;
    this.state.afterMajorGc = heapNow();
    this.lastUtilization = performance.eventLoopUtilization();
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
        if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
        this.majorGcs++;
        this.state.afterMajorGc = heapNow();
      }
    });
    this.observer.observe({ entryTypes: ['gc'] });
    this.timer = setInterval(() => this.check(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.observer?.disconnect();
    this.observer = null;
  }

  private check(): void {
    const utilization = performance.eventLoopUtilization();
    const sinceLast = performance.eventLoopUtilization(utilization, this.lastUtilization ?? undefined);
    this.lastUtilization = utilization;
    const sample: HeapSample = { atMs: this.now(), ...heapNow(), utilization: sinceLast.utilization, majorGcs: this.majorGcs };
    if (!shouldSettle(this.state, sample, this.options)) return;
    const afterMajorGc = this.state.afterMajorGc!;
    // Our GC comes in the next interval, a quiet one: that clears busySinceMajorGc.
    this.events.onSettle(sample.bytes, requestMajorGc(afterMajorGc.externalBytes));
  }
}
