// scripts/server-malloc-env.sh: the allocator environment ./run_all_servers and the bench
// start the servers with (docs/MEMORY.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/server-malloc-env.sh');

function printed(env: Record<string, string>): string {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && k !== 'GLIBC_TUNABLES' && k !== 'MALLOC_CONF'));
  return execFileSync('bash', [script], { encoding: 'utf8', env: { ...base, ...env } as NodeJS.ProcessEnv });
}

describe('server-malloc-env.sh', () => {
  test('names jemalloc by a path that exists with its settings, or else the glibc tunable, as KEY=VALUE lines', () => {
    const out = printed({});
    const jemalloc = /^LD_PRELOAD=(\/\S+\/libjemalloc\.so\.2)\nMALLOC_CONF=background_thread:true,dirty_decay_ms:30000\n$/.exec(out);
    if (jemalloc !== null) expect(existsSync(jemalloc[1])).toBe(true);
    else expect(out).toBe('GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4096\n');
  });

  test('leaves jemalloc\'s settings to the caller who gave some, and gives the Docker image the same ones', () => {
    const out = printed({ MALLOC_CONF: 'narenas:1' });
    expect(out).not.toMatch(/MALLOC_CONF/);
    const conf = /^MALLOC_CONF=(\S+)$/m.exec(printed({}))?.[1];
    if (conf !== undefined) expect(readFileSync(path.resolve(__dirname, '../../Dockerfile'), 'utf8')).toContain(`MALLOC_CONF=${conf}`);
  });

  test('prints nothing when the caller chose an allocator already, even an empty one', () => {
    expect(printed({ LD_PRELOAD: '/some/other/malloc.so' })).toBe('');
    expect(printed({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' })).toBe('');
    expect(printed({ GLIBC_TUNABLES: '' })).toBe('');
  });
});
