// The one logging seam: library code never prints, it reports through an injected logger
// with pino's (object, message) signature; server/main.ts passes a pino logger and tests
// pass silentLogger. Each layer asks only for the levels it uses.
export interface Logger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  fatal: () => undefined,
};
