// Public surface of the storage layer; import from here rather than from the files.

export { crc32c } from './crc32c';
export { openDataDir, randomIncarnation, IDENTITY_FILE_NAME, type DataDir, type DataDirIdentity, type DataDirOptions } from './data-dir';
export { StorageCorruptionError, StorageError, type StorageErrorCode } from './errors';
export { nodeIo, type StorageIo } from './file-io';
export { InvariantError } from './invariant';
export { silentLogger, type StorageLogger } from './logger';
export {
  SnapshotReader,
  SnapshotReceiver,
  SnapshotStore,
  SNAPSHOT_DEFAULTS,
  type SnapshotChunk,
  type SnapshotInfo,
  type SnapshotSource,
  type SnapshotStoreOptions,
} from './snapshot-store';
export { Wal, WAL_DEFAULTS, type WalOpenResult, type WalOptions, type WalRecord } from './wal';
