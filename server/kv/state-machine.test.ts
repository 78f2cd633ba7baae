import fc from 'fast-check';
import { paxoskv } from '../../proto/gen/client';
import { KEYS_LIMIT_DEFAULT, KEYS_LIMIT_MAX } from './limits';
import type { ApplyResult } from './results';
import { KvStateMachine } from './state-machine';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const text = (value: Uint8Array | undefined): string | undefined => (value === undefined ? undefined : Buffer.from(value).toString('utf8'));
const PHASH = '0123456789abcdef';
const SHA = 'a'.repeat(64);

function ok(result: ApplyResult) {
  expect(result.error).toBeNull();
  return result.write!;
}

function code(result: ApplyResult): string | undefined {
  return result.error?.code;
}

describe('KvStateMachine operations', () => {
  let machine: KvStateMachine;
  let slot: number;
  const run = (command: paxoskv.client.IKvCommand): ApplyResult => machine.apply(++slot, command);

  beforeEach(() => {
    machine = new KvStateMachine();
    slot = 0;
  });

  test('set stores a value and says whether the key existed', () => {
    expect(ok(run({ set: { key: 'a', value: bytes('1') } })).existed).toBe(false);
    expect(ok(run({ set: { key: 'a', value: bytes('2') } })).existed).toBe(true);
    expect(text(machine.get('a'))).toBe('2');
    expect(machine.appliedSlot).toBe(2);
  });

  test('set with no value stores an empty value', () => {
    ok(run({ set: { key: 'a' } }));
    expect(machine.get('a')).toEqual(new Uint8Array(0));
    expect(machine.keys()).toEqual(['a']);
  });

  test('set copies the value: later changes to the caller buffer do not leak in', () => {
    const value = bytes('abc');
    run({ set: { key: 'a', value } });
    value[0] = 0x7a;
    expect(text(machine.get('a'))).toBe('abc');
  });

  test('get answers a copy: changing it does not change the stored value', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { set: { key: 'k', value: bytes('abc') } });
    const first = machine.get('k')!;
    first[0] = 0x7a;
    expect(Buffer.from(machine.get('k')!).toString()).toBe('abc');
  });

  test('append and cas work on bytes that are not UTF-8, with exact lengths', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { set: { key: 'k', value: Uint8Array.from([0xff, 0x00]) } });
    expect(machine.apply(2, { append: { key: 'k', value: Uint8Array.from([0x80, 0xe9]) } }).write?.value).toEqual(Buffer.from([0xff, 0x00, 0x80, 0xe9]));
    expect(machine.apply(3, { cas: { key: 'k', expect: Uint8Array.from([0xff, 0x00, 0x80]), value: bytes('x') } }).write?.ok).toBe(false);
    expect(machine.apply(4, { cas: { key: 'k', expect: Uint8Array.from([0xff, 0x00, 0x80, 0xe9]), value: bytes('x') } }).write?.ok).toBe(true);
    expect(Buffer.from(machine.get('k')!).toString()).toBe('x');
    expect(machine.stats().valueBytes).toBe(1);
  });

  test('del removes and reports existence', () => {
    run({ set: { key: 'a', value: bytes('1') } });
    expect(ok(run({ del: { key: 'a' } })).existed).toBe(true);
    expect(ok(run({ del: { key: 'a' } })).existed).toBe(false);
    expect(machine.get('a')).toBeUndefined();
    expect(machine.keys()).toEqual([]);
  });

  test('append creates or extends and answers the new value', () => {
    const first = ok(run({ append: { key: 'a', value: bytes('x') } }));
    expect([first.existed, text(first.value)]).toEqual([false, 'x']);
    const second = ok(run({ append: { key: 'a', value: bytes('yz') } }));
    expect([second.existed, text(second.value)]).toEqual([true, 'xyz']);
    expect(text(machine.get('a'))).toBe('xyz');
  });

  test('append beyond valueBytesMax is VALUE_TOO_LARGE and changes nothing', () => {
    machine = new KvStateMachine({ valueBytesMax: 4, sessionReplyBytesMax: 4 });
    run({ set: { key: 'a', value: bytes('abc') } });
    expect(code(run({ append: { key: 'a', value: bytes('de') } }))).toBe('VALUE_TOO_LARGE');
    expect(text(machine.get('a'))).toBe('abc');
    ok(run({ append: { key: 'a', value: bytes('d') } }));
    expect(text(machine.get('a'))).toBe('abcd');
  });

  test('cas succeeds on a matching value and fails with the current one otherwise', () => {
    run({ set: { key: 'a', value: bytes('1') } });
    const failed = ok(run({ cas: { key: 'a', expect: bytes('0'), value: bytes('2') } }));
    expect([failed.ok, failed.found, text(failed.value)]).toEqual([false, true, '1']);
    const done = ok(run({ cas: { key: 'a', expect: bytes('1'), value: bytes('2') } }));
    expect([done.ok, done.existed]).toEqual([true, true]);
    expect(text(machine.get('a'))).toBe('2');
  });

  test('cas expect_absent creates only a missing key', () => {
    const done = ok(run({ cas: { key: 'a', expectAbsent: true, value: bytes('1') } }));
    expect([done.ok, done.existed]).toEqual([true, false]);
    const failed = ok(run({ cas: { key: 'a', expectAbsent: true, value: bytes('2') } }));
    expect([failed.ok, failed.found, text(failed.value)]).toEqual([false, true, '1']);
  });

  test('cas on a missing key without expect_absent fails with found=false', () => {
    const failed = ok(run({ cas: { key: 'a', expect: bytes(''), value: bytes('2') } }));
    expect([failed.ok, failed.found, failed.value.length]).toEqual([false, false, 0]);
    expect(machine.get('a')).toBeUndefined();
  });

  test('cas expecting the empty value matches a key holding the empty value', () => {
    run({ set: { key: 'a' } });
    expect(ok(run({ cas: { key: 'a', value: bytes('x') } })).ok).toBe(true);
  });

  test('invalid commands are error results, not exceptions, and change nothing but the slot', () => {
    const bad: [paxoskv.client.IKvCommand, string][] = [
      [{}, 'INVALID_COMMAND'],
      [{ set: { key: 'a' }, del: { key: 'a' } }, 'INVALID_COMMAND'],
      [{ set: { key: '' } }, 'INVALID_KEY'],
      [{ set: { key: 'a\u0000b' } }, 'INVALID_KEY'],
      [{ set: { key: 'a\u0085' } }, 'INVALID_KEY'],
      [{ set: { key: '\ud800' } }, 'INVALID_KEY'],
      [{ set: { key: 'img/0123456789abcdef' } }, 'INVALID_KEY'],
      [{ append: { key: 'img/x' } }, 'INVALID_KEY'],
      [{ set: { key: 'k'.repeat(1025) } }, 'KEY_TOO_LARGE'],
      [{ set: { key: 'é'.repeat(513) } }, 'KEY_TOO_LARGE'],
      [{ set: { key: 'a', value: new Uint8Array(1024 * 1024 + 1) } }, 'VALUE_TOO_LARGE'],
      [{ set: { key: 'a', value: 'text' as unknown as Uint8Array } }, 'INVALID_COMMAND'],
      [{ imageSet: { phash: 'xyz', sha256: SHA } }, 'INVALID_IMAGE'],
      [{ imageSet: { phash: PHASH, sha256: 'abc' } }, 'INVALID_IMAGE'],
      [{ imageSet: { phash: PHASH, sha256: SHA, metadata: 'm'.repeat(1024 * 1024) } }, 'VALUE_TOO_LARGE'],
      [{ clientId: 'c', seq: 0, set: { key: 'a' } }, 'INVALID_COMMAND'],
      [{ clientId: 'c', seq: 1.5, set: { key: 'a' } }, 'INVALID_COMMAND'],
      [{ clientId: 'c\n', seq: 1, set: { key: 'a' } }, 'INVALID_COMMAND'],
      [null as unknown as paxoskv.client.IKvCommand, 'INVALID_COMMAND'],
    ];
    for (const [command, expected] of bad) expect([command, code(run(command))]).toEqual([command, expected]);
    expect(machine.keys()).toEqual([]);
    expect(machine.stats().sessions).toBe(0);
    expect(machine.appliedSlot).toBe(bad.length);
  });

  test('a key of exactly keyBytesMax bytes is fine, including multi-byte characters', () => {
    ok(run({ set: { key: 'k'.repeat(1024) } }));
    ok(run({ set: { key: 'é'.repeat(512) } }));
    ok(run({ set: { key: '😀/ü ok' } }));
  });

  test('slots must strictly increase', () => {
    machine.apply(5, { set: { key: 'a' } });
    expect(() => machine.apply(5, { set: { key: 'b' } })).toThrow(/strictly increase/);
    expect(() => machine.apply(4, { set: { key: 'b' } })).toThrow(/strictly increase/);
    expect(() => machine.applySlot(Number.NaN, [])).toThrow();
    expect(machine.get('b')).toBeUndefined();
    machine.applySlot(9, []);
    expect(machine.appliedSlot).toBe(9);
  });

  test('a batch applies in order within one slot', () => {
    const results = machine.applySlot(1, [
      { set: { key: 'a', value: bytes('1') } },
      { append: { key: 'a', value: bytes('2') } },
      { del: { key: 'a' } },
    ]);
    expect(results.map((r) => r.write?.existed)).toEqual([false, true, true]);
    expect(text(results[1]!.write!.value)).toBe('12');
    expect(machine.get('a')).toBeUndefined();
  });

  test('encoded commands decode; garbage bytes get INVALID_COMMAND', () => {
    const encoded = paxoskv.client.KvCommand.encode({ clientId: 'c', seq: 1, set: { key: 'a', value: bytes('v') } }).finish();
    const results = machine.applyEncodedSlot(1, [encoded, Uint8Array.from([0xff, 0xff, 0xff]), new Uint8Array(0)]);
    expect(results.map(code)).toEqual([undefined, 'INVALID_COMMAND', 'INVALID_COMMAND']);
    expect(text(machine.get('a'))).toBe('v');
    expect(machine.session('c')?.lastSeq).toBe(1);
  });
});

