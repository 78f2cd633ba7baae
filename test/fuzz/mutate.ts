// Shared arbitraries for the decoder fuzz tests: random bytes, and valid encodings
// damaged the ways disks and networks damage them (bit flips, byte overwrites,
// truncation, insertion, deletion, duplication of a run).
import fc from 'fast-check';

/** One damage step; `where` is a fraction of the length, so a step fits any input. */
export interface MutationSpec {
  readonly kind: 'flip' | 'set' | 'truncate' | 'insert' | 'delete' | 'duplicate';
  readonly where: number;
  readonly bit: number;
  readonly byte: number;
  readonly bytes: Uint8Array;
  readonly count: number;
}

const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArb: fc.Arbitrary<MutationSpec> =
  fc.record({
    kind: fc.constantFrom<MutationSpec['kind']>('flip', 'flip', 'set', 'truncate', 'insert', 'delete', 'duplicate'),
    where,
    bit: fc.integer({ min: 0, max: 7 }),
    byte: fc.integer({ min: 0, max: 255 }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    count: fc.integer({ min: 1, max: 16 }),
  });

/** Applies the mutations in order; never mutates `input`. */
export function mutate(input: Uint8Array, mutations: readonly MutationSpec[]): Buffer {
  let out = Buffer.from(input);
  for (const m of mutations) {
    const at = Math.floor(m.where * (out.length + 1));
    switch (m.kind) {
      case 'flip':
        if (out.length > 0) out[Math.min(at, out.length - 1)]! ^= 1 << m.bit;
        break;
      case 'set':
        if (out.length > 0) out[Math.min(at, out.length - 1)] = m.byte;
        break;
      case 'truncate':
        out = out.subarray(0, Math.min(at, Math.max(0, out.length - 1)));
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.count)]);
        break;
      case 'duplicate':
        out = Buffer.concat([out.subarray(0, at + m.count), out.subarray(at, at + m.count), out.subarray(at + m.count)]);
        break;
    }
  }
  return Buffer.from(out);
}

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

/** Random bytes: mostly short, sometimes all one byte value, sometimes varint-heavy. */
export const garbageArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 1024 }),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 256 })).map(([b, n]) => new Uint8Array(n).fill(b)),
  fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 24 }).map((a) => Uint8Array.from(a)),
);

/** Seeds the runs from FUZZ_SEED when given, so a CI failure replays exactly. */
export function fuzzParams<T = unknown>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns, ...(seed !== undefined ? { seed: Number(seed) } : {}) };
}
