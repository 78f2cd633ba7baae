// The one place generated protobuf code is loaded. 64-bit fields (slots, sequence
// numbers, ids) decode as plain numbers, not Long objects: every value we store stays
// below 2^53 and arithmetic on them stays simple and fast.
import * as protobuf from 'protobufjs/minimal';
import { paxoskv as peer } from '../../proto/gen/paxos';
import { paxoskv as client } from '../../proto/gen/client';

(protobuf.util as { Long: unknown }).Long = undefined;
protobuf.configure();

export const PeerProto = peer.peer;
export const ClientProto = client.client;
export type { paxoskv as PeerTypes } from '../../proto/gen/paxos';
export type { paxoskv as ClientTypes } from '../../proto/gen/client';
