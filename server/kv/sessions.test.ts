import { KvStateMachine } from './state-machine';
import { SessionTable } from './sessions';
import { errorResult, writeResult } from './results';
import { kvError } from './errors';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const text = (value: Uint8Array | undefined): string | undefined => (value === undefined ? undefined : Buffer.from(value).toString('utf8'));

describe('exactly-once through the state machine', () => {
  test('the same (clientId, seq) twice has one effect and the same answer', () => {
    const machine = new KvStateMachine();
    const command = { clientId: 'c1', seq: 1, append: { key: 'a', value: bytes('x') } };
    const first = machine.apply(1, command);
    const retry = machine.apply(2, command);
    expect(text(first.write!.value)).toBe('x');
    expect(retry).toEqual(first);
    expect(text(machine.get('a'))).toBe('x');
    expect(machine.session('c1')).toMatchObject({ lastSeq: 1, lastSlot: 2 });
  });

  test('a retry answers the stored result even when the retried command differs', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { clientId: 'c', seq: 1, set: { key: 'a', value: bytes('1') } });
    const retry = machine.apply(2, { clientId: 'c', seq: 1, set: { key: 'a', value: bytes('other') } });
    expect(retry.write?.existed).toBe(false);
    expect(text(machine.get('a'))).toBe('1');
  });

  test('error results consume the seq and are answered again on retry', () => {
    const machine = new KvStateMachine({ valueBytesMax: 2, sessionReplyBytesMax: 2 });
    const command = { clientId: 'c', seq: 1, append: { key: 'a', value: bytes('xyz') } };
    expect(machine.apply(1, command).error?.code).toBe('VALUE_TOO_LARGE');
    expect(machine.apply(2, command).error?.code).toBe('VALUE_TOO_LARGE');
    expect(machine.session('c')?.lastSeq).toBe(1);
  });

  test('a stale seq is SESSION_EXPIRED and not applied', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { clientId: 'c', seq: 1, append: { key: 'a', value: bytes('1') } });
    machine.apply(2, { clientId: 'c', seq: 2, append: { key: 'a', value: bytes('2') } });
    expect(machine.apply(3, { clientId: 'c', seq: 1, append: { key: 'a', value: bytes('1') } }).error?.code).toBe('SESSION_EXPIRED');
    expect(text(machine.get('a'))).toBe('12');
  });

  test('seqs may skip: a request the client gave up on may never be chosen', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { clientId: 'c', seq: 1, set: { key: 'a' } });
    expect(machine.apply(2, { clientId: 'c', seq: 5, set: { key: 'b' } }).error).toBeNull();
    expect(machine.apply(3, { clientId: 'c', seq: 3, set: { key: 'c' } }).error?.code).toBe('SESSION_EXPIRED');
  });

  test('an unknown client must start at seq 1', () => {
    const machine = new KvStateMachine();
    expect(machine.apply(1, { clientId: 'new', seq: 2, set: { key: 'a' } }).error?.code).toBe('SESSION_EXPIRED');
    expect(machine.get('a')).toBeUndefined();
    expect(machine.session('new')).toBeUndefined();
  });

  test('no client id means no session: applied every time', () => {
    const machine = new KvStateMachine();
    machine.apply(1, { append: { key: 'a', value: bytes('x') } });
    machine.apply(2, { append: { key: 'a', value: bytes('x') } });
    expect(text(machine.get('a'))).toBe('xx');
    expect(machine.stats().sessions).toBe(0);
  });

  test('an evicted session retrying gets SESSION_EXPIRED, never a second apply', () => {
    const machine = new KvStateMachine({ sessionsMax: 2 });
    machine.apply(1, { clientId: 'old', seq: 1, set: { key: 'x' } });
    machine.apply(2, { clientId: 'old', seq: 2, append: { key: 'a', value: bytes('1') } });
    machine.apply(3, { clientId: 'b', seq: 1, set: { key: 'y' } });
    machine.apply(4, { clientId: 'c', seq: 1, set: { key: 'z' } }); // evicts 'old'
    expect(machine.session('old')).toBeUndefined();
    const retry = machine.apply(5, { clientId: 'old', seq: 2, append: { key: 'a', value: bytes('1') } });
    expect(retry.error?.code).toBe('SESSION_EXPIRED');
    expect(text(machine.get('a'))).toBe('1');
  });
});

