// Ballot order and construction. A ballot names one leadership attempt; its order is
// the lexicographic order of (round, node, incarnation), so two attempts never tie.
import type { Ballot, NodeIndex } from './types';

export const ZERO_BALLOT: Ballot = Object.freeze({ round: 0, node: 0, incarnation: '' });

/** Negative if a < b, 0 if equal, positive if a > b. */
export function compareBallots(a: Ballot, b: Ballot): number {
  if (a.round !== b.round) return a.round - b.round;
  if (a.node !== b.node) return a.node - b.node;
  if (a.incarnation === b.incarnation) return 0;
  return a.incarnation < b.incarnation ? -1 : 1;
}

export function ballotsEqual(a: Ballot, b: Ballot): boolean {
  return a.round === b.round && a.node === b.node && a.incarnation === b.incarnation;
}

export function isZeroBallot(b: Ballot): boolean {
  return b.round === 0;
}

/** The smallest ballot of `node` that is greater than `above`. */
export function nextBallot(above: Ballot, node: NodeIndex, incarnation: string): Ballot {
  const candidate: Ballot = { round: above.round, node, incarnation };
  if (compareBallots(candidate, above) > 0) return candidate;
  return { round: above.round + 1, node, incarnation };
}

export function maxBallot(a: Ballot, b: Ballot): Ballot {
  return compareBallots(a, b) >= 0 ? a : b;
}

export function formatBallot(b: Ballot): string {
  return `${b.round}.${b.node}${b.incarnation ? '.' + b.incarnation.slice(0, 4) : ''}`;
}
