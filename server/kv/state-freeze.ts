// Freezing the state for a snapshot in slices, so that a large state never stops the
// event loop for long: a million keys take about half a second to copy, twice a leader's
// election timeout.
//
// At the start (synchronously) the freeze takes the slot, the size counter, the sessions
// and the keys in order: a copy of references from the sorted index, tens of
// milliseconds at a million keys. The values, which cost a hash lookup each, are then
// copied slice by slice across turns of the event loop while the machine goes on
// applying. Until the last slice, the machine hands every value it overwrites or deletes
// to preserve(), and the freeze keeps the first one per key: the value the key had at
// the start. Keys created after the start are not in the key list and need nothing.
// The map of preserved values lives only as long as the slices take.
import type { KvLimits } from './limits';
import type { SessionRecord } from './sessions';

/**
 * The state as of one applied slot, fixed: later applies do not change it. Costs two
 * references per key (the key and value strings are shared, never copied), so a
 * snapshot can be encoded and written piece by piece while the machine moves on.
 */
export interface FrozenState {
  readonly limits: KvLimits;
  readonly appliedSlot: number;
  /** What the entries take in a snapshot: the sum of snapshotEntryBytes. */
  readonly entryBytes: number;
  /** In compareKeys order. */
  readonly keys: readonly string[];
  /** values[i] is the byte string of keys[i]. */
  readonly values: readonly string[];
  /** Least recently used first. */
  readonly sessions: readonly SessionRecord[];
}

export interface FreezeStart {
  readonly limits: KvLimits;
  readonly appliedSlot: number;
  readonly entryBytes: number;
  readonly keys: string[];
  readonly sessions: readonly SessionRecord[];
}

export class StateFreeze {
  private readonly values: string[];
  private copied = 0;
  /** Key → its value at the start, for keys changed since, until the last slice. */
  private preserved: Map<string, string> | null = new Map();
  private result: FrozenState | null = null;

  /** `live`: the machine's map, read as slices are copied; `ended`: tells the machine to stop calling preserve(). */
  constructor(private readonly start: FreezeStart, private readonly live: ReadonlyMap<string, string>,
    private readonly ended: (freeze: StateFreeze) => void) {
    this.values = new Array<string>(start.keys.length);
    if (start.keys.length === 0) this.finish();
  }

  get appliedSlot(): number {
    return this.start.appliedSlot;
  }

  /** Values still to copy. */
  get remaining(): number {
    return this.start.keys.length - this.copied;
  }

  get done(): boolean {
    return this.result !== null;
  }

  /** The machine is about to overwrite or delete `key`, whose value is `old`. */
  preserve(key: string, old: string): void {
    if (this.preserved !== null && !this.preserved.has(key)) this.preserved.set(key, old);
  }

  /** Copies up to `budget` more values; true once all are copied. */
  step(budget: number): boolean {
    if (this.result !== null) return true;
    const preserved = this.preserved;
    if (preserved === null) throw new Error('freeze: step after cancel');
    const { keys } = this.start;
    const end = Math.min(keys.length, this.copied + budget);
    for (let i = this.copied; i < end; i++) {
      const key = keys[i]!;
      const value = preserved.size === 0 ? undefined : preserved.get(key);
      const current = value ?? this.live.get(key);
      // A key in the list existed at the start; if it is gone now its value was preserved.
      if (current === undefined) throw new Error(`freeze: "${key}" lost its value during the freeze`);
      this.values[i] = current;
    }
    this.copied = end;
    if (end === keys.length) this.finish();
    return this.result !== null;
  }

  /** The frozen state; only once step() said it is done. */
  state(): FrozenState {
    if (this.result === null) throw new Error(`freeze: ${this.remaining} values not copied yet`);
    return this.result;
  }

  /** Gives up (the snapshot is not wanted any more): the machine forgets this freeze. */
  cancel(): void {
    if (this.preserved === null) return;
    this.preserved = null;
    this.ended(this);
  }

  private finish(): void {
    const { limits, appliedSlot, entryBytes, keys, sessions } = this.start;
    this.result = { limits, appliedSlot, entryBytes, keys, values: this.values, sessions };
    this.preserved = null;
    this.ended(this);
  }
}