describe('SessionTable bounds', () => {
  const done = writeResult({});

  test('evicts the least recently used by slot; a retry counts as use', () => {
    const table = new SessionTable(3, 1024);
    table.record('a', 1, 1, done);
    table.record('b', 1, 2, done);
    table.record('c', 1, 3, done);
    table.touch('a', 4); // a retry of a's seq 1
    table.record('d', 1, 5, done);
    expect([...table.records()].map((r) => r.clientId)).toEqual(['c', 'a', 'd']);
    table.record('c', 2, 6, done);
    table.record('e', 1, 6, done); // same slot: order of application breaks the tie
    expect([...table.records()].map((r) => r.clientId)).toEqual(['d', 'c', 'e']);
  });

  test('eviction is the same on every replica fed the same commands', () => {
    const feed = (machine: KvStateMachine): string[] => {
      for (let slot = 1; slot <= 200; slot++) {
        const client = `c${(slot * 7919) % 13}`;
        const seq = (machine.session(client)?.lastSeq ?? 0) + 1;
        machine.apply(slot, { clientId: client, seq, set: { key: client } });
      }
      return [...machine.sessionRecords()].map((r) => `${r.clientId}:${r.lastSeq}:${r.lastSlot}`);
    };
    const first = feed(new KvStateMachine({ sessionsMax: 5 }));
    expect(first).toHaveLength(5);
    expect(feed(new KvStateMachine({ sessionsMax: 5 }))).toEqual(first);
  });

  test('reply bytes beyond the bound drop the oldest replies; the session remains', () => {
    const table = new SessionTable(10, 10);
    table.record('a', 1, 1, writeResult({ value: bytes('123456') }));
    table.record('b', 1, 2, errorResult(kvError('VALUE_TOO_LARGE', 'x')));
    table.record('c', 1, 3, writeResult({ value: bytes('7890') }));
    expect(table.replyBytesHeld).toBe(10);
    table.record('d', 1, 4, writeResult({ value: bytes('z') }));
    expect(table.replyBytesHeld).toBe(5);
    expect(table.get('a')?.reply).toBeNull();
    expect(table.check('a', 1)).toMatchObject({ kind: 'expired', error: { code: 'SESSION_EXPIRED' } });
    expect(table.check('a', 2)).toEqual({ kind: 'apply' });
    expect(table.check('b', 1)).toMatchObject({ kind: 'duplicate' }); // holds no bytes, never dropped
    expect(table.check('c', 1)).toMatchObject({ kind: 'duplicate' });
  });

  test('assertions: seq must rise, registration is at seq 1, slots never go back', () => {
    const table = new SessionTable(2, 16);
    expect(() => table.record('a', 2, 1, done)).toThrow();
    table.record('a', 1, 5, done);
    expect(() => table.record('a', 1, 6, done)).toThrow();
    expect(() => table.record('a', 2, 4, done)).toThrow();
    expect(() => table.touch('zz', 9)).toThrow();
  });

  test('restore rejects what a live table could not hold', () => {
    const record = { clientId: 'a', lastSeq: 1, lastSlot: 2, reply: null };
    expect(() => SessionTable.restore(1, 8, [record, { ...record, clientId: 'b' }])).toThrow(/exceed/);
    expect(() => SessionTable.restore(5, 8, [record, record])).toThrow(/repeated/);
    expect(() => SessionTable.restore(5, 8, [record, { ...record, clientId: 'b', lastSlot: 1 }])).toThrow(/order/);
    expect(() => SessionTable.restore(5, 8, [{ ...record, lastSeq: 0 }])).toThrow(/seq/);
    expect(() => SessionTable.restore(5, 2, [{ ...record, reply: writeResult({ value: bytes('abc') }) }])).toThrow(/bytes/);
  });
});
