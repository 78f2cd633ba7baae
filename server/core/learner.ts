// The learner: the chosen values this replica knows, the chosen prefix (every slot up
// to commitIndex is known), and the hand-off to the state machine in strict slot order.
import type { ChosenEntry, Slot, SlotValue } from './types';

function valuesEqual(a: SlotValue, b: SlotValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'noop') return true;
  if (a.kind === 'configuration' && b.kind === 'configuration') {
    return a.configuration.epoch === b.configuration.epoch &&
      a.configuration.incarnations.join(',') === b.configuration.incarnations.join(',');
  }
  if (a.kind === 'commands' && b.kind === 'commands') {
    if (a.commands.length !== b.commands.length) return false;
    for (let i = 0; i < a.commands.length; i++) {
      const x = a.commands[i]!;
      const y = b.commands[i]!;
      if (x.length !== y.length) return false;
      for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
    }
    return true;
  }
  return false;
}
export { valuesEqual };

export class Learner {
  /** Chosen values above the snapshot point, kept to serve catch-up of others. */
  private readonly log = new Map<Slot, SlotValue>();
  /** Every slot <= commitIndex is chosen and known here. */
  commitIndex: Slot;
  /** Every slot <= appliedIndex has been handed to the state machine. */
  appliedIndex: Slot;
  /** Slots at or below this live only in the snapshot. */
  snapshotSlot: Slot;

  constructor(snapshotSlot: Slot = 0) {
    this.commitIndex = snapshotSlot;
    this.appliedIndex = snapshotSlot;
    this.snapshotSlot = snapshotSlot;
  }

  /** Record that `slot` chose `value`. A different value for a known slot is a safety violation. */
  learn(slot: Slot, value: SlotValue): void {
    if (slot <= this.snapshotSlot) return;
    const known = this.log.get(slot);
    if (known !== undefined) {
      if (!valuesEqual(known, value)) {
        throw new Error(`SAFETY VIOLATION: slot ${slot} learned two different chosen values`);
      }
      return;
    }
    this.log.set(slot, value);
    while (this.log.has(this.commitIndex + 1)) this.commitIndex++;
  }

  chosenAt(slot: Slot): SlotValue | undefined {
    return this.log.get(slot);
  }

  isChosen(slot: Slot): boolean {
    return slot <= this.snapshotSlot || this.log.has(slot);
  }

  /** Entries chosen but not yet applied, in slot order; marks them applied. */
  takeApplicable(): ChosenEntry[] {
    const out: ChosenEntry[] = [];
    while (this.appliedIndex < this.commitIndex) {
      const slot = this.appliedIndex + 1;
      out.push({ slot, value: this.log.get(slot)! });
      this.appliedIndex = slot;
    }
    return out;
  }

  /** Chosen entries from `fromSlot`, at most `max` of them, contiguous. */
  range(fromSlot: Slot, max: number): ChosenEntry[] {
    const out: ChosenEntry[] = [];
    for (let slot = fromSlot; slot <= this.commitIndex && out.length < max; slot++) {
      out.push({ slot, value: this.log.get(slot)! });
    }
    return out;
  }

  /** Forget chosen values at or below `slot` (a durable snapshot covers them). */
  compact(slot: Slot): void {
    if (slot <= this.snapshotSlot) return;
    if (slot > this.appliedIndex) throw new Error(`cannot compact to ${slot}: only ${this.appliedIndex} applied`);
    for (let s = this.snapshotSlot + 1; s <= slot; s++) this.log.delete(s);
    this.snapshotSlot = slot;
  }

  /** Jump to an installed snapshot of a peer (everything at or below `slot` is in it). */
  installSnapshot(slot: Slot): void {
    if (slot <= this.appliedIndex) return;
    for (const s of [...this.log.keys()]) if (s <= slot) this.log.delete(s);
    this.snapshotSlot = slot;
    this.appliedIndex = slot;
    if (this.commitIndex < slot) this.commitIndex = slot;
    while (this.log.has(this.commitIndex + 1)) this.commitIndex++;
  }

  get logSize(): number {
    return this.log.size;
  }
}
