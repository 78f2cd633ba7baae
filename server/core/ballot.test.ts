import { compareBallots, nextBallot, ZERO_BALLOT } from './ballot';
import fc from 'fast-check';

const ballot = fc.record({ round: fc.nat(1000), node: fc.nat(6), incarnation: fc.constantFrom('', 'a1', 'b2', 'c3') });

describe('ballots', () => {
  it('are totally ordered: antisymmetric and transitive', () => {
    fc.assert(fc.property(ballot, ballot, ballot, (a, b, c) => {
      // A sum, not toBe(-sign): for equal ballots -Math.sign(0) is -0, which toBe tells from 0.
      expect(Math.sign(compareBallots(a, b)) + Math.sign(compareBallots(b, a))).toBe(0);
      if (compareBallots(a, b) <= 0 && compareBallots(b, c) <= 0) expect(compareBallots(a, c)).toBeLessThanOrEqual(0);
    }));
  });

  it('differ between two lives of one node at the same round', () => {
    expect(compareBallots({ round: 3, node: 1, incarnation: 'aa' }, { round: 3, node: 1, incarnation: 'bb' })).not.toBe(0);
  });

  it('nextBallot is the next ballot of that node strictly above any given one', () => {
    fc.assert(fc.property(ballot, fc.nat(6), (above, node) => {
      const next = nextBallot(above, node, 'zz');
      expect(compareBallots(next, above)).toBeGreaterThan(0);
      expect(next.node).toBe(node);
      expect(next.round - above.round).toBeLessThanOrEqual(1);
    }));
    expect(compareBallots(nextBallot(ZERO_BALLOT, 0, 'x'), ZERO_BALLOT)).toBeGreaterThan(0);
  });
});