describe('keys', () => {
  test('prefix, limit, paging and UTF-8 byte order', () => {
    const machine = new KvStateMachine();
    const keys = ['b', 'a/2', 'a/1', 'a/10', 'ab', 'a', '\uffff', '😀', 'é'];
    keys.forEach((key, i) => machine.apply(i + 1, { set: { key } }));
    expect(machine.keys('a/')).toEqual(['a/1', 'a/10', 'a/2']);
    expect(machine.keys('a', 2)).toEqual(['a', 'a/1']);
    expect(machine.keys('a', 2, 'a/1')).toEqual(['a/10', 'a/2']);
    expect(machine.keys('', 100)).toEqual(['a', 'a/1', 'a/10', 'a/2', 'ab', 'b', 'é', '\uffff', '😀']);
    expect(machine.keys('zz')).toEqual([]);
  });

  test('limit 0 means the default and large limits are capped', () => {
    const machine = new KvStateMachine();
    const all = Array.from({ length: KEYS_LIMIT_MAX + 5 }, (_, i) => ({ set: { key: `k${String(i).padStart(6, '0')}` } }));
    machine.applySlot(1, all);
    expect(machine.keys('k')).toHaveLength(KEYS_LIMIT_DEFAULT);
    expect(machine.keys('k', 10 ** 9)).toHaveLength(KEYS_LIMIT_MAX);
    expect(machine.keys('k', 3)).toEqual(['k000000', 'k000001', 'k000002']);
  });
});

