// Prometheus metrics of one node (served on GET /metrics). One registry per node so
// tests can run several nodes in one process.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class NodeMetrics {
  readonly registry = new Registry();
  readonly proposals: Counter<'result'>;
  readonly chosenSlots: Counter;
  readonly appliedCommands: Counter;
  readonly batchCommands: Histogram;
  readonly fsyncSeconds: Histogram;
  readonly fsyncRecords: Histogram;
  readonly elections: Counter;
  readonly leaderChanges: Counter;
  readonly catchUpBytes: Counter<'direction'>;
  readonly snapshots: Counter<'kind'>;
  readonly clientLatency: Histogram<'op' | 'outcome'>;
  readonly forwards: Counter<'outcome'>;
  readonly isLeader: Gauge;
  readonly appliedSlot: Gauge;

  constructor(defaultMetrics = true) {
    const registers = [this.registry];
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'paxoskv_process_' });
    this.proposals = new Counter({ name: 'paxoskv_proposals_total', help: 'Client commands handed to the proposer', labelNames: ['result'], registers });
    this.chosenSlots = new Counter({ name: 'paxoskv_chosen_slots_total', help: 'Slots applied (learned as chosen)', registers });
    this.appliedCommands = new Counter({ name: 'paxoskv_applied_commands_total', help: 'Client commands applied to the state machine', registers });
    this.batchCommands = new Histogram({
      name: 'paxoskv_batch_commands', help: 'Commands per applied slot', buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], registers,
    });
    this.fsyncSeconds = new Histogram({
      name: 'paxoskv_wal_fsync_seconds', help: 'Time from appending a Ready\'s records to their durability',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1], registers,
    });
    this.fsyncRecords = new Histogram({
      name: 'paxoskv_wal_records_per_ready', help: 'WAL records per Ready', buckets: [1, 2, 4, 8, 16, 64, 256, 1024], registers,
    });
    this.elections = new Counter({ name: 'paxoskv_elections_total', help: 'Elections this node started', registers });
    this.leaderChanges = new Counter({ name: 'paxoskv_leader_changes_total', help: 'Leader changes observed', registers });
    this.catchUpBytes = new Counter({
      name: 'paxoskv_catch_up_bytes_total', help: 'Snapshot bytes transferred for catch-up', labelNames: ['direction'], registers,
    });
    this.snapshots = new Counter({ name: 'paxoskv_snapshots_total', help: 'Snapshots taken or installed', labelNames: ['kind'], registers });
    this.clientLatency = new Histogram({
      name: 'paxoskv_client_request_seconds', help: 'Client request latency by operation', labelNames: ['op', 'outcome'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers,
    });
    this.forwards = new Counter({ name: 'paxoskv_forwards_total', help: 'Client requests forwarded to the leader', labelNames: ['outcome'], registers });
    this.isLeader = new Gauge({ name: 'paxoskv_is_leader', help: '1 while this node leads', registers });
    this.appliedSlot = new Gauge({ name: 'paxoskv_applied_slot', help: 'Last slot applied to the state machine', registers });
  }

  // Hot-path helpers: a labelled child is looked up once per label set and kept, instead
  // of prom-client hashing a label object on every request.
  private readonly children = new Map<string, { observe(value: number): void } | { inc(value?: number): void }>();

  private child<T>(key: string, make: () => T): T {
    let found = this.children.get(key) as T | undefined;
    if (found === undefined) {
      found = make();
      this.children.set(key, found as never);
    }
    return found;
  }

  observeClientLatency(op: string, outcome: string, seconds: number): void {
    this.child(`latency\0${op}\0${outcome}`, () => this.clientLatency.labels(op, outcome)).observe(seconds);
  }

  countProposal(result: string): void {
    this.child(`proposal\0${result}`, () => this.proposals.labels(result)).inc();
  }

  countForward(outcome: string): void {
    this.child(`forward\0${outcome}`, () => this.forwards.labels(outcome)).inc();
  }
}
