// Which members vote for which slot.
//
// A slot is decided by the configuration that governs it. Before any configuration is
// chosen the cluster is in its *bootstrap* configuration: every hostfile member votes
// with whatever data directory it has, and quorums are super-majorities (any two share
// at least two members) so that one disk lost during the very first election cannot
// split it. A configuration value chosen at slot s governs every slot from s + alpha on,
// where alpha is at least the pipeline window: a leader only proposes slot i once every
// slot up to i - window is chosen, so it always knows exactly which configuration
// governs i. Votes are counted per (member index, incarnation): a member that lost its
// disk comes back with a new incarnation and counts for nothing until a chosen
// configuration binds that incarnation. See docs/SAFETY.md for the argument.
import type { Configuration, NodeIndex, Slot } from './types';

export interface ConfigurationChange {
  /** First slot governed by `configuration` (null = bootstrap). */
  readonly fromSlot: Slot;
  readonly configuration: Configuration | null;
}

export function regularQuorumSize(memberCount: number): number {
  return Math.floor(memberCount / 2) + 1;
}

/** Bootstrap quorums: any two intersect in >= 2 members (all members when n <= 3). */
export function bootstrapQuorumSize(memberCount: number): number {
  return Math.min(memberCount, Math.floor(memberCount / 2) + 2);
}

/** Does (index, incarnation) hold a vote in `configuration` (null = bootstrap)? */
export function isVoter(configuration: Configuration | null, index: NodeIndex, incarnation: string): boolean {
  if (configuration === null) return true;
  const bound = configuration.incarnations[index];
  return bound !== undefined && bound !== '' && bound === incarnation;
}

export function quorumSize(configuration: Configuration | null, memberCount: number): number {
  return configuration === null ? bootstrapQuorumSize(memberCount) : regularQuorumSize(memberCount);
}

/** Count the voters among `voters` (index → incarnation) and compare with the quorum size. */
export function isQuorum(
  configuration: Configuration | null,
  memberCount: number,
  voters: ReadonlyMap<NodeIndex, string>,
): boolean {
  let count = 0;
  for (const [index, incarnation] of voters) {
    if (isVoter(configuration, index, incarnation)) count++;
  }
  return count >= quorumSize(configuration, memberCount);
}

/** The chosen history of configurations, learned in slot order. */
export class ConfigurationHistory {
  private changes: ConfigurationChange[];

  constructor(readonly alpha: number, changes?: readonly ConfigurationChange[]) {
    if (!(alpha >= 1)) throw new Error(`configuration alpha must be >= 1, got ${alpha}`);
    this.changes = changes ? [...changes] : [{ fromSlot: 1, configuration: null }];
    if (this.changes.length === 0 || this.changes[0]!.fromSlot !== 1) {
      throw new Error('configuration history must start at slot 1');
    }
  }

  /** Record a configuration chosen at `slot`. Must be called in slot order. */
  recordChosen(slot: Slot, configuration: Configuration): void {
    const fromSlot = slot + this.alpha;
    const last = this.changes[this.changes.length - 1]!;
    if (fromSlot <= last.fromSlot) {
      throw new Error(`configuration chosen at slot ${slot} would take effect at ${fromSlot}, not after ${last.fromSlot}`);
    }
    this.changes.push({ fromSlot, configuration });
  }

  /** The configuration governing `slot`. Callers must only ask for slots they can know. */
  at(slot: Slot): Configuration | null {
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const change = this.changes[i]!;
      if (change.fromSlot <= slot) return change.configuration;
    }
    return null;
  }

  /** The newest configuration chosen so far, including one not yet in effect. */
  latest(): Configuration | null {
    return this.changes[this.changes.length - 1]!.configuration;
  }

  latestChange(): ConfigurationChange {
    return this.changes[this.changes.length - 1]!;
  }

  /** Keep only what matters from `slot` on (used with snapshots). */
  compact(slot: Slot): void {
    let keepFrom = 0;
    for (let i = 0; i < this.changes.length; i++) {
      if (this.changes[i]!.fromSlot <= slot) keepFrom = i;
    }
    if (keepFrom > 0) {
      const kept = this.changes.slice(keepFrom);
      kept[0] = { fromSlot: 1, configuration: kept[0]!.configuration };
      this.changes = kept;
    }
  }

  /** Replace the whole history (installing a peer's snapshot). */
  replaceWith(changes: readonly ConfigurationChange[]): void {
    if (changes.length === 0 || changes[0]!.fromSlot !== 1) throw new Error('configuration history must start at slot 1');
    this.changes = [...changes];
  }

  /** The history as a snapshot at `slot` must hold it: only changes chosen at or below `slot`. */
  exportUpTo(slot: Slot): ConfigurationChange[] {
    return this.changes
      .filter((c, i) => i === 0 || c.fromSlot - this.alpha <= slot)
      .map((c) => ({ fromSlot: c.fromSlot, configuration: c.configuration }));
  }

  export(): ConfigurationChange[] {
    return this.changes.map((c) => ({ fromSlot: c.fromSlot, configuration: c.configuration }));
  }
}
