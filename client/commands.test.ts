import { COMMANDS, helpText, parseCommand } from './commands';
import { MATCH_THRESHOLD } from './image/phash';
import { UsageError } from './usage-error';

test('parses every command', () => {
  expect(parseCommand(['set', 'k', 'v w'])).toEqual({ name: 'set', key: 'k', value: 'v w' });
  expect(parseCommand(['get', 'k'])).toEqual({ name: 'get', key: 'k', stale: false });
  expect(parseCommand(['get', 'k', '--stale'])).toEqual({ name: 'get', key: 'k', stale: true });
  expect(parseCommand(['del', 'k'])).toEqual({ name: 'del', key: 'k' });
  expect(parseCommand(['append', 'k', '-5'])).toEqual({ name: 'append', key: 'k', value: '-5' });
  expect(parseCommand(['cas', 'k', 'old', 'new'])).toEqual({ name: 'cas', key: 'k', expect: 'old', value: 'new' });
  expect(parseCommand(['cas', 'k', '--absent', 'new'])).toEqual({ name: 'cas', key: 'k', expect: null, value: 'new' });
  expect(parseCommand(['keys'])).toEqual({ name: 'keys', prefix: '', limit: 0, stale: false });
  expect(parseCommand(['keys', 'user/', '10', '--stale'])).toEqual({ name: 'keys', prefix: 'user/', limit: 10, stale: true });
  expect(parseCommand(['iset', 'a.png', 'my cat'])).toEqual({ name: 'iset', path: 'a.png', metadata: 'my cat' });
  expect(parseCommand(['iget', 'a.png'])).toEqual({ name: 'iget', path: 'a.png', maxDistance: MATCH_THRESHOLD });
  expect(parseCommand(['iget', 'a.png', '4'])).toEqual({ name: 'iget', path: 'a.png', maxDistance: 4 });
  expect(parseCommand(['status'])).toEqual({ name: 'status' });
  expect(parseCommand(['leader'])).toEqual({ name: 'leader' });
  expect(parseCommand(['help'])).toEqual({ name: 'help', topic: null });
  expect(parseCommand(['help', 'cas'])).toEqual({ name: 'help', topic: 'cas' });
  expect(parseCommand(['history'])).toEqual({ name: 'history' });
  expect(parseCommand(['exit'])).toEqual({ name: 'exit' });
  expect(parseCommand(['quit'])).toEqual({ name: 'exit' });
});

test.each([
  [['foo'], 'unknown command "foo" (try help)'],
  [['set', 'k'], 'set: expected 2 arguments, got 1 (usage: set <key> <value>)'],
  [['set', 'k', 'v', 'x'], 'set: expected 2 arguments, got 3 (usage: set <key> <value>)'],
  [['get'], 'get: expected 1 argument, got 0 (usage: get <key> [--stale])'],
  [['cas', 'k', 'v'], 'cas: expected 3 arguments, got 2 (usage: cas <key> <expected|--absent> <value>)'],
  [['status', 'x'], 'status: expected 0 arguments, got 1 (usage: status)'],
  [['iget', 'a.png', '99'], 'max distance must be a whole number from 0 to 15, got "99" (usage: iget <image path> [max distance])'],
  [['keys', 'p', 'many'], 'limit must be a whole number from 0 to 10000, got "many" (usage: keys [prefix] [limit] [--stale])'],
  [['help', 'nope'], null],
])('usage error for %j', (tokens, message) => {
  if (message === null) {
    const parsed = parseCommand(tokens);
    expect(() => helpText((parsed as { topic: string }).topic, true)).toThrow('unknown command "nope" (try help)');
    return;
  }
  expect(() => parseCommand(tokens)).toThrow(new UsageError(message));
});

test('help lists every command; help <cmd> explains each', () => {
  const all = helpText(null, true);
  for (const spec of COMMANDS) {
    expect(all).toContain(spec.name);
    expect(helpText(spec.name, true)).toMatch(new RegExp(`^usage: ${spec.name}`));
  }
  expect(helpText(null, false)).not.toContain('history');
  expect(helpText('quit', true)).toContain('usage: exit');
});
