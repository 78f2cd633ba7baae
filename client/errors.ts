// Typed client errors with stable codes. Server codes come from ClientResponse.error.code;
// client-side codes describe what happened on this side of the wire.

/** Codes the server answers with (proto/client.proto ErrorInfo.code). */
export const SERVER_ERROR_CODES = [
  'NOT_FOUND',
  'NOT_LEADER',
  'NO_QUORUM',
  'UNAVAILABLE',
  'TIMEOUT',
  'KEY_TOO_LARGE',
  'VALUE_TOO_LARGE',
  'INVALID_KEY',
  'INVALID_COMMAND',
  'INVALID_IMAGE',
  'SESSION_EXPIRED',
  'OVERLOADED',
  'BAD_REQUEST',
  /** The node wants a client token and got none, or one it does not know (HTTP 401). */
  'UNAUTHENTICATED',
  /** The token is read-only and the request writes (HTTP 403). */
  'PERMISSION_DENIED',
] as const;

/** Codes raised on the client side. */
export const CLIENT_ERROR_CODES = [
  /** The KvClient was closed while the request waited. */
  'CLOSED',
  /** A node answered something the client cannot decode or did not ask for. */
  'BAD_RESPONSE',
  /** The hostfile or node list is missing or malformed. */
  'CONFIG',
  /** A member's TLS certificate is not trusted (wrong or missing --ca), or it does not speak TLS. */
  'TLS',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
/** A code this version does not know is kept as the server sent it. */
export type KvErrorCode = ServerErrorCode | ClientErrorCode | (string & {});

export class KvError extends Error {
  override readonly name = 'KvError';
  readonly code: KvErrorCode;
  /** Member the error came from, when known. */
  readonly node: string | undefined;

  constructor(code: KvErrorCode, message: string, options?: { node?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.node = options?.node;
  }
}

/** Codes after which the same request may be sent again (a write with the same client id and seq). */
const RETRYABLE = new Set<string>(['NOT_LEADER', 'NO_QUORUM', 'UNAVAILABLE', 'TIMEOUT', 'OVERLOADED']);

export function isRetryableCode(code: string): boolean {
  return RETRYABLE.has(code);
}

const DESCRIPTIONS: Record<string, string> = {
  NOT_FOUND: 'not found',
  NOT_LEADER: 'the node is not the leader and could not forward',
  NO_QUORUM: 'no quorum: a majority of members is not reachable, try again later',
  UNAVAILABLE: 'cluster unavailable',
  TIMEOUT: 'timed out',
  KEY_TOO_LARGE: 'key too large',
  VALUE_TOO_LARGE: 'value too large',
  INVALID_KEY: 'invalid key',
  INVALID_COMMAND: 'invalid command',
  INVALID_IMAGE: 'invalid image record',
  SESSION_EXPIRED: 'client session expired',
  OVERLOADED: 'server overloaded, try again later',
  BAD_REQUEST: 'bad request',
  CLOSED: 'client closed',
  BAD_RESPONSE: 'bad response from server',
  CONFIG: 'configuration error',
  UNAUTHENTICATED: 'a valid client token is required (--token / PAXOSKV_TOKEN)',
  PERMISSION_DENIED: 'permission denied: the client token is read-only',
  TLS: 'TLS failure: check --ca / PAXOSKV_CA and the node address scheme',
};

/** A short human description of a code ("no quorum: ..."). */
export function describeCode(code: string): string {
  return DESCRIPTIONS[code] ?? code.toLowerCase().replace(/_/g, ' ');
}

/** The error a server answer carries. */
export function serverError(code: string, message: string, node?: string): KvError {
  const text = message === '' ? describeCode(code) : message;
  return new KvError(code === '' ? 'BAD_RESPONSE' : code, text, node === undefined ? undefined : { node });
}
