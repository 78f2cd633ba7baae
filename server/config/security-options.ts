// The optional security settings of a node beyond the peer secret: TLS for its one port
// (--tls-cert, --tls-key, --tls-ca) and client access tokens (--client-tokens-file,
// PAXOSKV_CLIENT_TOKEN). Files are read through the injected reader; every problem is a
// ConfigError that names the setting and the file.
import { createSecureContext } from 'node:tls';
import { CLIENT_TOKEN_MIN_CHARS, parseClientTokens, type ClientToken } from './client-tokens';
import { ConfigError } from './errors';

/** A value and where it came from ("--tls-cert" or "PAXOSKV_TLS_CERT"). */
export interface Setting {
  readonly value: string;
  readonly source: string;
}

export interface TlsOptions {
  readonly certPath: string;
  readonly keyPath: string;
  /** PEM certificate chain and private key the node's port presents. */
  readonly cert: string;
  readonly key: string;
  /** PEM CA the node checks its peers' certificates against; null: the system's roots. */
  readonly ca: string | null;
  readonly caPath: string | null;
}

type ReadFile = (filePath: string) => string;

/** Both certificate and key, or neither; a CA alone has nothing to verify for. */
export function resolveTls(
  cert: Setting | undefined,
  key: Setting | undefined,
  ca: Setting | undefined,
  readFile: ReadFile,
): TlsOptions | null {
  if (cert === undefined && key === undefined) {
    if (ca !== undefined) throw new ConfigError('BAD_TLS', `${ca.source} needs --tls-cert and --tls-key (TLS is off without them)`);
    return null;
  }
  if (cert === undefined || key === undefined) {
    const given = (cert ?? key)!.source;
    throw new ConfigError('BAD_TLS', `${given} given alone: TLS needs both a certificate (--tls-cert) and its key (--tls-key)`);
  }
  const certPem = readPem(cert, readFile, 'CERTIFICATE');
  const keyPem = readPem(key, readFile, 'PRIVATE KEY');
  const caPem = ca === undefined ? null : readPem(ca, readFile, 'CERTIFICATE');
  try {
    // Catches a key that does not belong to the certificate, or PEM that does not parse, at startup.
    createSecureContext({ cert: certPem, key: keyPem, ...(caPem !== null ? { ca: caPem } : {}) });
  } catch (error) {
    throw new ConfigError('BAD_TLS', `TLS certificate ${cert.value}, key ${key.value}${ca ? `, CA ${ca.value}` : ''}: ${describe(error)}`);
  }
  return { certPath: cert.value, keyPath: key.value, cert: certPem, key: keyPem, ca: caPem, caPath: ca?.value ?? null };
}

/**
 * The client tokens, or null when clients need none (behaviour as without this feature).
 * The caller has applied "flags win over env" already; a file and a single token together conflict.
 */
export function resolveClientTokens(
  file: Setting | undefined,
  singleToken: Setting | undefined,
  readFile: ReadFile,
): ClientToken[] | null {
  if (file !== undefined && singleToken !== undefined) {
    throw new ConfigError('CONFLICTING_OPTIONS', `set only one of ${file.source} and ${singleToken.source}`);
  }
  if (file !== undefined) {
    let text: string;
    try {
      text = readFile(file.value);
    } catch (error) {
      throw new ConfigError('BAD_CLIENT_TOKENS', `${file.source}: cannot read ${file.value}: ${describe(error)}`);
    }
    return parseClientTokens(text, file.value);
  }
  if (singleToken !== undefined) {
    const token = singleToken.value.trim();
    if (token.length < CLIENT_TOKEN_MIN_CHARS || /\s/.test(token)) {
      throw new ConfigError('BAD_CLIENT_TOKENS', `${singleToken.source}: the token must be at least ${CLIENT_TOKEN_MIN_CHARS} characters without spaces`);
    }
    return parseClientTokens(`${token} read-write ${singleToken.source}\n`, singleToken.source);
  }
  return null;
}

function readPem(setting: Setting, readFile: ReadFile, label: string): string {
  let text: string;
  try {
    text = readFile(setting.value);
  } catch (error) {
    throw new ConfigError('BAD_TLS', `${setting.source}: cannot read ${setting.value}: ${describe(error)}`);
  }
  if (!new RegExp(`-----BEGIN [A-Z ]*${label}-----`).test(text)) {
    throw new ConfigError('BAD_TLS', `${setting.source}: ${setting.value} holds no PEM ${label.toLowerCase()}`);
  }
  return text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
