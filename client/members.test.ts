import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultHostfilePath, membersFromHostfile, membersFromList } from './members';
import { parseStatus, formatBallot } from './status';

test('node lists', () => {
  expect(membersFromList('127.0.0.1:7100, localhost')).toEqual([
    { name: '127.0.0.1:7100', host: '127.0.0.1', port: 7100 },
    { name: 'localhost:7000', host: 'localhost', port: 7000 },
  ]);
  expect(membersFromList(['[::1]:7100'])).toEqual([{ name: '[::1]:7100', host: '::1', port: 7100 }]);
  expect(() => membersFromList('')).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  expect(() => membersFromList('a:1,a:1')).toThrow('listed twice');
  expect(() => membersFromList('a:99999')).toThrow('bad port');
});

test('node lists: a scheme chooses TLS (https, wss) or plain (http, ws) per member', () => {
  expect(membersFromList('https://127.0.0.1:7100,wss://h:7101/client,http://h:7102,ws://h:7103')).toEqual([
    { name: '127.0.0.1:7100', host: '127.0.0.1', port: 7100, tls: true },
    { name: 'h:7101', host: 'h', port: 7101, tls: true },
    { name: 'h:7102', host: 'h', port: 7102, tls: false },
    { name: 'h:7103', host: 'h', port: 7103, tls: false },
  ]);
  expect(() => membersFromList('ftp://h:1')).toThrow('bad scheme');
});

test('hostfiles: names only default to port 7000 (Docker)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paxoskv-members-'));
  const path = join(dir, 'hostfile.txt');
  writeFileSync(path, '# cluster\ncontainer0\ncontainer1 10.0.0.2:7100\n');
  expect(membersFromHostfile(path)).toEqual([
    { name: 'container0', host: 'container0', port: 7000 },
    { name: 'container1', host: '10.0.0.2', port: 7100 },
  ]);
  expect(() => membersFromHostfile(join(dir, 'missing.txt'))).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  expect(defaultHostfilePath({ PAXOSKV_HOSTFILE: '/x/h.txt' }, dir)).toBe('/x/h.txt');
  expect(defaultHostfilePath({}, dir)).toBe(`${dir}/hostfile.txt`);
  writeFileSync(join(dir, 'hostfile.local.txt'), 'n0 127.0.0.1:7100\n');
  expect(defaultHostfilePath({}, dir)).toBe(`${dir}/hostfile.local.txt`);
  rmSync(dir, { recursive: true, force: true });
});

test('status answers', () => {
  const member = { name: 'c0', host: 'h', port: 1 };
  expect(parseStatus(member, '{"name":"c0","role":"leader","leader":"c0","ballot":{"round":2,"node":0},"chosenSlot":5,"appliedSlot":"4"}')).toMatchObject({
    up: true,
    role: 'leader',
    ballot: '2.0',
    chosenSlot: 5,
    appliedSlot: 4,
  });
  expect(parseStatus(member, 'not json')).toMatchObject({ up: false });
  expect(formatBallot([3, 1])).toBe('3.1');
  expect(formatBallot(undefined)).toBeUndefined();
});
