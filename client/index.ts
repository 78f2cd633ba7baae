// The public API of the paxoskv client library: `import { KvClient } from 'paxoskv'`.
export { KvClient } from './kv-client';
export type { KvClientOptions, ReadOptions, Consistency, CasResult, ImageMatch } from './kv-client';
export { KvError, isRetryableCode, describeCode, SERVER_ERROR_CODES, CLIENT_ERROR_CODES } from './errors';
export type { KvErrorCode, ServerErrorCode, ClientErrorCode } from './errors';
export type { ClusterStatus, MemberStatus } from './status';
export type { ClientMember } from './members';
export { defaultHostfilePath } from './members';
