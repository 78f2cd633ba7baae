// A stranger on /peer that does not know the cluster secret: it opens the WebSocket like
// a member would, then sends forged Paxos frames (a Prepare with a huge ballot, an
// Accept that would set a key) where the handshake expects a Hello, or a Hello whose
// HMAC proof was made with a guessed secret.
import WebSocket from 'ws';
import { DialerHandshake, PEER_SUBPROTOCOL } from '../../server/transport/auth';
import { decodeEnvelope, encodeHello, type PeerEnvelope } from '../../server/transport/frame-codec';
import { encodeEnvelope } from '../../server/wire/peer-codec';
import { ClientProto } from '../../server/wire/protobuf';

/** Far above any round a real election reaches in a test: a node showing it would have obeyed a forgery. */
export const FORGED_ROUND = 2 ** 31;
const PROBE_TIMEOUT_MS = 15_000;

export interface PeerProbe {
  readonly ws: WebSocket;
  /** The node's first frame: its challenge Hello. */
  readonly challenge: Promise<PeerEnvelope>;
  /** How the node closed the link (code -1: it did not within PROBE_TIMEOUT_MS). */
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
}

export function openPeerProbe(port: number, protocol: string | null = PEER_SUBPROTOCOL): PeerProbe {
  const ws = protocol === null ? new WebSocket(`ws://127.0.0.1:${port}/peer`) : new WebSocket(`ws://127.0.0.1:${port}/peer`, protocol);
  ws.on('error', () => undefined);
  const challenge = new Promise<PeerEnvelope>((resolve) => ws.once('message', (data) => {
    const decoded = decodeEnvelope(data as Buffer);
    if (decoded.ok) resolve(decoded.envelope);
  }));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    const timer = setTimeout(() => {
      ws.terminate();
      resolve({ code: -1, reason: `not closed within ${PROBE_TIMEOUT_MS} ms` });
    }, PROBE_TIMEOUT_MS);
    ws.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString('utf8') });
    });
  });
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  return { ws, challenge, closed, opened };
}

function forgedBallot(claimedFrom: number): { round: number; node: number; incarnation: string } {
  return { round: FORGED_ROUND, node: claimedFrom, incarnation: 'forged' };
}

/** Phase 1a for every slot from 1, with a ballot no real leader holds. */
export function forgedPrepare(claimedFrom: number, to: number): Uint8Array {
  return encodeEnvelope({
    from: claimedFrom, fromIncarnation: 'forged', to,
    message: { type: 'prepare', ballot: forgedBallot(claimedFrom), fromSlot: 1, pageFrom: 0 },
  });
}

/** Phase 2a for `slot`, carrying a command that would set `key` = `value`, chosen up to `slot`. */
export function forgedAccept(claimedFrom: number, to: number, slot: number, key: string, value: string): Uint8Array {
  const command = ClientProto.KvCommand.encode({ set: { key, value: Buffer.from(value, 'utf8') } }).finish();
  return encodeEnvelope({
    from: claimedFrom, fromIncarnation: 'forged', to,
    message: { type: 'accept', ballot: forgedBallot(claimedFrom), slot, value: { kind: 'commands', commands: [command] }, commitUpTo: slot },
  });
}

/** The dialer's answer to `challenge`, proved with `guessedSecret` instead of the cluster's. */
export function wrongSecretHello(challenge: PeerEnvelope, memberNames: readonly string[], claimedFrom: number, to: number,
  guessedSecret: string): Uint8Array {
  const impostor = new DialerHandshake(
    { selfIndex: claimedFrom, memberNames, incarnation: 'forged', clusterId: challenge.hello?.clusterId ?? '', secret: Buffer.from(guessedSecret) },
    to,
  );
  const step = impostor.receive(challenge);
  if (step.kind !== 'reply') throw new Error(`the challenge was not answerable: ${step.kind}`);
  return step.frame;
}

/** A Hello with the right cluster id and a fresh nonce but no proof at all (what an --insecure node sends). */
export function prooflessHello(challenge: PeerEnvelope, memberNames: readonly string[], claimedFrom: number): Uint8Array {
  return encodeHello(claimedFrom, 'forged', {
    clusterId: challenge.hello?.clusterId ?? '', name: memberNames[claimedFrom], incarnation: 'forged', nonce: Buffer.alloc(32, 7),
  });
}
