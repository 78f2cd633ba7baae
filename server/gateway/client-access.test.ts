import { ClientAccess, isDenial } from './client-access';

const READ_ONLY = 'ro-0123456789abcdef';
const READ_WRITE = 'rw-0123456789abcdef';
const access = new ClientAccess([
  { token: READ_ONLY, role: 'read-only', user: 'reader' },
  { token: READ_WRITE, role: 'read-write', user: 'writer' },
]);

describe('ClientAccess', () => {
  test('without tokens everyone may read and write, no header needed', () => {
    const open = new ClientAccess(null);
    expect(open.required).toBe(false);
    const principal = open.authenticate({});
    if (isDenial(principal)) throw new Error('an open node refused a caller without a token');
    expect(open.authorize(principal, true)).toBeNull();
  });

  test('a known Bearer token names its holder and role (scheme case-insensitive)', () => {
    expect(access.authenticate({ authorization: `Bearer ${READ_WRITE}` })).toEqual({ user: 'writer', role: 'read-write' });
    expect(access.authenticate({ authorization: `bearer  ${READ_ONLY}` })).toEqual({ user: 'reader', role: 'read-only' });
  });

  test.each([
    ['no header', {}],
    ['an empty header', { authorization: '' }],
    ['another scheme', { authorization: `Basic ${READ_WRITE}` }],
    ['an unknown token', { authorization: 'Bearer not-a-configured-token' }],
    ['a prefix of a token', { authorization: `Bearer ${READ_WRITE.slice(0, -1)}` }],
    ['two tokens', { authorization: `Bearer ${READ_WRITE} ${READ_ONLY}` }],
  ])('%s is 401 UNAUTHENTICATED', (_what, headers) => {
    expect(access.authenticate(headers)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  test('a read-only token may read but a write is 403 PERMISSION_DENIED naming the holder', () => {
    const reader = access.authenticate({ authorization: `Bearer ${READ_ONLY}` });
    if (isDenial(reader)) throw new Error('the read-only token was refused');
    expect(access.authorize(reader, false)).toBeNull();
    const denial = access.authorize(reader, true);
    expect(denial).toMatchObject({ status: 403, code: 'PERMISSION_DENIED' });
    expect(denial?.message).toContain('"reader"');
  });
});
