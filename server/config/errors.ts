// Configuration errors: one class, stable codes. The entry point prints `message` and
// exits non-zero; library code never exits or prints.

export type ConfigErrorCode =
  | 'HOSTFILE_EMPTY'
  | 'HOSTFILE_MALFORMED_LINE'
  | 'HOSTFILE_BAD_PORT'
  | 'HOSTFILE_DUPLICATE_NAME'
  | 'HOSTFILE_DUPLICATE_ADDRESS'
  | 'HOSTFILE_UNREADABLE'
  | 'UNKNOWN_NAME'
  | 'MISSING_OPTION'
  | 'BAD_OPTION'
  | 'CONFLICTING_OPTIONS'
  | 'NO_CLUSTER_SECRET'
  | 'BAD_CLUSTER_SECRET'
  | 'BAD_TLS'
  | 'BAD_CLIENT_TOKENS'
  | 'HELP_REQUESTED';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code: ConfigErrorCode;
  /** 1-based line (of the hostfile or the client tokens file) the error is about, when there is one. */
  readonly line: number | undefined;

  constructor(code: ConfigErrorCode, message: string, line?: number) {
    super(message);
    this.code = code;
    this.line = line;
  }
}
