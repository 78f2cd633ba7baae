// The nemesis: a seeded schedule of faults against the real processes and the proxies.
// Each round: a quiet period, one fault (or a combination in 'all'), held for a while,
// then healed; every fault is recorded as a labelled window for the report.
//
//   kill       kill -9 the leader (found via /v1/status), a random node, or a majority at once; restart at heal
//   pause      SIGSTOP the leader or a random node; SIGCONT at heal
//   partition  halves, the leader alone, a bridge (two majorities sharing one node), the leader
//              deaf (one way: nothing reaches it), slow links; packets really dropped by the proxies
//   wipe       kill -9 one node, delete its data dir, restart it: it must rejoin as a new incarnation
//   all        any of the above, and two at once
import type { JepsenCluster } from './cluster';
import type { Recorder } from './recorder';
import type { Rng } from './rng';

export const NEMESIS_MODES = ['none', 'kill', 'pause', 'partition', 'wipe', 'all'] as const;
export type NemesisMode = (typeof NEMESIS_MODES)[number];

export interface NemesisOptions {
  readonly mode: NemesisMode;
  /** How long a fault is held, [min, max] ms. */
  readonly faultMs?: readonly [number, number];
  /** Healthy time between faults, [min, max] ms. */
  readonly quietMs?: readonly [number, number];
}

type Heal = () => Promise<void> | void;

interface Fault {
  readonly kind: string;
  /** Applies the fault; answers its label and how to heal it. */
  start(): Promise<{ label: string; heal: Heal }>;
}

