// Freezing the state for a snapshot in slices, so that a large state never stops the
// event loop for long: a million keys take about half a second to copy, twice a leader's
// election timeout, and several times that on a busy machine.
//
// At the start (synchronously) the freeze takes the slot, the size counter, the sessions
// and a pin of the sorted key index: its runs of keys, which the index copies before it
// changes one while pinned (sorted-keys.ts), so the start costs O(n / 300) references.
// step() then copies keys and values slice by slice across turns of the event loop while
// the machine goes on applying. Until the last slice, the machine hands every value it
// overwrites or deletes to preserve(), and the freeze keeps the first one per key: the
// value the key had at the start. Keys created after the start are not in the pinned runs
// and need nothing. The pin and the map of preserved values live only as long as the
// slices take.
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
  /** How many entries. */
  readonly count: number;
  /** The keys in compareKeys order, in segments of at most FREEZE_SEGMENT_KEYS. */
  readonly keys: readonly (readonly string[])[];
  /** values[s][i] is the byte string of keys[s][i]. */
  readonly values: readonly (readonly string[])[];
  /** Least recently used first. */
  readonly sessions: readonly SessionRecord[];
}

/**
 * Keys per segment of a frozen state. Two arrays of a million references take 25–30 ms
 * to allocate here (their fresh pages), so a freeze allocates them a segment at a time,
 * in the slice that fills it, and never grows one (a grown array is copied whole).
 */
export const FREEZE_SEGMENT_KEYS = 65_536;

export interface FreezeStart {
  readonly limits: KvLimits;
  readonly appliedSlot: number;
  readonly entryBytes: number;
  /** How many keys the state holds. */
  readonly count: number;
  /** The keys in order, pinned: unchanged until the freeze ends. */
  readonly runs: readonly (readonly string[])[];
  readonly sessions: readonly SessionRecord[];
}

export class StateFreeze {
  private readonly keys: string[][] = [];
  private readonly values: string[][] = [];
  private copied = 0;
  /** The segments being filled, and the next index in them. */
  private segmentKeys: string[] = [];
  private segmentValues: string[] = [];
  private at = 0;
  /** Where the copy stands in the pinned runs. */
  private run = 0;
  private position = 0;
  /** Key → its value at the start, for keys changed since, until the last slice. */
  private preserved: Map<string, string> | null = new Map();
  private result: FrozenState | null = null;

  /** `live`: the machine's map, read as slices are copied; `ended`: the machine unpins and stops calling preserve(). */
  constructor(private readonly start: FreezeStart, private readonly live: ReadonlyMap<string, string>,
    private readonly ended: (freeze: StateFreeze) => void) {
    if (start.count === 0) this.finish();
  }

  get appliedSlot(): number {
    return this.start.appliedSlot;
  }

  /** Entries still to copy. */
  get remaining(): number {
    return this.start.count - this.copied;
  }

  get done(): boolean {
    return this.result !== null;
  }

  /** The machine is about to overwrite or delete `key`, whose value is `old`. */
  preserve(key: string, old: string): void {
    if (this.preserved !== null && !this.preserved.has(key)) this.preserved.set(key, old);
  }

  /** Copies up to `budget` more entries; true once all are copied. */
  step(budget: number): boolean {
    if (this.result !== null) return true;
    const preserved = this.preserved;
    if (preserved === null) throw new Error('freeze: step after cancel');
    const { runs, count } = this.start;
    let left = budget;
    while (left > 0 && this.run < runs.length) {
      const run = runs[this.run]!;
      const end = Math.min(run.length, this.position + left);
      for (let i = this.position; i < end; i++) {
        const key = run[i]!;
        const value = preserved.size === 0 ? undefined : preserved.get(key);
        const current = value ?? this.live.get(key);
        // A key in the runs existed at the start; if it is gone now its value was preserved.
        if (current === undefined) throw new Error(`freeze: "${key}" lost its value during the freeze`);
        if (this.at === this.segmentKeys.length) this.nextSegment(count);
        this.segmentKeys[this.at] = key;
        this.segmentValues[this.at++] = current;
        this.copied++;
      }
      left -= end - this.position;
      this.position = end;
      if (end === run.length) {
        this.run++;
        this.position = 0;
      }
    }
    if (this.run === runs.length) this.finish();
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

  private nextSegment(count: number): void {
    if (this.copied >= count) throw new Error(`freeze: more than the ${count} keys counted at the start`);
    const size = Math.min(FREEZE_SEGMENT_KEYS, count - this.copied);
    this.segmentKeys = new Array<string>(size);
    this.segmentValues = new Array<string>(size);
    this.keys.push(this.segmentKeys);
    this.values.push(this.segmentValues);
    this.at = 0;
  }

  private finish(): void {
    const { limits, appliedSlot, entryBytes, count, sessions } = this.start;
    if (this.copied !== count) throw new Error(`freeze: copied ${this.copied} keys of ${count}`);
    this.result = { limits, appliedSlot, entryBytes, count, keys: this.keys, values: this.values, sessions };
    this.preserved = null;
    this.ended(this);
  }
}
