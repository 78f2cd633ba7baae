// The one place generated protobuf code is loaded. 64-bit fields (slots, sequence
// numbers, ids) decode as plain numbers, not Long objects: every value we store stays
// below 2^53 and arithmetic on them stays simple and fast.
import * as protobuf from 'protobufjs/minimal';
import { paxoskv as peer } from '../../proto/gen/paxos';
import { paxoskv as client } from '../../proto/gen/client';

(protobuf.util as { Long: unknown }).Long = undefined;
protobuf.configure();

// The generated modules computed their 64-bit field defaults (prototype values, seen for
// every field absent from a decoded message) while Long was still loaded, as Long
// objects: turn them into plain numbers too.
function numberDefaults(namespace: object): void {
  for (const value of Object.values(namespace)) {
    if (typeof value !== 'function') {
      if (value !== null && typeof value === 'object') numberDefaults(value as object);
      continue;
    }
    const prototype = (value as { prototype?: Record<string, unknown> }).prototype;
    if (prototype === undefined) continue;
    for (const key of Object.keys(prototype)) {
      const field = prototype[key] as { low?: unknown; high?: unknown; toNumber?: () => number } | null;
      if (field !== null && typeof field === 'object' && typeof field.low === 'number' && typeof field.high === 'number') {
        prototype[key] = typeof field.toNumber === 'function' ? field.toNumber() : 0;
      }
    }
    numberDefaults(value as object);
  }
}
numberDefaults(peer);
numberDefaults(client);

export const PeerProto = peer.peer;
export const ClientProto = client.client;
export type { paxoskv as PeerTypes } from '../../proto/gen/paxos';
export type { paxoskv as ClientTypes } from '../../proto/gen/client';
