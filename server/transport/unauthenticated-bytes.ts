// A budget on what an inbound /peer socket may send before it has authenticated. The
// frame limit (maxPayloadBytes, 64 MiB) is sized for catch-up batches between members;
// a stranger that has not shown the secret needs only a Hello of a few hundred bytes,
// and must not make the node buffer 64 MiB per pending link. The count runs on the raw
// socket, so it sees bytes as they arrive, before ws has assembled a frame.
import type { Duplex } from 'node:stream';

/** A Hello is a few hundred bytes; this leaves ample room and still bounds memory. */
export const DEFAULT_UNAUTHENTICATED_BYTES_MAX = 64 * 1024;

/**
 * Counts bytes read from `socket`; once more than `maxBytes` have arrived, stops counting
 * and calls `onExceeded` once. Returns a function that stops counting (call it when the
 * link authenticates, or goes away).
 */
export function watchUnauthenticatedBytes(socket: Duplex, maxBytes: number, onExceeded: (bytes: number) => void): () => void {
  let bytes = 0;
  const onData = (chunk: Buffer): void => {
    bytes += chunk.length;
    if (bytes <= maxBytes) return;
    socket.off('data', onData);
    onExceeded(bytes);
  };
  socket.prependListener('data', onData);
  return () => socket.off('data', onData);
}
