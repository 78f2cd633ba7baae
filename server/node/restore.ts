// Restart: rebuild the state machine from the newest snapshot and the acceptor from the
// WAL records after it.
import { replayAcceptor, type AcceptorState } from '../core/acceptor';
import type { ConfigurationChange } from '../core/configuration';
import type { PersistRecord } from '../core/types';
import { KvStateMachine } from '../kv';
import type { SnapshotStore, WalRecord } from '../storage';
import { decodePersistRecord } from '../wire/peer-codec';
import { loadLatestSnapshot } from './snapshotter';

export interface RestoredNodeState {
  readonly kv: KvStateMachine;
  readonly snapshotSlot: number;
  readonly configurations: ConfigurationChange[] | undefined;
  readonly acceptor: AcceptorState;
  readonly records: number;
}

export class WalRecordError extends Error {
  override readonly name = 'WalRecordError';
}

export async function restoreNodeState(store: SnapshotStore, walRecords: readonly WalRecord[]): Promise<RestoredNodeState> {
  const snapshot = await loadLatestSnapshot(store);
  const records: PersistRecord[] = [];
  for (const record of walRecords) {
    const decoded = decodePersistRecord(record.payload);
    // The WAL's CRC passed, so an undecodable record is a bug or a foreign file: stop.
    if (!decoded.ok) throw new WalRecordError(`wal record ${record.index}: ${decoded.error.message}`);
    records.push(decoded.value);
  }
  const snapshotSlot = snapshot?.slot ?? 0;
  return {
    kv: snapshot?.kv ?? new KvStateMachine(),
    snapshotSlot,
    configurations: snapshot?.configurations,
    acceptor: replayAcceptor(records, snapshotSlot),
    records: records.length,
  };
}
