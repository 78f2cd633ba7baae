// One PeerEnvelope per binary WebSocket frame on /peer. Decoding never throws: a frame
// that does not decode is a typed failure, and the caller closes only that link.
import { paxoskv } from '../../proto/gen/paxos';

export type PeerEnvelope = paxoskv.peer.PeerEnvelope;
export type PeerEnvelopeProperties = paxoskv.peer.PeerEnvelope.$Properties;
export type HelloProperties = paxoskv.peer.Hello.$Properties;
export type EnvelopeBody = NonNullable<PeerEnvelope['body']>;

export type DecodeResult =
  | { readonly ok: true; readonly envelope: PeerEnvelope }
  | { readonly ok: false; readonly reason: string };

export function encodeEnvelope(envelope: PeerEnvelopeProperties): Uint8Array {
  return paxoskv.peer.PeerEnvelope.encode(envelope).finish();
}

export function decodeEnvelope(frame: Uint8Array): DecodeResult {
  try {
    return { ok: true, envelope: paxoskv.peer.PeerEnvelope.decode(frame) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `undecodable PeerEnvelope (${frame.length} bytes): ${detail}` };
  }
}

export function encodeHello(from: number, incarnation: string, hello: HelloProperties): Uint8Array {
  return encodeEnvelope({ from, fromIncarnation: incarnation, hello });
}

/** ws hands binary messages over as a Buffer, an ArrayBuffer or fragments. */
export function frameBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
