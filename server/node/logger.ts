// The node's logging seam (see server/logger.ts).
export { silentLogger, type Logger as NodeLogger } from '../logger';