describe('images', () => {
  test('image_set stores a JSON record under img/<phash> and imageGet finds near hashes', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { imageSet: { phash: PHASH.toUpperCase(), sha256: SHA.toUpperCase(), metadata: 'cat' } });
    machine.apply(2, { imageSet: { phash: '0123456789abcdee', sha256: 'b'.repeat(64), metadata: 'dog' } });
    expect(machine.keys('img/')).toEqual(['img/0123456789abcdee', 'img/0123456789abcdef']);
    expect(JSON.parse(text(machine.get(`img/${PHASH}`))!)).toEqual({ phash: PHASH, sha256: SHA, metadata: 'cat' });
    const found = machine.imageGet('0123456789abcdec', SHA, 2);
    expect(found.error).toBeNull();
    expect(found.matches).toEqual([
      { phash: '0123456789abcdee', sha256: 'b'.repeat(64), metadata: 'dog', distance: 1, exact: false },
      { phash: PHASH, sha256: SHA, metadata: 'cat', distance: 2, exact: true },
    ]);
    expect(machine.imageGet('0123456789abcdec', '', 1).matches!.map((m) => m.phash)).toEqual(['0123456789abcdee']);
  });

  test('a second image_set for the same phash replaces the record', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { imageSet: { phash: PHASH, sha256: SHA, metadata: 'one' } });
    const again = machine.apply(2, { imageSet: { phash: PHASH, sha256: 'c'.repeat(64), metadata: 'two' } });
    expect(again.write?.existed).toBe(true);
    expect(machine.imageGet(PHASH, '', 0).matches!.map((m) => m.metadata)).toEqual(['two']);
    expect(machine.stats().images).toBe(1);
  });

  test('del of an image key removes it from the index', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { imageSet: { phash: PHASH, sha256: SHA } });
    expect(machine.apply(2, { del: { key: `img/${PHASH}` } }).write?.existed).toBe(true);
    expect(machine.imageGet(PHASH, SHA, 15).matches).toEqual([]);
  });

  test('bad queries are INVALID_IMAGE', () => {
    const machine = new KvStateMachine();
    expect(machine.imageGet('zz', '', 1).error?.code).toBe('INVALID_IMAGE');
    expect(machine.imageGet(PHASH, 'zz', 1).error?.code).toBe('INVALID_IMAGE');
    expect(machine.imageGet(PHASH, '', 16).error?.code).toBe('INVALID_IMAGE');
    expect(machine.imageGet(PHASH, '', -1).error?.code).toBe('INVALID_IMAGE');
  });
});

