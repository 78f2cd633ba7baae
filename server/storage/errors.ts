// Typed storage errors with stable codes. Callers branch on `code`, never on message text.
//
// Operating errors (disk full, EIO, a corrupt file, a foreign data directory) are
// expected and surface as StorageError. Programmer errors (a broken invariant) are not
// StorageErrors: they throw InvariantError from ./invariant and should crash the process.

export type StorageErrorCode =
  | 'WAL_CORRUPT' // a record before the log's tail is damaged, or records are missing
  | 'WAL_CLOSED' // append/flush after close()
  | 'WAL_BACKLOG_FULL' // too many unflushed bytes buffered (caller forgot to flush)
  | 'RECORD_TOO_LARGE' // a payload above recordBytesMax
  | 'SNAPSHOT_CORRUPT' // a snapshot file or received stream fails its checks
  | 'SNAPSHOT_NOT_FOUND'
  | 'SNAPSHOT_TRANSFER' // a chunked receive used out of order or with wrong sizes
  | 'DISK_FULL' // ENOSPC / EDQUOT on write or sync
  | 'DISK_IO' // EIO or any other failure of write / sync / rename / unlink
  | 'FOREIGN_DATA_DIR' // the data directory belongs to another cluster or member
  | 'DATA_DIR_UNWRITABLE'
  | 'DATA_DIR_LOCKED' // another live process holds the data directory
  | 'DATA_DIR_CORRUPT'; // identity.json or the lock file is unreadable

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** A file failed its format or checksum checks at a known place. */
export class StorageCorruptionError extends StorageError {
  readonly file: string;
  readonly offset: number;

  constructor(code: 'WAL_CORRUPT' | 'SNAPSHOT_CORRUPT', file: string, offset: number, detail: string) {
    super(code, `${file} at byte offset ${offset}: ${detail}`);
    this.name = 'StorageCorruptionError';
    this.file = file;
    this.offset = offset;
  }
}

/** The errno-style code of a Node fs error, or undefined for anything else. */
export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Maps an fs failure to DISK_FULL or DISK_IO. `action` says what we were doing
 * ("fdatasync wal-0000000000000001.log"), so the message is useful on its own.
 */
export function diskError(err: unknown, action: string): StorageError {
  if (err instanceof StorageError) return err;
  const errno = errnoCode(err) ?? 'unknown error';
  const detail = err instanceof Error ? err.message : String(err);
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return new StorageError('DISK_FULL', `disk full during ${action}: ${detail}`, { cause: err });
  }
  return new StorageError('DISK_IO', `I/O error during ${action} (${errno}): ${detail}`, { cause: err });
}
