// Memoisation for the Wing–Gong search.
//
// Lowe's cache: two search nodes with the same set of linearized operations and
// the same value have identical futures, so once one has been explored the other
// can be skipped. This turns the search from "all interleavings" into "all
// reachable (set, value) pairs", which is what makes real histories tractable.
//
// The set is kept as two bitsets, operations with a known outcome and those
// with an unknown one, because unknown operations allow a stronger rule (see
// FailureTable). Values are interned to small integers first (equal values get
// equal ids), so entries compare in O(1) on the value and O(n/32) on the sets.

import type { Bitset, Snapshot } from './bitset';
import type { Value } from './types';

/** Gives each distinct value a small integer id. */
export class StateTable {
  private readonly ids = new Map<Value, number>();

  intern(value: Value): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

function mix(h: number, stateId: number): number {
  return (h ^ Math.imul(stateId + 1, 0x9e3779b1)) | 0;
}

interface Visited {
  known: Snapshot;
  unknown: Snapshot;
  stateId: number;
}

/** Every node entered so far. Buckets by hash; collisions resolved by full comparison. */
export class LinearizationCache {
  private readonly buckets = new Map<number, Visited[]>();

  /** Records the node; false if it was already there (so: already explored, and failed). */
  add(known: Bitset, unknown: Bitset, stateId: number): boolean {
    const h = mix(known.hash ^ Math.imul(unknown.hash, 0x85ebca6b), stateId);
    let bucket = this.buckets.get(h);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(h, bucket);
    } else {
      for (const v of bucket) {
        if (v.stateId === stateId && known.equals(v.known) && unknown.equals(v.unknown)) return false;
      }
    }
    bucket.push({ known: known.snapshot(), unknown: unknown.snapshot(), stateId });
    return true;
  }
}

interface Failures {
  known: Snapshot;
  stateId: number;
  /** Unknown-operation sets that failed with this known set and value; none is a superset of another. */
  unknownSets: Snapshot[];
}

/**
 * Failed nodes, for dominance pruning over unknown operations.
 *
 * An operation with unknown outcome can always be linearized last (no return
 * time, any output accepted). So if node (K, U, v) has a completion, node
 * (K, U', v) with U' ⊂ U has one too: finish as from (K, U, v), then the
 * operations of U \ U'. Contrapositive: once (K, U, v) has failed, every
 * (K, U'', v) with U'' ⊇ U fails as well and need not be explored. Without
 * this, each pending unknown operation doubles the space an illegal history
 * must exhaust.
 */
export class FailureTable {
  private readonly buckets = new Map<number, Failures[]>();

  record(known: Bitset, unknown: Bitset, stateId: number): void {
    const f = this.find(known, stateId, true) as Failures;
    // Failures with more unknown operations are implied by this one now.
    f.unknownSets = f.unknownSets.filter((s) => !unknown.containedIn(s));
    f.unknownSets.push(unknown.snapshot());
  }

  /** Is there a recorded failure with the same known set and value, and a subset of these unknown operations? */
  dominated(known: Bitset, unknown: Bitset, stateId: number): boolean {
    const f = this.find(known, stateId, false);
    return f !== undefined && f.unknownSets.some((s) => unknown.containsAll(s));
  }

  private find(known: Bitset, stateId: number, create: boolean): Failures | undefined {
    const h = mix(known.hash, stateId);
    let bucket = this.buckets.get(h);
    for (const f of bucket ?? []) if (f.stateId === stateId && known.equals(f.known)) return f;
    if (!create) return undefined;
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(h, bucket);
    }
    const f: Failures = { known: known.snapshot(), stateId, unknownSets: [] };
    bucket.push(f);
    return f;
  }
}
