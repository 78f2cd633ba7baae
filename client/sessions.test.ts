import { SessionPool } from './sessions';

test('one write per session: concurrent acquires get distinct sessions, released ones are reused', async () => {
  const pool = new SessionPool({ sessionsMax: 2, randomHex: () => 'abcdef0123456789' });
  const a = await pool.acquire();
  const b = await pool.acquire();
  expect([a.clientId, b.clientId]).toEqual(['abcdef0123456789-1', 'abcdef0123456789-2']);
  let third: string | null = null;
  const waiting = pool.acquire().then((s) => (third = s.clientId));
  await Promise.resolve();
  expect(third).toBeNull(); // Bounded: waits for a session.
  a.seq = 5;
  pool.release(a);
  await waiting;
  expect(third).toBe('abcdef0123456789-1');
  // A retired session is never handed out again; a fresh id replaces it.
  pool.retire(b);
  const c = await pool.acquire();
  expect(c.clientId).toBe('abcdef0123456789-3');
  expect(c.seq).toBe(0);
  pool.close();
  await expect(pool.acquire()).rejects.toMatchObject({ code: 'CLOSED' });
});
