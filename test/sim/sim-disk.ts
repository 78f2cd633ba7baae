// The simulated disk of one node: records are appended unsynced; an fsync makes
// everything written before it durable. A crash keeps the durable records and a random
// prefix of the rest (writes may reach the platter without fsync), tearing the next one.
import { compareBallots } from '../../server/core/ballot';
import type { ConfigurationChange } from '../../server/core/configuration';
import type { PersistRecord } from '../../server/core/types';
import type { AppSnapshot } from './sim-app';
import type { Prng } from './prng';

export interface SimSnapshot {
  readonly slot: number;
  readonly app: AppSnapshot;
  readonly configurations: readonly ConfigurationChange[];
}

export class SimDisk {
  durable: PersistRecord[] = [];
  unsynced: PersistRecord[] = [];
  snapshot: SimSnapshot | null = null;
  incarnation: string;

  constructor(incarnation: string) {
    this.incarnation = incarnation;
  }

  write(records: readonly PersistRecord[]): number {
    for (const r of records) this.unsynced.push(r);
    return this.durable.length + this.unsynced.length;
  }

  /** Make every record up to position `mark` durable. */
  sync(mark: number): void {
    const count = mark - this.durable.length;
    if (count <= 0) return;
    this.durable.push(...this.unsynced.splice(0, count));
  }

  /** Power loss: durable records survive, a random prefix of unsynced ones too. */
  crash(random: Prng): number {
    const survive = random.int(0, this.unsynced.length);
    const lost = this.unsynced.length - survive;
    this.durable.push(...this.unsynced.slice(0, survive));
    this.unsynced = [];
    return lost;
  }

  /** The snapshot is written atomically (temp file, fsync, rename). Records it covers go. */
  saveSnapshot(snapshot: SimSnapshot): void {
    this.snapshot = snapshot;
    let promise: { type: 'promise'; ballot: import('../../server/core/types').Ballot } | null = null;
    const kept: PersistRecord[] = [];
    for (const r of this.durable) {
      if (r.type === 'accept' && r.slot <= snapshot.slot) {
        if (promise === null || compareBallots(r.ballot, promise.ballot) > 0) promise = { type: 'promise', ballot: r.ballot };
        continue;
      }
      kept.push(r);
    }
    // Keep the promise implied by dropped accepts: the ballot must never go backwards.
    this.durable = promise ? [promise, ...kept] : kept;
  }

  wipe(newIncarnation: string): void {
    this.durable = [];
    this.unsynced = [];
    this.snapshot = null;
    this.incarnation = newIncarnation;
  }
}
