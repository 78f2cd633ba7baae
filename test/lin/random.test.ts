// Randomized evidence: histories generated from a correct sequential execution
// must pass; one guaranteed-impossible result must fail; and on tiny histories
// the fast checker must agree with brute force, either way.

import fc from 'fast-check';
import { checkHistory } from './index';
import type { Operation, Value } from './types';
import { BRUTE_FORCE_LIMIT, bruteForceLinearizable } from './testkit/brute';
import { generateLegalHistory, mutateToIllegal, prng, type GenOptions, type Mutation } from './testkit/gen';
import { plainLinearizable } from './testkit/plain';
import { witnessProblem } from './testkit/witness';

const options = fc.record({
  ops: fc.integer({ min: 1, max: 300 }),
  clients: fc.integer({ min: 1, max: 8 }),
  keys: fc.integer({ min: 1, max: 4 }),
  unknownRate: fc.constantFrom(0, 0.02, 0.05),
  failRate: fc.constantFrom(0, 0.05),
  maxDuration: fc.constantFrom(2, 10, 30),
});

describe('randomized histories', () => {
  test('histories generated from a correct sequential execution are accepted, with a valid witness', () => {
    fc.assert(
      fc.property(fc.integer(), options, (seed, o: GenOptions) => {
        const h = generateLegalHistory(prng(seed), o);
        const r = checkHistory(h, { timeoutMs: 20_000 });
        expect(r.result).toBe('ok');
        expect(witnessProblem(h, r)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  test('shuffling the history array does not change the verdict', () => {
    fc.assert(
      fc.property(fc.integer(), options, (seed, o: GenOptions) => {
        const rand = prng(seed);
        const h = generateLegalHistory(rand, o);
        const shuffled = [...h].sort(() => rand() - 0.5);
        expect(checkHistory(shuffled).result).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });

  test('one result changed to something no interleaving can produce is rejected, on the right key', () => {
    const mutations: Mutation[] = ['read-never-written', 'read-repeated-token', 'cas-saw-never-written', 'append-foreign-token', 'stale-read'];
    fc.assert(
      fc.property(fc.integer(), options, fc.constantFrom(...mutations), (seed, o: GenOptions, mutation) => {
        const rand = prng(seed);
        const h = generateLegalHistory(rand, o);
        const bad = mutateToIllegal(h, mutation, rand);
        fc.pre(bad !== undefined);
        const r = checkHistory(bad!, { timeoutMs: 20_000 });
        expect(r.result).toBe('illegal');
        const changed = bad!.findIndex((op, i) => op.output !== h[i].output);
        expect(r.explanation?.key).toBe(h[changed].key);
      }),
      { numRuns: 200 },
    );
  });

  test(`the fast checker agrees with brute force on histories of up to ${BRUTE_FORCE_LIMIT} ops`, () => {
    const verdicts = { ok: 0, illegal: 0 };
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: BRUTE_FORCE_LIMIT }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 2 }),
        fc.constantFrom(0, 0.2, 0.5),
        fc.boolean(),
        (seed, n, clients, keys, unknownRate, perturb) => {
          const rand = prng(seed);
          const h = generateLegalHistory(rand, { ops: n, clients, keys, unknownRate, failRate: 0.1, maxDuration: 6 });
          const subject = perturb ? perturbOneResult(h, rand) : h;
          const expected = bruteForceLinearizable(subject) ? 'ok' : 'illegal';
          expect(checkHistory(subject).result).toBe(expected);
          verdicts[expected]++;
        },
      ),
      { numRuns: 5000 },
    );
    // Both verdicts must be well represented, or the agreement proves little.
    expect(verdicts.ok).toBeGreaterThan(1000);
    expect(verdicts.illegal).toBeGreaterThan(1000);
  });

  test('the fast checker agrees with a plain memoised Wing–Gong search on histories of up to 40 ops', () => {
    const verdicts = { ok: 0, illegal: 0, undecided: 0 };
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 2 }),
        fc.constantFrom(0, 0.1, 0.3),
        fc.boolean(),
        (seed, n, clients, keys, unknownRate, perturb) => {
          const rand = prng(seed);
          const h = generateLegalHistory(rand, { ops: n, clients, keys, unknownRate, failRate: 0.05, maxDuration: 8 });
          const subject = perturb ? perturbOneResult(h, rand) : h;
          const plain = plainLinearizable(subject);
          if (plain === undefined) verdicts.undecided++;
          // About one history in a thousand is too much for the plain search's budget: skip it.
          fc.pre(plain !== undefined);
          const expected = plain ? 'ok' : 'illegal';
          expect(checkHistory(subject).result).toBe(expected);
          verdicts[expected]++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(verdicts.ok).toBeGreaterThan(200);
    expect(verdicts.illegal).toBeGreaterThan(200);
    // Skips must stay rare, or the comparison would quietly cover only the easy histories.
    expect(verdicts.undecided).toBeLessThan(20);
  });
});

/** Replace one known result by a plausible-looking one (may or may not stay legal). */
function perturbOneResult(h: Operation[], rand: () => number): Operation[] {
  const known = h.map((_, i) => i).filter((i) => h[i].status === 'ok' && h[i].kind !== 'write');
  if (known.length === 0) return h;
  const i = known[Math.floor(rand() * known.length)];
  const values: Value[] = [null, ...h.flatMap((op) => (op.kind === 'write' || op.kind === 'append' ? [op.input] : op.kind === 'cas' ? [op.input.value] : []))];
  const someValue = () => values[Math.floor(rand() * values.length)];
  const op = { ...h[i] } as Operation;
  switch (op.kind) {
    case 'read':
      op.output = someValue();
      break;
    case 'append':
      op.output = (someValue() ?? '') + op.input;
      break;
    case 'cas':
      op.output = rand() < 0.5 ? { ok: !op.output?.ok } : { ok: false, current: someValue() };
      break;
    case 'delete':
      op.output = { existed: !op.output?.existed };
      break;
  }
  return h.map((o, j) => (j === i ? op : o));
}
