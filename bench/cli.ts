// paxoskv bench: `npm run bench -- [options]` (see --help). Closed-loop load against
// paxoskv (a local five-node cluster it starts, or --nodes) and optionally etcd (a local
// five-member cluster it starts with --etcd), a memory/scale mode (--scale N), and a
// summary of a V8 CPU profile (--summarize-profile FILE). --security insecure,secret,tls
// starts one local cluster per peer-security mode and alternates between them, to show
// what peer authentication and TLS cost.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import {
  LocalEtcdCluster, LocalPaxosCluster, RemoteCluster, REPO_ROOT, SECURITY_MODES, parseNodeList, paxosStatus, reapOrphans, waitForPaxosLeader,
  type Cluster, type SecurityMode,
} from './clusters';
import { openDriver, type Driver, type DriverName } from './drivers';
import { KnownValues, WORKLOADS, preload, runPoint, type KeySpace, type PointResult, type WorkloadName } from './load';
import { formatProfile, summarizeProfile } from './profile';
import { Progress } from './progress';
import { appendJsonLines, formatTable, writeChart } from './report';
import { runScale } from './scale';
import { buildRef, parseVariant, type Variant } from './variants';

interface Flags {
  nodes?: string;
  etcdNodes?: string;
  etcd?: boolean;
  etcdBinary: string;
  targets: string[];
  driver: string[];
  workloads: string[];
  concurrency: number[];
  duration: number;
  warmup: number;
  clusterWarmup: number;
  keys: number;
  valueSize: number;
  rounds: number;
  out: string;
  fromSource?: boolean;
  cpuProf?: boolean;
  nodeFlags: string[];
  scale?: number;
  snapshotLogBytes?: number;
  summarizeProfile?: string;
  keep?: boolean;
  security: string[];
  variant: string[];
}

const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter((s) => s !== '');
const positiveNumber = (value: string): number => {
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new InvalidArgumentError('expected a positive number');
  return n;
};
const numberList = (value: string): number[] => list(value).map(positiveNumber);
const nonNegativeNumber = (value: string): number => {
  const n = Number(value);
  if (!(Number.isFinite(n) && n >= 0)) throw new InvalidArgumentError('expected a number >= 0');
  return n;
};

function parseFlags(argv: string[]): Flags {
  const command = new Command('bench')
    .description('Closed-loop benchmark of paxoskv (and etcd for comparison)')
    .option('--nodes <list>', 'paxoskv members host:port,... (default: start five local servers)')
    .option('--etcd', 'also benchmark etcd: start a local five-member etcd (fsync on); same as adding etcd to --targets')
    .option('--etcd-nodes <list>', 'an existing etcd cluster host:port,... (client URLs) instead of starting one')
    .option('--etcd-binary <path>', 'etcd executable', 'etcd')
    .option('--targets <list>', 'paxoskv,etcd', list, ['paxoskv'])
    .option('--driver <list>', 'paxoskv drivers: ws (KvClient library, one client pinned to each member), ws-leader (one KvClient given all members: it follows the leader), http (HTTP API); etcd always uses its JSON gateway', list, ['ws'])
    .option('--workloads <list>', `${WORKLOADS.join(',')}`, list, ['write', 'read', 'stale', 'mixed', 'cas', 'write-1k', 'write-10k'])
    .option('--concurrency <list>', 'requests in flight, spread over all members', numberList, [1, 16, 64, 256])
    .option('--duration <s>', 'measured seconds per point', positiveNumber, 5)
    .option('--warmup <s>', 'warm-up seconds per point (not measured)', positiveNumber, 1)
    .option('--cluster-warmup <s>', 'seconds of every selected workload and concurrency per series before the first point (not measured): Node servers run cold until V8 has optimized their hot paths', nonNegativeNumber, 10)
    .option('--keys <n>', 'key space, preloaded before reads', positiveNumber, 10_000)
    .option('--value-size <bytes>', 'value size of write/read/mixed/cas', positiveNumber, 100)
    .option('--rounds <n>', 'repeat the whole matrix n times (targets alternate within each point)', positiveNumber, 1)
    .option('--out <dir>', 'results directory', 'bench-results')
    .option('--from-source', 'run the servers from TypeScript sources instead of dist/ (slower start)')
    .option('--cpu-prof', 'run the local paxoskv servers under node --cpu-prof and summarize the leader\'s profile')
    .option('--node-flags <flags>', 'extra node flags for the local paxoskv servers, space-separated (e.g. "--trace-gc")', (v: string) => v.split(/\s+/).filter((f) => f !== ''), [])
    .option('--scale <n>', 'memory/scale mode: load n keys of --value-size, report RSS, snapshot and catch-up times', positiveNumber)
    .option('--snapshot-log-bytes <n>', 'server --snapshot-log-bytes (scale mode default: about a quarter of the raw data)', positiveNumber)
    .option('--summarize-profile <file>', 'print the top self-time functions of a .cpuprofile and exit')
    .option('--keep', 'keep temp dirs (server logs, data) for inspection')
    .option('--security <list>', `local paxoskv peer security, one cluster per mode, alternating: ${SECURITY_MODES.join(',')} ` +
      '(insecure: no peer auth; secret: HMAC peer auth; tls: secret + TLS for peers and clients)', list, ['insecure'])
    .option('--variant <spec>', 'one more local paxoskv cluster, target paxoskv/NAME, alternating with the others: "NAME SETTING..." where a ' +
      'setting is @REF (that commit, built once in the temp dir), --node-flag, or KEY=VALUE (server environment); repeatable',
    (value: string, previous: string[]) => [...previous, value], [])
    .helpOption('--help', 'show this help')
    .allowExcessArguments(false);
  command.parse(argv, { from: 'user' });
  return command.opts<Flags>();
}

