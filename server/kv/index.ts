// Public surface of the key-value layer: the state machine, its snapshot codec, the
// validation the gateway runs before proposing, and the stable error codes.
export { KV_ERROR_CODES, kvError, isKvErrorCode, type KvError, type KvErrorCode } from './errors';
export {
  DEFAULT_KV_LIMITS,
  IMAGE_DISTANCE_MAX,
  IMAGE_MATCHES_MAX,
  KEYS_LIMIT_DEFAULT,
  KEYS_LIMIT_MAX,
  resolveLimits,
  validateCommand,
  validateImageQuery,
  validateKey,
  type KvLimits,
} from './limits';
export type { ApplyResult, WriteResult } from './results';
export type { SessionRecord } from './sessions';
export { KvStateMachine, type ImageGetResult, type ImageMatch, type KvStats } from './state-machine';
export { StateFreeze, type FrozenState } from './state-freeze';
export { restore, restoreSliced, serialize, serializeChunks, snapshotStream, SnapshotFormatError, SNAPSHOT_VERSION, type SnapshotStream } from './snapshot-codec';
export { compareKeys } from './sorted-keys';
export { hammingDistance } from './image-index';
export { IMAGE_KEY_PREFIX, imageKey } from './image-record';
