// Which chunks of one snapshot a fetching node asks for, and in what order it writes them.
//
// Up to `depth` chunk requests are out at once, so the sender reads and sends the next
// chunks while the receiver writes this one: one chunk at a time left both sides idle
// most of the time, each waiting for the other. Answers may come back in any order (the
// sender serves requests concurrently), twice (a retried request), or never (a dropped
// frame); the window holds early arrivals and hands chunks out strictly in order.
//
// Memory: at most `depth` chunks are requested or held at any time.
//
// Pure bookkeeping, no I/O: the caller sends the requests, writes the chunks and decides
// when a stall has lasted long enough to ask again.

export type ChunkVerdict =
  /** Held; takeNext() hands it out once everything before it is written. */
  | 'kept'
  /** Already written, already held, or an answer to nothing asked for: ignore. */
  | 'ignored'
  /** Contradicts what this snapshot's earlier chunks said (its size): the peer is not sane. */
  | 'inconsistent';

export class FetchWindow {
  /** Payload size, known from the first answer. */
  private total: number | null = null;
  /** Bytes handed out in order so far. */
  private written = 0;
  /** The next offset not yet asked for. */
  private next = 0;
  /** Offsets asked for whose answers have not come. */
  private readonly requested = new Set<number>();
  /** Answers that came before the chunks ahead of them were written. */
  private readonly early = new Map<number, Uint8Array>();

  constructor(private readonly chunkBytes: number, private readonly depth: number) {
    if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1) throw new Error(`chunkBytes must be a positive integer, got ${chunkBytes}`);
    if (!Number.isSafeInteger(depth) || depth < 1) throw new Error(`depth must be a positive integer, got ${depth}`);
  }

  get totalBytes(): number | null {
    return this.total;
  }

  get writtenBytes(): number {
    return this.written;
  }

  get complete(): boolean {
    return this.total !== null && this.written >= this.total;
  }

  /** Chunks requested and not answered, plus chunks held: never above depth once the size is known. */
  get outstanding(): number {
    return this.requested.size + this.early.size;
  }

  /** True once any chunk of this snapshot was accepted. */
  get started(): boolean {
    return this.total !== null;
  }

  /**
   * Offsets to ask for now; they count as requested from here on. Before the size is
   * known only the first chunk is asked for, since the size bounds the rest.
   */
  toRequest(): number[] {
    const offsets: number[] = [];
    if (this.total === null) {
      if (this.requested.size === 0) {
        this.requested.add(this.written);
        this.next = this.written + this.chunkBytes;
        offsets.push(this.written);
      }
      return offsets;
    }
    while (this.next < this.total && this.requested.size + this.early.size < this.depth) {
      this.requested.add(this.next);
      offsets.push(this.next);
      this.next += this.chunkBytes;
    }
    return offsets;
  }

  /** Offsets to ask for again after a stall: everything requested and not yet answered. */
  rerequest(): number[] {
    if (this.requested.size === 0) return this.toRequest();
    return [...this.requested].sort((a, b) => a - b);
  }

  /** An answer arrived. */
  accept(offset: number, data: Uint8Array, totalBytes: number): ChunkVerdict {
    if (this.total !== null && totalBytes !== this.total) return 'inconsistent';
    if (!this.requested.has(offset)) return 'ignored';
    // A chunk must hold bytes and stay inside the payload; a chunk shorter than we cut them
    // is fine (a sender with another chunk size): see takeNext.
    if (data.length === 0 || offset + data.length > totalBytes) return 'inconsistent';
    this.total ??= totalBytes;
    this.requested.delete(offset);
    this.early.set(offset, data);
    return 'kept';
  }

  /**
   * The chunk that continues the written bytes, if it is here; the caller writes it at
   * `offset` and the window counts it as written.
   */
  takeNext(): { readonly offset: number; readonly data: Uint8Array } | null {
    const offset = this.written;
    const data = this.early.get(offset);
    if (data === undefined) return null;
    this.early.delete(offset);
    this.written += data.length;
    this.realign();
    return { offset, data };
  }

  /**
   * A sender that cuts chunks at other sizes than we ask in leaves requests that start
   * inside what is now written, or none that starts where it ends: forget those and ask
   * again from the written end. Late answers to forgotten requests are then ignored.
   */
  private realign(): void {
    for (const offset of this.requested) if (offset < this.written) this.requested.delete(offset);
    for (const offset of this.early.keys()) if (offset < this.written) this.early.delete(offset);
    if (this.next <= this.written) {
      this.next = this.written;
    } else if (!this.requested.has(this.written) && !this.early.has(this.written)) {
      this.requested.clear();
      this.early.clear();
      this.next = this.written;
    }
  }
}
