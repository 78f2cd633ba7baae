// The consensus core must stay pure: no clock, randomness, timers, files or sockets.
import * as fs from 'node:fs';
import * as path from 'node:path';

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bDate\b/, 'Date (wall clock)'],
  [/performance\.now/, 'performance.now'],
  [/Math\.random/, 'Math.random'],
  [/\bset(Timeout|Interval|Immediate)\b/, 'timers'],
  [/process\.(hrtime|nextTick)/, 'process clock / scheduling'],
  [/from ['"](node:)?(fs|net|http|https|dgram|child_process|worker_threads|crypto)(\/promises)?['"]/, 'I/O module'],
  [/require\(['"](node:)?(fs|net|http|https|dgram|child_process|worker_threads|crypto)['"]\)/, 'I/O module'],
  [/from ['"]ws['"]/, 'sockets'],
];

describe('server/core purity', () => {
  const dir = __dirname;
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it('has sources to scan', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)('%s uses no clock, randomness, timers, files or sockets', (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
