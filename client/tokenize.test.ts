import { quoteArg, tokenize } from './tokenize';
import { UsageError } from './usage-error';

test.each([
  ['set k v', ['set', 'k', 'v']],
  ['  set   k\tv  ', ['set', 'k', 'v']],
  ['set greeting "hello world"', ['set', 'greeting', 'hello world']],
  ["set path 'C:\\dir\\x'", ['set', 'path', 'C:\\dir\\x']],
  ['set q "say \\"hi\\" \\\\ \\n"', ['set', 'q', 'say "hi" \\ \\n']],
  ['set s hello\\ world', ['set', 's', 'hello world']],
  ['set e ""', ['set', 'e', '']],
  ["set e ''", ['set', 'e', '']],
  ['set mixed a"b c"\'d e\'', ['set', 'mixed', 'ab cd e']],
  ['set unicode "héllo → wörld"', ['set', 'unicode', 'héllo → wörld']],
  ['', []],
])('tokenize(%j)', (line, expected) => {
  expect(tokenize(line)).toEqual(expected);
});

test.each(['set k "open', "set k 'open", 'set k trailing\\'])('rejects %j', (line) => {
  expect(() => tokenize(line)).toThrow(UsageError);
});

test.each(['plain', 'with space', "it's", '', 'a"b', 'back\\slash', '--absent'])('quoteArg round-trips %j', (arg) => {
  expect(tokenize(`set ${quoteArg(arg)}`)).toEqual(['set', arg]);
});
