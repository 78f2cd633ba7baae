// scripts/server-malloc-env.sh: the allocator environment ./run_all_servers and the bench
// start the servers with (docs/MEMORY.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/server-malloc-env.sh');

function printed(env: Record<string, string>): string {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && k !== 'GLIBC_TUNABLES'));
  return execFileSync('bash', [script], { encoding: 'utf8', env: { ...base, ...env } as NodeJS.ProcessEnv });
}

describe('server-malloc-env.sh', () => {
  test('names jemalloc by a path that exists, or else the glibc tunable, as one KEY=VALUE line', () => {
    const out = printed({});
    const jemalloc = /^LD_PRELOAD=(\/\S+\/libjemalloc\.so\.2)\n$/.exec(out);
    if (jemalloc !== null) expect(existsSync(jemalloc[1])).toBe(true);
    else expect(out).toBe('GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4096\n');
  });

  test('prints nothing when the caller chose an allocator already, even an empty one', () => {
    expect(printed({ LD_PRELOAD: '/some/other/malloc.so' })).toBe('');
    expect(printed({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' })).toBe('');
    expect(printed({ GLIBC_TUNABLES: '' })).toBe('');
  });
});
