// The simulator's single clock: a binary heap of events ordered by (time, insertion).
export interface SimEvent {
  readonly time: number;
  readonly seq: number;
  readonly run: () => void;
}

export class EventQueue {
  private heap: SimEvent[] = [];
  private seq = 0;
  now = 0;

  schedule(delay: number, run: () => void): void {
    if (!(delay >= 0)) throw new Error(`negative delay ${delay}`);
    this.push({ time: this.now + delay, seq: this.seq++, run });
  }

  get size(): number {
    return this.heap.length;
  }

  /** Run events until `until` (virtual ms) or the queue empties or `stop()` says so. */
  runUntil(until: number, stop: () => boolean = () => false): void {
    while (this.heap.length > 0 && this.heap[0]!.time <= until) {
      const event = this.pop();
      this.now = event.time;
      event.run();
      if (stop()) return;
    }
    if (this.now < until) this.now = until;
  }

  private less(a: SimEvent, b: SimEvent): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  private push(e: SimEvent): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): SimEvent {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
