// Storage never prints: it reports through an injected logger (see server/logger.ts).
import type { Logger } from '../logger';

export type StorageLogger = Pick<Logger, 'info' | 'warn' | 'error'>;
export { silentLogger } from '../logger';