// ---- Against a deliberately naive model ----

type ModelCommand =
  | { kind: 'set' | 'append'; key: string; value: string }
  | { kind: 'del'; key: string }
  | { kind: 'cas'; key: string; expect: string | null; value: string };

const keyArbitrary = fc.constantFrom('a', 'a/b', 'a/c', 'ab', 'b', 'é', '\uffff', '😀', 'z😀', 'a\ue000', 'aa');
const valueArbitrary = fc.string({ maxLength: 6 });
const commandArbitrary: fc.Arbitrary<ModelCommand> = fc.oneof(
  fc.record({ kind: fc.constantFrom('set' as const, 'append' as const), key: keyArbitrary, value: valueArbitrary }),
  fc.record({ kind: fc.constant('del' as const), key: keyArbitrary }),
  fc.record({ kind: fc.constant('cas' as const), key: keyArbitrary, expect: fc.option(valueArbitrary), value: valueArbitrary }),
);

function toCommand(command: ModelCommand): paxoskv.client.IKvCommand {
  switch (command.kind) {
    case 'set':
      return { set: { key: command.key, value: bytes(command.value) } };
    case 'append':
      return { append: { key: command.key, value: bytes(command.value) } };
    case 'del':
      return { del: { key: command.key } };
    case 'cas':
      return { cas: { key: command.key, expectAbsent: command.expect === null, expect: bytes(command.expect ?? ''), value: bytes(command.value) } };
  }
}

function applyToModel(model: Map<string, string>, command: ModelCommand): void {
  const current = model.get(command.key);
  if (command.kind === 'set') model.set(command.key, command.value);
  if (command.kind === 'append') model.set(command.key, (current ?? '') + command.value);
  if (command.kind === 'del') model.delete(command.key);
  if (command.kind === 'cas' && (command.expect === null ? current === undefined : current === command.expect)) {
    model.set(command.key, command.value);
  }
}

function modelKeys(model: Map<string, string>, prefix: string, limit: number): string[] {
  return [...model.keys()]
    .filter((key) => key.startsWith(prefix))
    .sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)))
    .slice(0, limit);
}

test('state machine matches a naive Map model for get and keys', () => {
  fc.assert(
    fc.property(fc.array(commandArbitrary, { maxLength: 60 }), fc.constantFrom('', 'a', 'a/', 'z', '😀'), fc.integer({ min: 1, max: 8 }), (commands, prefix, limit) => {
      const machine = new KvStateMachine();
      const model = new Map<string, string>();
      commands.forEach((command, i) => {
        machine.apply(i + 1, toCommand(command));
        applyToModel(model, command);
      });
      for (const key of ['a', 'a/b', 'ab', 'é', '😀', 'missing']) expect(text(machine.get(key))).toEqual(model.get(key));
      expect(machine.keys(prefix, limit)).toEqual(modelKeys(model, prefix, limit));
      expect(machine.stats().keys).toBe(model.size);
    }),
    { numRuns: 300 },
  );
});
