// Linearizable reads on the leader (read index). A read asks the core for a read id;
// the core confirms leadership with a heartbeat round to a majority (batching every read
// queued meanwhile) and names the slot that was chosen when the round started. The read
// is answered once the state machine has applied that slot. A read the core can no
// longer confirm (leadership lost) fails, and the caller retries on the new leader.

export type ReadCallback = (confirmed: boolean) => void;

interface Confirmed {
  readonly applyIndex: number;
  readonly callback: ReadCallback;
}

export class ReadIndex {
  private readonly waiting = new Map<number, ReadCallback>();
  /** Confirmed reads waiting for the state machine, in confirmation order. */
  private confirmed: Confirmed[] = [];

  get size(): number {
    return this.waiting.size + this.confirmed.length;
  }

  add(readId: number, callback: ReadCallback): () => void {
    this.waiting.set(readId, callback);
    return () => {
      this.waiting.delete(readId);
      this.confirmed = this.confirmed.filter((c) => c.callback !== callback);
    };
  }

  confirm(readId: number, applyIndex: number, appliedSlot: number): void {
    const callback = this.waiting.get(readId);
    if (callback === undefined) return;
    this.waiting.delete(readId);
    if (appliedSlot >= applyIndex) callback(true);
    else this.confirmed.push({ applyIndex, callback });
  }

  fail(readId: number): void {
    const callback = this.waiting.get(readId);
    if (callback === undefined) return;
    this.waiting.delete(readId);
    callback(false);
  }

  /** The state machine applied up to `appliedSlot`: answer the reads it now covers. */
  applied(appliedSlot: number): void {
    if (this.confirmed.length === 0) return;
    const still: Confirmed[] = [];
    for (const c of this.confirmed) {
      if (appliedSlot >= c.applyIndex) c.callback(true);
      else still.push(c);
    }
    this.confirmed = still;
  }

  failAll(): void {
    const callbacks = [...this.waiting.values(), ...this.confirmed.map((c) => c.callback)];
    this.waiting.clear();
    this.confirmed = [];
    for (const callback of callbacks) callback(false);
  }
}
