// The REPL driven line by line (stdin not a TTY) against the in-process fake cluster.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { History } from './history';
import { KvClient } from './kv-client';
import { promptText, runRepl } from './repl';
import { FakeCluster } from './testing/fake-cluster';

let cluster: FakeCluster;
let client: KvClient;

beforeEach(async () => {
  cluster = await FakeCluster.start(3);
  client = await KvClient.connect({ nodes: cluster.nodeList, requestTimeoutMs: 3000 });
});

afterEach(async () => {
  client.close();
  await cluster.stop();
});

async function drive(lines: string[], json = false): Promise<{ stdout: string; stderr: string }> {
  const output = new PassThrough();
  const errorOutput = new PassThrough();
  let stdout = '';
  let stderr = '';
  output.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  errorOutput.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await runRepl({ client, json, input: Readable.from(lines.map((l) => `${l}\n`)), output, errorOutput, historyFile: null });
  return { stdout, stderr };
}

test('runs commands line by line; errors never stop it', async () => {
  const { stdout, stderr } = await drive([
    'set greeting "hello world"',
    'get greeting',
    'foo',
    'set onlykey',
    'get missing',
    'append greeting !',
    'cas greeting nope x',
    'cas fresh --absent 1',
    'keys',
    '# a comment',
    '',
    'del greeting',
    'help del',
    'history',
    '!2',
    'exit',
    'get fresh',
  ]);
  expect(stdout).toBe(
    [
      'OK',
      'hello world',
      'hello world!',
      'OK',
      'fresh',
      'greeting',
      'deleted',
      'usage: del <key>',
      'delete a key',
      'Says whether the key existed.',
      ' 1  set greeting "hello world"',
      ' 2  get greeting',
      ' 3  foo',
      ' 4  set onlykey',
      ' 5  get missing',
      ' 6  append greeting !',
      ' 7  cas greeting nope x',
      ' 8  cas fresh --absent 1',
      ' 9  keys',
      '10  del greeting',
      '11  help del',
      '12  history',
      'get greeting',
      '',
    ].join('\n'),
  );
  expect(stderr).toBe(
    [
      'error: unknown command "foo" (try help)',
      'error: set: expected 2 arguments, got 1 (usage: set <key> <value>)',
      'not found',
      'cas failed: current value: hello world!',
      'not found',
      '',
    ].join('\n'),
  );
});

test('--json output in the REPL', async () => {
  const { stdout } = await drive(['set k v', 'get k', 'bogus'], true);
  expect(stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
    { ok: true },
    { key: 'k', value: 'v' },
    { error: { code: 'USAGE', message: 'unknown command "bogus" (try help)' } },
  ]);
});

test('prompt names the node and the leader', async () => {
  cluster.leader = 1;
  await client.set('k', 'v');
  expect(promptText(client)).toBe('paxoskv node1→node1>');
});

test('history persists to a file and recalls with !!', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paxoskv-history-'));
  const file = join(dir, 'history');
  const first = new History(file);
  first.add('set a 1');
  first.add('get a');
  first.add('get a');
  expect(readFileSync(file, 'utf8')).toBe('set a 1\nget a\n');
  const second = new History(file);
  expect(second.all).toEqual(['set a 1', 'get a']);
  expect(second.expand('!!')).toBe('get a');
  expect(second.expand('!1')).toBe('set a 1');
  expect(() => second.expand('!9')).toThrow('no such command');
  rmSync(dir, { recursive: true, force: true });
});
