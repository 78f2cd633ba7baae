// Admission control for one link's outgoing frames. The bytes themselves wait in the
// ws socket buffer (ws.bufferedAmount); this class decides whether one more frame may
// join them and counts frames handed to ws whose write has not completed. A full queue
// drops the frame instead of buffering more: Paxos tolerates loss, not unbounded memory,
// and one slow or stalled peer must never hold up the others.

export interface SendQueueLimits {
  /** Upper bound on bytes waiting in the socket buffer. */
  readonly maxBytes: number;
  /** Upper bound on frames handed to ws and not yet written to the socket. */
  readonly maxMessages: number;
}

export class SendQueue {
  private readonly limits: SendQueueLimits;
  private pendingMessages = 0;

  constructor(limits: SendQueueLimits) {
    if (!(limits.maxBytes > 0 && limits.maxMessages > 0)) {
      throw new RangeError('send queue limits must be positive');
    }
    this.limits = limits;
  }

  get messages(): number {
    return this.pendingMessages;
  }

  /**
   * Whether a frame of `frameBytes` may be queued behind `bufferedBytes`; if so it is
   * counted and the caller must call `release()` when its write completes (or fails).
   * An empty queue takes any one frame, so a frame larger than maxBytes (but within
   * the payload limit) is not starved forever.
   */
  tryAdmit(frameBytes: number, bufferedBytes: number): boolean {
    if (this.pendingMessages >= this.limits.maxMessages) return false;
    const empty = bufferedBytes === 0 && this.pendingMessages === 0;
    if (!empty && bufferedBytes + frameBytes > this.limits.maxBytes) return false;
    this.pendingMessages++;
    return true;
  }

  release(): void {
    if (this.pendingMessages <= 0) throw new Error('SendQueue.release without a matching admit');
    this.pendingMessages--;
  }
}
