// A freeze copied in slices while the machine goes on applying encodes exactly the state
// of the moment it began: the same bytes as a snapshot serialized at that moment.
import fc from 'fast-check';
import { paxoskv } from '../../proto/gen/client';
import { serialize, snapshotStream } from './snapshot-codec';
import { FREEZE_SEGMENT_KEYS } from './state-freeze';
import { KvStateMachine } from './state-machine';

type Command = paxoskv.client.IKvCommand;

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const encoded = (machine: KvStateMachine | ReturnType<KvStateMachine['freeze']>): Buffer =>
  Buffer.concat([...snapshotStream(machine).chunks]);

const keyArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'ä', '😀', 'img/x');
const valueArb = fc.string({ maxLength: 6 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ key: keyArb, value: valueArb }).map(({ key, value }) => ({ set: { key, value: bytes(value) } })),
  fc.record({ key: keyArb, value: valueArb }).map(({ key, value }) => ({ append: { key, value: bytes(value) } })),
  keyArb.map((key) => ({ del: { key } })),
  fc.record({ key: keyArb, value: valueArb }).map(({ key, value }) => ({ cas: { key, expectAbsent: true, value: bytes(value) } })),
);

/** Applies `commands` one slot each, from the machine's next slot. */
function applyAll(machine: KvStateMachine, commands: readonly Command[]): void {
  for (const command of commands) machine.apply(machine.appliedSlot + 1, command);
}

describe('StateFreeze', () => {
  it('encodes the state as of its start, whatever is set, appended, deleted or recreated between its slices', () => {
    fc.assert(fc.property(
      fc.array(commandArb, { maxLength: 40 }),
      fc.array(fc.record({ budget: fc.integer({ min: 1, max: 4 }), commands: fc.array(commandArb, { maxLength: 6 }) }), { maxLength: 12 }),
      (before, slices) => {
        const machine = new KvStateMachine();
        applyAll(machine, before);
        const expected = Buffer.from(serialize(machine));
        const freeze = machine.beginFreeze();
        for (const slice of slices) {
          applyAll(machine, slice.commands);
          freeze.step(slice.budget);
        }
        freeze.step(Number.POSITIVE_INFINITY);
        expect(encoded(freeze.state())).toEqual(expected);
      },
    ), { numRuns: 500 });
  });

  it('holds across splits and merges of the key index (thousands of keys inserted and deleted between slices)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      let state = seed;
      const next = (n: number): number => {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        return state % n;
      };
      const machine = new KvStateMachine();
      applyAll(machine, Array.from({ length: 3000 }, (_, i) => ({ set: { key: `k${String(i * 7).padStart(6, '0')}`, value: bytes(`v${i}`) } })));
      const expected = Buffer.from(serialize(machine));
      const freeze = machine.beginFreeze();
      while (!freeze.step(1 + next(400))) {
        const burst = Array.from({ length: next(600) }, (): Command => {
          const key = `k${String(next(21000)).padStart(6, '0')}`;
          return next(3) === 0 ? { del: { key } } : { set: { key, value: bytes(`w${next(1000)}`) } };
        });
        applyAll(machine, burst);
      }
      expect(encoded(freeze.state())).toEqual(expected);
    }), { numRuns: 20 });
  });

  it('fills segments across their boundaries (more keys than one segment holds)', () => {
    const machine = new KvStateMachine();
    const count = FREEZE_SEGMENT_KEYS + 1234;
    machine.applySlot(1, Array.from({ length: count }, (_, i) => ({ set: { key: `k${String(i).padStart(7, '0')}`, value: bytes(String(i % 97)) } })));
    const expected = Buffer.from(serialize(machine));
    const freeze = machine.beginFreeze();
    for (let slice = 0; !freeze.step(9999); slice++) {
      applyAll(machine, [{ del: { key: `k${String(slice * 5000).padStart(7, '0')}` } }, { set: { key: `k${slice}`, value: bytes('new') } }]);
    }
    const state = freeze.state();
    expect(state.keys.map((segment) => segment.length)).toEqual([FREEZE_SEGMENT_KEYS, 1234]);
    expect(encoded(state)).toEqual(expected);
  });

  it('is copied slice by slice: its state is there only after the last', () => {
    const machine = new KvStateMachine();
    applyAll(machine, ['a', 'b', 'c', 'd', 'e'].map((key) => ({ set: { key, value: bytes(key) } })));
    const freeze = machine.beginFreeze();
    expect(freeze.appliedSlot).toBe(5);
    expect(freeze.step(2)).toBe(false);
    expect(freeze.remaining).toBe(3);
    expect(() => freeze.state()).toThrow(/3 values not copied yet/);
    expect(freeze.step(2)).toBe(false);
    expect(freeze.step(2)).toBe(true);
    expect(freeze.done).toBe(true);
  });

  it('is not changed by applies after it is done', () => {
    const machine = new KvStateMachine();
    applyAll(machine, [{ set: { key: 'a', value: bytes('1') } }]);
    const frozen = machine.freeze();
    const before = encoded(frozen);
    applyAll(machine, [{ set: { key: 'a', value: bytes('2') } }, { del: { key: 'a' } }, { set: { key: 'b', value: bytes('3') } }]);
    expect(encoded(frozen)).toEqual(before);
  });

  it('keeps two overlapping freezes apart', () => {
    const machine = new KvStateMachine();
    applyAll(machine, [{ set: { key: 'a', value: bytes('1') } }, { set: { key: 'b', value: bytes('1') } }]);
    const first = machine.beginFreeze();
    const expectedFirst = Buffer.from(serialize(machine));
    applyAll(machine, [{ set: { key: 'a', value: bytes('2') } }]);
    const second = machine.beginFreeze();
    const expectedSecond = Buffer.from(serialize(machine));
    applyAll(machine, [{ del: { key: 'a' } }, { set: { key: 'b', value: bytes('3') } }]);
    second.step(Number.POSITIVE_INFINITY);
    applyAll(machine, [{ set: { key: 'a', value: bytes('4') } }]);
    first.step(Number.POSITIVE_INFINITY);
    expect(encoded(first.state())).toEqual(expectedFirst);
    expect(encoded(second.state())).toEqual(expectedSecond);
  });

  it('cannot be stepped once cancelled', () => {
    const machine = new KvStateMachine();
    applyAll(machine, [{ set: { key: 'a', value: bytes('1') } }, { set: { key: 'b', value: bytes('1') } }]);
    const freeze = machine.beginFreeze();
    freeze.step(1);
    freeze.cancel();
    expect(() => freeze.step(1)).toThrow(/after cancel/);
  });
});
