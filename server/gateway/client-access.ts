// Who may use the client surfaces (the HTTP API and /client) when client tokens are
// configured. A caller presents `Authorization: Bearer TOKEN`; an unknown or missing token
// is UNAUTHENTICATED (401), a read-only token asking to write is PERMISSION_DENIED (403).
// Tokens are compared as SHA-256 digests with timingSafeEqual against every configured
// token, so neither the length nor the first differing byte of a guess shows in the time.
// Requests forwarded between nodes never come through here: the peer secret covers them.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ClientRole, ClientToken } from '../config/client-tokens';

export interface Principal {
  readonly user: string;
  readonly role: ClientRole;
}

export type AccessDenial = { readonly status: 401 | 403; readonly code: 'UNAUTHENTICATED' | 'PERMISSION_DENIED'; readonly message: string };

/** Anyone may do anything: what a node does without a tokens file. */
const OPEN: Principal = { user: 'anonymous', role: 'read-write' };

interface StoredToken {
  readonly digest: Buffer;
  readonly principal: Principal;
}

export class ClientAccess {
  private readonly tokens: readonly StoredToken[] | null;

  /** `tokens` null: access is open (no token needed, every call allowed). */
  constructor(tokens: readonly ClientToken[] | null) {
    this.tokens = tokens === null ? null : tokens.map((t) => ({ digest: digest(t.token), principal: { user: t.user, role: t.role } }));
  }

  get required(): boolean {
    return this.tokens !== null;
  }

  /** The caller behind these request headers, or why they are turned away. */
  authenticate(headers: IncomingHttpHeaders): Principal | AccessDenial {
    if (this.tokens === null) return OPEN;
    const header = headers.authorization;
    if (header === undefined || header === '') {
      return unauthenticated('this node requires a client token: send "Authorization: Bearer TOKEN"');
    }
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (match === null) return unauthenticated('the Authorization header must be "Bearer TOKEN"');
    const presented = digest(match[1]!);
    let found: Principal | null = null;
    // No early exit: every configured token is compared, whichever matches.
    for (const stored of this.tokens) {
      if (timingSafeEqual(stored.digest, presented) && found === null) found = stored.principal;
    }
    return found ?? unauthenticated('unknown client token');
  }

  /** Null when `principal` may make a call that writes (`writes`) or only reads. */
  authorize(principal: Principal, writes: boolean): AccessDenial | null {
    if (!writes || principal.role === 'read-write') return null;
    return {
      status: 403,
      code: 'PERMISSION_DENIED',
      message: `the token of "${principal.user}" is read-only; this call writes`,
    };
  }
}

export function isDenial(result: Principal | AccessDenial): result is AccessDenial {
  return 'code' in result;
}

function unauthenticated(message: string): AccessDenial {
  return { status: 401, code: 'UNAUTHENTICATED', message };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
