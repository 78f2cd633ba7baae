// The logging seam: storage never prints, it reports through an injected logger whose
// (object, message) signature matches pino, so the composition root can pass one.

export interface StorageLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: StorageLogger = {
  warn: () => undefined,
  info: () => undefined,
  error: () => undefined,
};