function out(text: string): void {
  process.stdout.write(text);
}

interface Series {
  /** paxoskv, paxoskv/secret, paxoskv/tls (the security mode when not insecure), paxoskv/NAME (a --variant), or etcd. */
  target: string;
  cluster: Cluster;
  driver: Driver;
  known: KnownValues;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.summarizeProfile !== undefined) {
    out(formatProfile(summarizeProfile(flags.summarizeProfile), flags.summarizeProfile));
    return;
  }
  const outDir = resolve(REPO_ROOT, flags.out);
  const progress = new Progress();
  const reaped = reapOrphans();
  if (reaped > 0) progress.log(`cleaned up ${reaped} cluster dir(s) left by a bench that died`);
  if (flags.scale !== undefined) {
    await runScale({ keys: Math.floor(flags.scale), valueBytes: flags.valueSize, fromSource: flags.fromSource === true,
      snapshotLogBytes: flags.snapshotLogBytes, nodeFlags: flags.nodeFlags, nodes: flags.nodes, outDir, keep: flags.keep === true, progress });
    return;
  }
  const targets = new Set(flags.targets);
  if (flags.etcd === true || flags.etcdNodes !== undefined) targets.add('etcd');
  for (const t of targets) if (t !== 'paxoskv' && t !== 'etcd') throw new Error(`unknown target ${t}`);
  for (const m of flags.security) if (!(SECURITY_MODES as readonly string[]).includes(m)) throw new Error(`unknown security mode ${m} (${SECURITY_MODES.join(', ')})`);
  if (flags.nodes !== undefined && flags.security.some((m) => m !== 'insecure')) throw new Error('--security applies to the clusters the bench starts, not to --nodes');
  for (const w of flags.workloads) if (!(WORKLOADS as readonly string[]).includes(w)) throw new Error(`unknown workload ${w} (${WORKLOADS.join(', ')})`);
  const drivers = flags.driver.filter((d) => d !== 'etcd');
  for (const d of drivers) if (d !== 'ws' && d !== 'ws-leader' && d !== 'http') throw new Error(`unknown driver ${d}`);
  const variants = flags.variant.map(parseVariant);
  if (variants.length > 0 && (flags.nodes !== undefined || !targets.has('paxoskv'))) throw new Error('--variant adds local paxoskv clusters: not with --nodes, and only with target paxoskv');
  const variantNames = [...flags.security, ...variants.map((v) => v.name)];
  if (new Set(variantNames).size !== variantNames.length) throw new Error(`--variant names must differ from each other and from --security modes: ${variantNames.join(', ')}`);
  const workloads = flags.workloads as WorkloadName[];
  const concurrencyMax = Math.max(...flags.concurrency);
  const space: KeySpace = { keys: Math.floor(flags.keys), valueBytes: Math.floor(flags.valueSize) };

  const clusters: Cluster[] = [];
  const series: Series[] = [];
  /** Local paxoskv clusters, one per --security mode and --variant; the first is the one --cpu-prof reports. */
  const locals: LocalPaxosCluster[] = [];
  let leaderAtStart: string | null = null;
  const results: PointResult[] = [];
  let profileText = '';
  try {
    const modes = flags.nodes !== undefined ? ['insecure' as const] : [...new Set(flags.security as SecurityMode[])];
    const profileFlags = flags.cpuProf === true ? ['--cpu-prof', '--cpu-prof-dir', '{dir}/prof-{name}'] : [];
    // Every variant build first: a build takes minutes, and no cluster should idle meanwhile.
    const variantRoots = variants.map((v) => (v.ref === null ? undefined : buildRef(REPO_ROOT, v.ref, (line) => progress.log(line))));
    const paxosSeries: Array<{ target: string; mode: SecurityMode; variant: Variant | null; root: string | undefined }> = [
      ...(targets.has('paxoskv') ? modes : []).map((mode) => ({ target: mode === 'insecure' ? 'paxoskv' : `paxoskv/${mode}`, mode, variant: null, root: undefined })),
      ...variants.map((variant, i) => ({ target: `paxoskv/${variant.name}`, mode: modes[0], variant, root: variantRoots[i] })),
    ];
    for (const { target, mode, variant, root } of paxosSeries) {
      let cluster: Cluster;
      if (flags.nodes !== undefined) {
        cluster = new RemoteCluster('paxoskv', parseNodeList(flags.nodes));
      } else {
        const source = root !== undefined ? `${variant?.ref} in ${root}` : flags.fromSource === true ? 'sources' : 'dist/';
        progress.log(`starting five paxoskv servers for ${target}, ${mode} (${source}${flags.cpuProf === true ? ', --cpu-prof' : ''})`);
        const local = await LocalPaxosCluster.start({
          fromSource: flags.fromSource === true,
          nodeFlags: [...flags.nodeFlags, ...(variant?.nodeFlags ?? []), ...profileFlags],
          security: mode,
          ...(root !== undefined ? { root } : {}),
          ...(variant !== null ? { env: variant.env } : {}),
        });
        locals.push(local);
        progress.log(`${target} servers' allocator: ${local.allocator}`);
        cluster = local;
      }
      clusters.push(cluster);
      const leader = await waitForPaxosLeader(cluster.endpoints, 60_000);
      leaderAtStart ??= leader;
      progress.log(`${target} leader: ${leader}`);
      for (const d of drivers) {
        series.push({ target, cluster, driver: await openDriver(d as DriverName, cluster.endpoints, concurrencyMax), known: new KnownValues(space.keys) });
      }
    }
    if (targets.has('etcd')) {
      let cluster: Cluster;
      if (flags.etcdNodes !== undefined) {
        cluster = new RemoteCluster('etcd', parseNodeList(flags.etcdNodes));
      } else {
        progress.log('starting five etcd members');
        cluster = await LocalEtcdCluster.start(flags.etcdBinary);
      }
      clusters.push(cluster);
      series.push({ target: 'etcd', cluster, driver: await openDriver('etcd', cluster.endpoints, concurrencyMax), known: new KnownValues(space.keys) });
    }
    // The same key space serves every driver of a target: preload once per target.
    if (workloads.some((w) => w !== 'write' && w !== 'write-1k' && w !== 'write-10k')) {
      const preloaded = new Map<Cluster, KnownValues>();
      for (const s of series) {
        const done = preloaded.get(s.cluster);
        if (done !== undefined) {
          for (let i = 0; i < space.keys; i++) s.known.values[i] = done.values[i];
          continue;
        }
        const started = Date.now();
        await preload(s.driver, s.cluster.endpoints.length, space, s.known, 64, 300_000, (n) => progress.update(`preload ${s.target}`, n / space.keys, `${n} keys`));
        progress.log(`preloaded ${space.keys} keys into ${s.target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        preloaded.set(s.cluster, s.known);
      }
    }
    if (flags.clusterWarmup > 0) {
      // Every code path the points take, once, unmeasured: the first point should not pay
      // for V8 compiling the servers' hot paths (a c=1 write ran 2-3x slower in its first
      // 5 s on a fresh cluster). etcd is compiled ahead of time; it gets the same turn.
      const shareMs = (flags.clusterWarmup * 1000) / (workloads.length * flags.concurrency.length);
      for (const s of series) {
        for (const workload of workloads) {
          for (const concurrency of flags.concurrency) {
            await runPoint({
              target: s.target, cluster: s.cluster, driver: s.driver, workload, concurrency, round: 0,
              warmupMs: 0, durationMs: shareMs, space, known: s.known,
              onProgress: (fraction) => progress.update(`warm-up ${s.target}/${s.driver.name} ${workload} c=${concurrency}`, fraction, ''),
            });
          }
        }
      }
    }
    const points = flags.rounds * workloads.length * flags.concurrency.length * series.length;
    let done = 0;
    let turn = 0;
    for (let round = 1; round <= flags.rounds; round++) {
      for (const workload of workloads) {
        for (const concurrency of flags.concurrency) {
          // Rotate the order (A, B, C then B, C, A ...): no series always runs right after another's load.
          const order = series.map((_, i) => series[(i + turn) % series.length]);
          turn++;
          for (const s of order) {
            const label = `[${++done}/${points}] ${s.target}/${s.driver.name} ${workload} c=${concurrency}`;
            const result = await runPoint({
              target: s.target, cluster: s.cluster, driver: s.driver, workload, concurrency, round,
              warmupMs: flags.warmup * 1000, durationMs: flags.duration * 1000, space, known: s.known,
              onProgress: (fraction, ops) => progress.update(label, fraction, `${ops} ops`),
            });
            results.push(result);
            progress.log(`${label}: ${result.throughput.toFixed(0)} ops/s p50 ${result.latencyMs.p50.toFixed(2)} ms p99 ${result.latencyMs.p99.toFixed(2)} ms` +
              ` srv ${result.serverCpuUsPerOp?.toFixed(0) ?? '-'} µs/op${result.errors > 0 ? ` errors ${result.errors} (${result.firstError})` : ''}`);
          }
        }
      }
    }
  } finally {
    progress.done();
    for (const s of series) s.driver.close();
    for (const [index, paxos] of locals.entries()) {
      const leaderNow = index === 0 ? await currentLeader(paxos) : null;
      await paxos.stop(true);
      if (flags.cpuProf === true && index === 0) profileText = reportProfiles(paxos.dir, leaderNow ?? leaderAtStart, outDir);
      if (flags.keep === true) progress.log(`kept ${paxos.dir}`);
      else rmSync(paxos.dir, { recursive: true, force: true });
    }
    for (const c of clusters) if (!(locals as Cluster[]).includes(c)) await c.stop();
  }
  if (results.length > 0) {
    const runId = new Date().toISOString().replace(/[:.]/g, '-');
    out(formatTable(results));
    appendJsonLines(join(outDir, 'results.jsonl'), runId, results);
    writeChart(join(outDir, 'chart.html'), results, `paxoskv bench ${runId}`);
    out(`\nwrote ${join(flags.out, 'results.jsonl')} (appended) and ${join(flags.out, 'chart.html')}\n`);
  }
  out(profileText);
}

async function currentLeader(cluster: LocalPaxosCluster): Promise<string | null> {
  const statuses = await Promise.all(cluster.endpoints.map((e) => paxosStatus(e)));
  return statuses.find((s) => s?.role === 'leader')?.name ?? null;
}

function reportProfiles(dir: string, leader: string | null, outDir: string): string {
  let text = '';
  for (const entry of readdirSync(dir).filter((e) => e.startsWith('prof-')).sort()) {
    const name = entry.slice('prof-'.length);
    const files = readdirSync(join(dir, entry)).filter((f) => f.endsWith('.cpuprofile'));
    if (files.length === 0) continue;
    const file = join(dir, entry, files[0]);
    mkdirSync(outDir, { recursive: true });
    const kept = join(outDir, `${name}${name === leader ? '-leader' : ''}.cpuprofile`);
    copyFileSync(file, kept);
    if (name === leader) text += '\n' + formatProfile(summarizeProfile(file), `leader ${name} profile (${kept})`);
  }
  if (leader === null || !existsSync(join(dir, `prof-${leader}`))) text += 'no leader profile found\n';
  return text;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