export class Nemesis {
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly cluster: JepsenCluster,
    private readonly recorder: Recorder,
    private readonly rng: Rng,
    private readonly options: NemesisOptions,
  ) {}

  /** Injects faults until `endAt` (recorder time) or stop(); everything is healed when it returns. */
  async run(endAt: number): Promise<void> {
    if (this.options.mode === 'none') return;
    const [quietMin, quietMax] = this.options.quietMs ?? [2000, 5000];
    const [faultMin, faultMax] = this.options.faultMs ?? [3000, 8000];
    for (let round = 0; round < 10_000 && !this.stopping; round++) {
      await this.pause(this.rng.int(quietMin, quietMax), endAt);
      if (this.stopping || this.recorder.now() + faultMin > endAt) break;
      const faults = this.choose();
      const applied: { label: string; heal: Heal; window: ReturnType<Recorder['faultStart']> }[] = [];
      for (const fault of faults) {
        const window = this.recorder.faultStart(fault.kind, `${fault.kind} …`);
        try {
          const { label, heal } = await fault.start();
          window.label = label;
          applied.push({ label, heal, window });
        } catch (error) {
          window.label = `${fault.kind} failed: ${error instanceof Error ? error.message : String(error)}`;
          this.recorder.faultEnd(window);
        }
      }
      await this.pause(this.rng.int(faultMin, faultMax), endAt);
      for (const { heal, window } of applied.reverse()) {
        await heal();
        this.recorder.faultEnd(window);
      }
    }
  }

  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  /** Sleeps `ms`, cut short by stop() or the end time. */
  private async pause(ms: number, endAt: number): Promise<void> {
    const untilMs = Math.min(ms, Math.max(0, endAt - this.recorder.now()));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, untilMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = null;
  }

  private choose(): Fault[] {
    const kill = [this.killLeader(), this.killRandom(), this.killMajority()];
    const pause = [this.pauseLeader(), this.pauseRandom()];
    const partition = [this.partitionHalves(), this.isolateLeader(), this.bridge(), this.deafLeader(), this.slowLinks()];
    const wipe = [this.wipeOne()];
    switch (this.options.mode) {
      case 'kill':
        return [this.rng.weighted([[kill[0]!, 2], [kill[1]!, 2], [kill[2]!, 1]])];
      case 'pause':
        return [this.rng.pick(pause)];
      case 'partition':
        return [this.rng.pick(partition)];
      case 'wipe':
        return [wipe[0]!];
      case 'all': {
        const single = [...kill, ...pause, ...partition, ...wipe];
        if (this.rng.chance(0.6)) return [this.rng.pick(single)];
        // Two at once: a network fault plus a process fault.
        return [this.rng.pick(partition), this.rng.pick([kill[0]!, kill[1]!, ...pause, ...wipe])];
      }
      case 'none':
        return [];
    }
  }

  private name(i: number): string {
    return this.cluster.nodes[i]!.name;
  }

  private async leaderOrRandom(): Promise<{ index: number; isLeader: boolean }> {
    const leader = await this.cluster.leader();
    if (leader !== null && this.cluster.running(leader)) return { index: leader, isLeader: true };
    return { index: this.rng.int(0, this.cluster.size - 1), isLeader: false };
  }

  private restartHeal(nodes: readonly number[]): Heal {
    return () => {
      for (const i of nodes) if (!this.cluster.running(i)) this.cluster.spawn(i);
    };
  }

  private killLeader(): Fault {
    return {
      kind: 'kill',
      start: async () => {
        const { index, isLeader } = await this.leaderOrRandom();
        await this.cluster.kill(index);
        return { label: `kill -9 ${isLeader ? 'leader ' : ''}${this.name(index)}`, heal: this.restartHeal([index]) };
      },
    };
  }

  private killRandom(): Fault {
    return {
      kind: 'kill',
      start: async () => {
        const index = this.rng.int(0, this.cluster.size - 1);
        await this.cluster.kill(index);
        return { label: `kill -9 ${this.name(index)}`, heal: this.restartHeal([index]) };
      },
    };
  }

  private killMajority(): Fault {
    return {
      kind: 'kill',
      start: async () => {
        const victims = this.rng.shuffle(this.cluster.nodes.map((n) => n.index)).slice(0, Math.floor(this.cluster.size / 2) + 1);
        await Promise.all(victims.map((i) => this.cluster.kill(i)));
        return { label: `kill -9 majority ${victims.map((i) => this.name(i)).join(' ')}`, heal: this.restartHeal(victims) };
      },
    };
  }

  private pauseLeader(): Fault {
    return {
      kind: 'pause',
      start: async () => {
        const { index, isLeader } = await this.leaderOrRandom();
        this.cluster.pause(index);
        return { label: `SIGSTOP ${isLeader ? 'leader ' : ''}${this.name(index)}`, heal: () => this.cluster.resume(index) };
      },
    };
  }

  private pauseRandom(): Fault {
    return {
      kind: 'pause',
      start: async () => {
        const index = this.rng.int(0, this.cluster.size - 1);
        this.cluster.pause(index);
        return { label: `SIGSTOP ${this.name(index)}`, heal: () => this.cluster.resume(index) };
      },
    };
  }

  private healNetwork(): Heal {
    return () => this.cluster.network.heal();
  }

  private partitionHalves(): Fault {
    return {
      kind: 'partition',
      start: async () => {
        const order = this.rng.shuffle(this.cluster.nodes.map((n) => n.index));
        const cut = Math.floor(this.cluster.size / 2);
        const groups = [order.slice(0, cut).sort(), order.slice(cut).sort()];
        this.cluster.network.partition(groups);
        return { label: `partition ${groups.map((g) => `[${g.map((i) => this.name(i)).join(' ')}]`).join(' | ')}`, heal: this.healNetwork() };
      },
    };
  }

  private isolateLeader(): Fault {
    return {
      kind: 'partition',
      start: async () => {
        const { index, isLeader } = await this.leaderOrRandom();
        const rest = this.cluster.nodes.map((n) => n.index).filter((i) => i !== index);
        this.cluster.network.partition([[index], rest]);
        return { label: `partition: ${isLeader ? 'leader ' : ''}${this.name(index)} alone`, heal: this.healNetwork() };
      },
    };
  }

  /** Two majorities that share one node: a—b—[c]—d—e, no link between {a,b} and {d,e}. */
  private bridge(): Fault {
    return {
      kind: 'partition',
      start: async () => {
        const [a, b, c, d, e] = this.rng.shuffle(this.cluster.nodes.map((n) => n.index));
        for (const x of [a!, b!]) {
          for (const y of [d!, e!]) {
            this.cluster.network.block(x, y);
            this.cluster.network.block(y, x);
          }
        }
        return { label: `bridge via ${this.name(c!)}: [${this.name(a!)} ${this.name(b!)}] x [${this.name(d!)} ${this.name(e!)}]`, heal: this.healNetwork() };
      },
    };
  }

  /** One way: the leader still sends, but nothing reaches it. */
  private deafLeader(): Fault {
    return {
      kind: 'partition',
      start: async () => {
        const { index, isLeader } = await this.leaderOrRandom();
        for (let j = 0; j < this.cluster.size; j++) if (j !== index) this.cluster.network.block(j, index);
        return { label: `one-way: nothing reaches ${isLeader ? 'leader ' : ''}${this.name(index)}`, heal: this.healNetwork() };
      },
    };
  }

  private slowLinks(): Fault {
    return {
      kind: 'partition',
      start: async () => {
        const delayMs = this.rng.int(20, 150);
        for (let i = 0; i < this.cluster.size; i++) {
          for (let j = 0; j < this.cluster.size; j++) if (i !== j) this.cluster.network.delay(i, j, this.rng.int(delayMs / 2, delayMs));
        }
        return { label: `slow links ≤${delayMs} ms`, heal: this.healNetwork() };
      },
    };
  }

  private wipeOne(): Fault {
    return {
      kind: 'wipe',
      start: async () => {
        const index = this.rng.int(0, this.cluster.size - 1);
        const wasLeader = (await this.cluster.leader()) === index;
        await this.cluster.wipe(index);
        await new Promise((resolve) => setTimeout(resolve, 300));
        this.cluster.spawn(index);
        return { label: `wipe ${wasLeader ? 'leader ' : ''}${this.name(index)} (kill -9, rm -rf data, restart)`, heal: this.restartHeal([index]) };
      },
    };
  }
}
