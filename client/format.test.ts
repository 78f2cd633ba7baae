import { KvError } from './errors';
import { formatError, formatErrorJson, formatResult, formatStatusTable, progressBar } from './format';
import { ImageError } from './image/phash';
import { summarizeStatus, type MemberStatus } from './status';
import { UsageError } from './usage-error';

const human = { json: false };
const machine = { json: true };
const image = { phash: '0123456789abcdef', sha256: 'a'.repeat(64), width: 64, height: 48, format: 'png' as const };

test('values print raw with a newline; a missing key prints nothing and fails', () => {
  expect(formatResult({ kind: 'value', key: 'k', value: 'hello world' }, human)).toEqual({ stdout: 'hello world\n', stderr: '', ok: true });
  expect(formatResult({ kind: 'value', key: 'k', value: 'two\nlines\n' }, human).stdout).toBe('two\nlines\n\n');
  expect(formatResult({ kind: 'value', key: 'k', value: '' }, human).stdout).toBe('\n');
  expect(formatResult({ kind: 'value', key: 'k', value: null }, human)).toEqual({ stdout: '', stderr: 'not found\n', ok: false });
  expect(formatResult({ kind: 'value', key: 'k', value: null }, machine)).toEqual({
    stdout: '{"key":"k","value":null,"error":{"code":"NOT_FOUND"}}\n',
    stderr: '',
    ok: false,
  });
  expect(formatResult({ kind: 'value', key: 'k', value: 'v' }, machine).stdout).toBe('{"key":"k","value":"v"}\n');
});

test('writes, cas, keys, leader', () => {
  expect(formatResult({ kind: 'ok' }, human).stdout).toBe('OK\n');
  expect(formatResult({ kind: 'ok' }, machine).stdout).toBe('{"ok":true}\n');
  expect(formatResult({ kind: 'deleted', key: 'k', existed: true }, human).stdout).toBe('deleted\n');
  expect(formatResult({ kind: 'deleted', key: 'k', existed: false }, machine).stdout).toBe('{"ok":true,"existed":false}\n');
  expect(formatResult({ kind: 'cas', key: 'k', result: { ok: false, current: 'x' } }, human)).toEqual({ stdout: '', stderr: 'cas failed: current value: x\n', ok: false });
  expect(formatResult({ kind: 'cas', key: 'k', result: { ok: false, current: null } }, machine)).toEqual({ stdout: '{"ok":false,"current":null}\n', stderr: '', ok: false });
  expect(formatResult({ kind: 'keys', keys: ['a', 'b'] }, human).stdout).toBe('a\nb\n');
  expect(formatResult({ kind: 'keys', keys: [] }, human).stdout).toBe('');
  expect(formatResult({ kind: 'leader', leader: 'container0' }, human).stdout).toBe('container0\n');
  expect(formatResult({ kind: 'leader', leader: null }, human).ok).toBe(false);
});

test('image results', () => {
  expect(formatResult({ kind: 'imageStored', path: 'a.png', image }, human).stdout).toBe('OK stored under phash 0123456789abcdef (64x48 png)\n');
  const match = { phash: '0123456789abcdee', sha256: 'b'.repeat(64), metadata: 'a cat', distance: 1, exact: false };
  expect(formatResult({ kind: 'imageFound', path: 'a.png', image, maxDistance: 12, matches: [match] }, human).stdout).toBe(
    'a cat\ndistance 1/64 bits, similar image; stored phash 0123456789abcdee\n',
  );
  expect(formatResult({ kind: 'imageFound', path: 'a.png', image, maxDistance: 12, matches: [{ ...match, distance: 0, exact: true }] }, human).stdout).toContain(
    'exact match (same file)',
  );
  expect(formatResult({ kind: 'imageFound', path: 'a.png', image, maxDistance: 12, matches: [] }, human)).toEqual({
    stdout: '',
    stderr: 'no match within 12 bits (phash 0123456789abcdef)\n',
    ok: false,
  });
});

test('status table with lag and a progress bar for a member catching up', () => {
  const member = (name: string, over: Partial<MemberStatus>): MemberStatus => ({ name, address: `${name}:7000`, up: true, ...over });
  const status = summarizeStatus([
    member('c0', { role: 'leader', leader: 'c0', ballot: '3.0', chosenSlot: 200, appliedSlot: 200 }),
    member('c1', { role: 'follower', leader: 'c0', ballot: '3.0', chosenSlot: 200, appliedSlot: 199 }),
    member('c2', { role: 'follower', leader: 'c0', ballot: '3.0', chosenSlot: 120, appliedSlot: 100 }),
    { name: 'c3', address: 'c3:7000', up: false, error: 'ECONNREFUSED' },
  ]);
  expect(status.leader).toBe('c0');
  expect(formatStatusTable(status, 10)).toBe(
    [
      'NAME  ROLE      LEADER  BALLOT  CHOSEN  APPLIED  LAG',
      'c0*   leader    c0      3.0     200     200      0',
      'c1    follower  c0      3.0     200     199      1    [#########-]  99% catching up',
      'c2    follower  c0      3.0     120     100      100  [#####-----]  50% catching up',
      'c3    down      -       -       -       -        -    ECONNREFUSED',
      '3/4 members up; leader: c0',
    ].join('\n'),
  );
  expect(progressBar(0, 0, 4)).toBe('[####] 100% catching up');
});

test('errors map to one line and an exit status', () => {
  expect(formatError(new UsageError('unknown command "foo" (try help)'))).toEqual({ message: 'error: unknown command "foo" (try help)', exitCode: 2, code: 'USAGE' });
  expect(formatError(new KvError('NO_QUORUM', 'no quorum: a majority of members is not reachable, try again later')).message).toBe(
    'error: NO_QUORUM: no quorum: a majority of members is not reachable, try again later',
  );
  expect(formatError(new KvError('TIMEOUT', 'no answer within 10000 ms'))).toMatchObject({ message: 'error: TIMEOUT: no answer within 10000 ms', exitCode: 1 });
  expect(formatError(new ImageError('IMAGE_NOT_FOUND', 'x.png', 'no such file')).message).toBe('error: IMAGE_NOT_FOUND: x.png: no such file');
  expect(formatError(new Error('boom')).message).toBe('error: boom');
  expect(JSON.parse(formatErrorJson(new KvError('VALUE_TOO_LARGE', 'value too large')))).toEqual({ error: { code: 'VALUE_TOO_LARGE', message: 'value too large' } });
});
