// Matches applied commands to the clients waiting for them.
//
// A waiter is keyed by the encoded KvCommand bytes it proposed, which include the
// (clientId, seq) pair: when a slot's batch is applied, every command in it that a
// local client is waiting for gets that command's result. Identical bytes (the same
// session retry, or two sessionless writes that happen to be equal) are answered first
// come, first served: equal commands are interchangeable. Bounded: add() refuses beyond
// `maxWaiters` so a flood of writes cannot grow memory without limit.
import type { ApplyResult } from '../kv';
import { crc32 } from '../kv/binary';

export type WaiterCallback = (result: ApplyResult) => void;

interface Waiter {
  readonly bytes: Uint8Array;
  readonly callback: WaiterCallback;
}

export const DEFAULT_MAX_WAITERS = 100_000;

export class ClientWaiters {
  private readonly byKey = new Map<number, Waiter[]>();
  private count = 0;

  constructor(private readonly maxWaiters = DEFAULT_MAX_WAITERS) {}

  get size(): number {
    return this.count;
  }

  /** Registers interest in `bytes`; returns a cancel function, or null when full. */
  add(bytes: Uint8Array, callback: WaiterCallback): (() => void) | null {
    if (this.count >= this.maxWaiters) return null;
    const key = keyOf(bytes);
    const waiter: Waiter = { bytes, callback };
    const list = this.byKey.get(key);
    if (list === undefined) this.byKey.set(key, [waiter]);
    else list.push(waiter);
    this.count++;
    return () => this.remove(key, waiter);
  }

  /** A command was applied: answer the oldest waiter for exactly these bytes, if any. */
  resolve(bytes: Uint8Array, result: ApplyResult): boolean {
    if (this.count === 0) return false; // a follower applies every command and waits for none
    const key = keyOf(bytes);
    const list = this.byKey.get(key);
    if (list === undefined) return false;
    const at = list.findIndex((w) => Buffer.compare(w.bytes, bytes) === 0);
    if (at < 0) return false;
    const [waiter] = list.splice(at, 1);
    if (list.length === 0) this.byKey.delete(key);
    this.count--;
    waiter!.callback(result);
    return true;
  }

  private remove(key: number, waiter: Waiter): void {
    const list = this.byKey.get(key);
    if (list === undefined) return;
    const at = list.indexOf(waiter);
    if (at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.byKey.delete(key);
    this.count--;
  }
}

/**
 * Any hash will do (resolve compares the bytes): zlib's native CRC-32, 5-6 times faster
 * than our CRC-32C, as a signed 32-bit number (a small integer to V8: no string to build
 * or hash for every command).
 */
function keyOf(bytes: Uint8Array): number {
  return crc32(bytes) | 0;
}
