import { paxoskv } from '../../proto/gen/client';
import { commandSeq, DEFAULT_KV_LIMITS, resolveLimits, validateCommand, validateImageQuery, validateKey } from './limits';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const codeOf = (command: paxoskv.client.IKvCommand): string | null => validateCommand(command)?.code ?? null;

test('defaults are the documented ones', () => {
  expect(DEFAULT_KV_LIMITS).toEqual({
    keyBytesMax: 1024,
    valueBytesMax: 1024 * 1024,
    clientIdBytesMax: 128,
    sessionsMax: 10_000,
    sessionReplyBytesMax: 64 * 1024 * 1024,
  });
});

test('resolveLimits fills defaults and refuses nonsense', () => {
  expect(resolveLimits({ sessionsMax: 5 }).sessionsMax).toBe(5);
  expect(() => resolveLimits({ keyBytesMax: 0 })).toThrow(/keyBytesMax/);
  expect(() => resolveLimits({ keyBytesMax: 19 })).toThrow(/image key/);
  expect(() => resolveLimits({ valueBytesMax: 1.5 })).toThrow(/valueBytesMax/);
  expect(() => resolveLimits({ valueBytesMax: 10, sessionReplyBytesMax: 9 })).toThrow(/one reply must fit/);
});

test('validateKey', () => {
  expect(validateKey('users/42')).toBeNull();
  expect(validateKey('😀')).toBeNull();
  expect(validateKey('')?.code).toBe('INVALID_KEY');
  expect(validateKey(42)?.code).toBe('INVALID_KEY');
  expect(validateKey('a\tb')?.code).toBe('INVALID_KEY');
  expect(validateKey('a\u007f')?.code).toBe('INVALID_KEY');
  expect(validateKey('\udc00x')?.code).toBe('INVALID_KEY');
  expect(validateKey('x\ud83d')?.code).toBe('INVALID_KEY');
  expect(validateKey('😀'.repeat(256))).toBeNull(); // 1024 bytes exactly
  expect(validateKey('😀'.repeat(256) + 'a')?.code).toBe('KEY_TOO_LARGE');
});

test('validateCommand: what the gateway may propose', () => {
  expect(codeOf({ clientId: 'c', seq: 7, set: { key: 'k', value: bytes('v') } })).toBeNull();
  expect(codeOf({ del: { key: 'img/0123456789abcdef' } })).toBeNull();
  expect(codeOf({ cas: { key: 'k', expectAbsent: true, value: bytes('v') } })).toBeNull();
  expect(codeOf({ imageSet: { phash: '0123456789ABCDEF', sha256: 'A'.repeat(64), metadata: '{"x":1}' } })).toBeNull();
  expect(codeOf({})).toBe('INVALID_COMMAND');
  expect(codeOf({ set: { key: 'k' }, append: { key: 'k' } })).toBe('INVALID_COMMAND');
  expect(codeOf({ set: 'x' as unknown as paxoskv.client.ISetOp })).toBe('INVALID_COMMAND');
  expect(codeOf({ cas: { key: 'k', expect: 'x' as unknown as Uint8Array } })).toBe('INVALID_COMMAND');
  expect(codeOf({ cas: { key: 'k', expect: new Uint8Array(DEFAULT_KV_LIMITS.valueBytesMax + 1) } })).toBe('VALUE_TOO_LARGE');
  expect(codeOf({ cas: { key: 'k', expectAbsent: 'yes' as unknown as boolean } })).toBe('INVALID_COMMAND');
  expect(codeOf({ imageSet: { phash: '0123456789abcdef', sha256: 'a'.repeat(64), metadata: 5 as unknown as string } })).toBe('INVALID_COMMAND');
  expect(codeOf({ clientId: 'c', set: { key: 'k' } })).toBe('INVALID_COMMAND');
  expect(codeOf({ clientId: 'x'.repeat(129), seq: 1, set: { key: 'k' } })).toBe('INVALID_COMMAND');
  expect(codeOf({ clientId: 5 as unknown as string, seq: 1, set: { key: 'k' } })).toBe('INVALID_COMMAND');
});

test('seq arrives as a number, a Long (decoded uint64) or a bigint', () => {
  expect(commandSeq({ seq: 5 })).toBe(5);
  expect(commandSeq({ seq: { low: 3, high: 2 ** 8, unsigned: true } as unknown as number })).toBe(2 ** 40 + 3);
  expect(commandSeq({ seq: { low: -1, high: -1, unsigned: true } as unknown as number })).toBeNull();
  expect(commandSeq({ seq: 7n as unknown as number })).toBe(7);
  expect(commandSeq({ seq: -1 })).toBeNull();
  expect(commandSeq({ seq: '3' as unknown as number })).toBeNull();
  const decoded = paxoskv.client.KvCommand.decode(paxoskv.client.KvCommand.encode({ clientId: 'c', seq: 2 ** 50 }).finish());
  expect(commandSeq(decoded)).toBe(2 ** 50);
});

test('validateImageQuery', () => {
  expect(validateImageQuery('0123456789abcdef', '', 15)).toBeNull();
  expect(validateImageQuery('0123456789abcdef', undefined, 0)).toBeNull();
  expect(validateImageQuery('0123456789abcdef', '', 16)?.code).toBe('INVALID_IMAGE');
  expect(validateImageQuery('0123456789abcdef', '', 1.5)?.code).toBe('INVALID_IMAGE');
  expect(validateImageQuery('0123456789abcdeg', '', 1)?.code).toBe('INVALID_IMAGE');
});
