#!/usr/bin/env node
// paxoskv-server: the composition root. The only place real implementations (file WAL
// and snapshots, ws peer transport, HTTP gateway, system clock and randomness, pino
// logs) are built and wired together.
import path from 'node:path';
import pino from 'pino';
import './wire/protobuf';
import { ConfigError } from './config/errors';
import { parseServerOptions, type ServerOptions } from './config/options';
import { replicaOptions } from './core/options';
import { Replica } from './core/replica';
import { ClientAccess } from './gateway/client-access';
import { Gateway } from './gateway/server';
import { Forwarder } from './node/forwarder';
import { DEFAULT_IDLE_GC_OPTIONS, IdleGc } from './node/idle-gc';
import { NodeMetrics } from './node/metrics';
import { PaxosNode } from './node/node';
import { RequestRouter } from './node/requests';
import { restoreNodeState } from './node/restore';
import { openDataDir, SnapshotStore, StorageError, Wal } from './storage';
import { PeerTransport } from './transport/peer-transport';

const EXIT_CONFIG = 2;
const CATCH_UP_BATCH_SLOTS = 48;
const EXIT_FAILURE = 1;

function parse(): { options: ServerOptions; warnings: readonly string[] } {
  try {
    return parseServerOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      if (error.code === 'HELP_REQUESTED') {
        process.stdout.write(error.message);
        process.exit(0);
      }
      process.stderr.write(`paxoskv-server: ${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
}

/** WAL segments scale with the snapshot interval so truncation frees space soon after a snapshot. */
function walSegmentBytes(snapshotLogBytes: number): number {
  return Math.min(64 * 1024 * 1024, Math.max(16 * 1024, Math.floor(snapshotLogBytes / 2)));
}

async function run(): Promise<void> {
  const { options, warnings } = parse();
  const logger = pino({ level: options.logLevel, base: { node: options.name } });
  for (const warning of warnings) logger.warn({}, warning);

  const dataDir = await openDataDir(options.dataDir, { clusterId: options.clusterId, name: options.name, logger });
  const snapshotStore = await SnapshotStore.open(path.join(options.dataDir, 'snapshots'), { logger });
  const { wal, records } = await Wal.open(path.join(options.dataDir, 'wal'), {
    logger, segmentBytes: walSegmentBytes(options.snapshotLogBytes),
  });
  const restored = await restoreNodeState(snapshotStore, records);
  logger.info({
    incarnation: dataDir.incarnation, fresh: dataDir.fresh, snapshotSlot: restored.snapshotSlot, walRecords: restored.records,
    promised: restored.acceptor.promised, accepted: restored.acceptor.accepted.size,
  }, 'state restored');

  const selfIndex = options.self.index;
  const replica = new Replica(
    replicaOptions(
      { index: selfIndex, memberCount: options.members.length, incarnation: dataDir.incarnation, random: Math.random },
      // A CatchUpReply must fit one peer frame (64 MiB): 48 slots of at most 1 MiB batches.
      { catchUpBatchEntries: CATCH_UP_BATCH_SLOTS },
    ),
    { acceptor: restored.acceptor, snapshotSlot: restored.snapshotSlot, configurations: restored.configurations },
  );
  const transport = new PeerTransport({
    selfIndex,
    members: options.members.map((m) => ({ name: m.name, host: m.host, port: m.port })),
    incarnation: dataDir.incarnation,
    clusterId: options.clusterId,
    secret: options.clusterSecret,
    logger,
    ...(options.tls !== null ? { tls: { ...(options.tls.ca !== null ? { ca: options.tls.ca } : {}) } } : {}),
  });
  const metrics = new NodeMetrics();
  let shuttingDown = false;
  const node = new PaxosNode({
    selfIndex, members: options.members, incarnation: dataDir.incarnation, replica, kv: restored.kv, wal, snapshotStore,
    snapshotSlot: restored.snapshotSlot, transport, logger, metrics, snapshotLogBytes: options.snapshotLogBytes,
    onFatal: (error) => {
      process.stderr.write(`paxoskv-server: storage failure, stopping: ${error.message}\n`);
      // Nothing more may be answered without durability: leave now.
      setTimeout(() => process.exit(EXIT_FAILURE), 50);
    },
  });
  let router: RequestRouter | null = null;
  const forwarder = new Forwarder({
    send: (to, message) => node.sendNodeMessage(to, message),
    handle: (request) => router!.handle(request, true),
  }, logger);
  router = new RequestRouter(node, forwarder, metrics, {
    requestTimeoutMs: options.requestTimeoutMs,
    statusExtras: () => ({
      peers: transport.peerStats().map((p) => {
        const chosen = replica.status().followerChosenUpTo[p.index];
        return {
          name: p.name, connected: p.connected, incarnation: p.incarnation,
          chosenSlot: chosen ?? null, lag: chosen === undefined ? null : Math.max(0, replica.learner.commitIndex - chosen),
        };
      }),
    }),
  });
  node.onNodeMessage((from, message) => forwarder.onMessage(from, message));
  node.onPeerDown((index) => forwarder.peerDown(index));

  const gateway = new Gateway({
    transport, router, registry: metrics.registry, members: options.members, self: options.name, tls: options.tls,
    access: new ClientAccess(options.clientTokens), limits: options.limits,
  });
  await gateway.listen(options.listenPort, options.listenHost);
  node.start();
  const idleGc = new IdleGc({
    onSettle: (heapBytes, requested) => logger.info({ heapMiB: Math.round(heapBytes / (1024 * 1024)), requested },
      'memory: quiet after a burst, asking V8 for a major GC'),
  }, { ...DEFAULT_IDLE_GC_OPTIONS, quietIntervalsBeforeSettle: 1 + selfIndex }); // members take turns
  idleGc.start();
  logger.info({
    host: options.listenHost, port: options.listenPort, members: options.members.length, index: selfIndex,
    tls: options.tls !== null, clientTokens: options.clientTokens?.length ?? 0,
  }, 'node started');

  const shutdown = (signal: string): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => process.exit(EXIT_FAILURE), 10_000);
    hardStop.unref();
    (async () => {
      idleGc.stop();
      forwarder.close();
      await gateway.close();
      await node.stop();
      await dataDir.release();
    })().then(() => process.exit(0), (error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
      process.exit(EXIT_FAILURE);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof StorageError ? ` [${error.code}]` : '';
  process.stderr.write(`paxoskv-server: cannot start${code}: ${message}\n`);
  process.exit(EXIT_FAILURE);
});
