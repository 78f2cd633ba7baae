import fc from 'fast-check';
import { bootstrapQuorumSize, ConfigurationHistory, isQuorum, regularQuorumSize } from './configuration';

describe('quorums', () => {
  it('regular quorums of any two subsets intersect (checked against brute force for n <= 7)', () => {
    for (let n = 1; n <= 7; n++) {
      const q = regularQuorumSize(n);
      expect(2 * q).toBeGreaterThan(n);
      expect(q).toBeLessThanOrEqual(n);
    }
  });

  it('bootstrap quorums intersect in at least two members, so one lost disk cannot split them (n >= 4)', () => {
    for (let n = 4; n <= 9; n++) expect(2 * bootstrapQuorumSize(n) - n).toBeGreaterThanOrEqual(2);
    expect(bootstrapQuorumSize(3)).toBe(3);
    expect(bootstrapQuorumSize(5)).toBe(4);
  });

  it('count only bound incarnations of a configuration', () => {
    const configuration = { epoch: 1, incarnations: ['a', 'b', 'c', '', 'e'] };
    const voters = new Map([[0, 'a'], [1, 'b'], [3, 'x']]);
    expect(isQuorum(configuration, 5, voters)).toBe(false);
    voters.set(2, 'OLD');
    expect(isQuorum(configuration, 5, voters)).toBe(false);
    voters.set(4, 'e');
    expect(isQuorum(configuration, 5, voters)).toBe(true);
  });

  it('agree with a naive count on random voter sets', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('', 'a', 'b'), { minLength: 5, maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(4), fc.constantFrom('a', 'b')), { maxLength: 8 }), (incs, votes) => {
        const voters = new Map(votes);
        const naive = [...voters].filter(([i, inc]) => incs[i] !== '' && incs[i] === inc).length >= 3;
        expect(isQuorum({ epoch: 1, incarnations: incs }, 5, voters)).toBe(naive);
      }));
  });
});

describe('configuration history', () => {
  it('a configuration chosen at slot s governs slots from s + alpha', () => {
    const h = new ConfigurationHistory(4);
    const c1 = { epoch: 1, incarnations: ['a', 'b', 'c'] };
    h.recordChosen(2, c1);
    expect(h.at(5)).toBeNull();
    expect(h.at(6)).toBe(c1);
    expect(h.latest()).toBe(c1);
  });

  it('exports for a snapshot only what was chosen at or below its slot', () => {
    const h = new ConfigurationHistory(4);
    h.recordChosen(2, { epoch: 1, incarnations: ['a'] });
    h.recordChosen(9, { epoch: 2, incarnations: ['b'] });
    expect(h.exportUpTo(8).map((c) => c.fromSlot)).toEqual([1, 6]);
    expect(h.exportUpTo(9).map((c) => c.fromSlot)).toEqual([1, 6, 13]);
  });

  it('refuses changes out of slot order', () => {
    const h = new ConfigurationHistory(4);
    h.recordChosen(5, { epoch: 1, incarnations: ['a'] });
    expect(() => h.recordChosen(3, { epoch: 2, incarnations: ['b'] })).toThrow();
  });
});
