// What every connection of a client carries beyond the address: the access token sent as
// `Authorization: Bearer`, and the CA that a member's TLS certificate must chain to.
// Also turns the two ways a secured node turns a client away into clear, final errors.
import { KvError } from './errors';

export interface TransportSecurity {
  /** Client token (the server's --client-tokens-file); sent on every connection and HTTP call. */
  readonly token?: string;
  /** PEM CA for https:// and wss:// members; omitted: the system's trusted roots. */
  readonly ca?: string | Buffer;
}

export function authorizationHeaders(security: TransportSecurity): Record<string, string> {
  return security.token !== undefined && security.token !== '' ? { authorization: `Bearer ${security.token}` } : {};
}

/** Failures no other member or later attempt can cure: a wrong token, an untrusted certificate. */
export const FINAL_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'PERMISSION_DENIED', 'TLS']);

/** OpenSSL verification failures: the member's certificate is not one we trust. */
const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED', 'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_SIGNATURE_FAILURE',
]);

/** A TLS error that retrying cannot fix, as KvError TLS; null for anything else. */
export function tlsFailure(error: Error, where: string, node?: string): KvError | null {
  const code = (error as { code?: string }).code;
  if (code !== undefined && CERTIFICATE_CODES.has(code)) {
    return new KvError('TLS', `${where}: its TLS certificate is not trusted (${code}: ${error.message}); ` +
      'pass --ca FILE (or PAXOSKV_CA) with the CA that signed the cluster\'s certificates', { node, cause: error });
  }
  if (code === 'EPROTO' || /wrong version number|packet length too long/i.test(error.message)) {
    return new KvError('TLS', `${where}: TLS handshake failed (${error.message}); does the node serve plain http/ws? ` +
      'use http:// or ws:// (or leave out --ca / --tls)', { node, cause: error });
  }
  return null;
}

/** A node refused the WebSocket upgrade or an HTTP call for lack of a (good enough) token. */
export function accessFailure(status: number, body: string, where: string, node?: string): KvError | null {
  if (status !== 401 && status !== 403) return null;
  let detail = '';
  try {
    detail = (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? '';
  } catch {
    // Not the node's JSON error: the status says enough.
  }
  if (status === 401) {
    return new KvError('UNAUTHENTICATED', `${where}: ${detail || 'a client token is required'} (pass --token TOKEN or set PAXOSKV_TOKEN)`, { node });
  }
  return new KvError('PERMISSION_DENIED', `${where}: ${detail || 'permission denied'}`, { node });
}
