// Peer authentication: a mutual challenge-response on the shared cluster secret, run
// before any Paxos message on a link counts. Pure state machines (no sockets) so every
// rejection is unit-testable; the transport feeds them decoded envelopes.
//
//   acceptor → dialer   Hello{cluster_id, name, incarnation, nonce = Na}
//   dialer → acceptor   Hello{cluster_id, name, incarnation, nonce = Nd, proof = P(dialer)}
//   acceptor → dialer   Hello{cluster_id, name, incarnation, proof = P(acceptor)}
//
// P = HMAC-SHA256(secret, each field length-prefixed:
//       "paxoskv-peer-v1", role, cluster id, prover name, prover incarnation,
//       verifier name, the verifier's nonce (the challenge), the prover's own nonce)
// The role and both names keep a proof made for one direction or one peer from being
// replayed in another; fresh nonces on both sides keep it from being replayed later.
// The acceptor proves itself only after the dialer did, so it never answers a
// challenge for someone who has not shown the secret. Proofs are compared with
// crypto.timingSafeEqual. Without a secret (--insecure) the same Hellos are exchanged
// with empty proofs: cluster id and names are still checked, and a node with a secret
// refuses a peer without one (and the reverse).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeHello, PeerEnvelope } from './frame-codec';

/** WebSocket subprotocol the dialer asks for on /peer. */
export const PEER_SUBPROTOCOL = 'paxoskv-peer.v1';
export const PROOF_LABEL = 'paxoskv-peer-v1';
export const NONCE_BYTES = 32;
export const PROOF_BYTES = 32;

export type ProofRole = 'dialer' | 'acceptor';

export interface ProofInput {
  readonly role: ProofRole;
  readonly clusterId: string;
  readonly proverName: string;
  readonly proverIncarnation: string;
  readonly verifierName: string;
  readonly challengeNonce: Uint8Array;
  readonly proverNonce: Uint8Array;
}

export function computeProof(secret: Uint8Array, input: ProofInput): Buffer {
  const hmac = createHmac('sha256', secret);
  const fields: (string | Uint8Array)[] = [
    PROOF_LABEL,
    input.role,
    input.clusterId,
    input.proverName,
    input.proverIncarnation,
    input.verifierName,
    input.challengeNonce,
    input.proverNonce,
  ];
  for (const field of fields) {
    const bytes = typeof field === 'string' ? Buffer.from(field, 'utf8') : field;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hmac.update(length);
    hmac.update(bytes);
  }
  return hmac.digest();
}

/** Constant-time check of a received proof against the expected one. */
export function proofMatches(secret: Uint8Array, input: ProofInput, proof: Uint8Array): boolean {
  const expected = computeProof(secret, input);
  return proof.length === expected.length && timingSafeEqual(expected, proof);
}

export interface HandshakeIdentity {
  readonly selfIndex: number;
  /** Member names in hostfile order (index = node index). */
  readonly memberNames: readonly string[];
  readonly incarnation: string;
  readonly clusterId: string;
  /** null: --insecure, Hellos carry no proof. */
  readonly secret: Uint8Array | null;
}

export type HandshakeStep =
  /** Send `frame` and wait for the next Hello. */
  | { readonly kind: 'reply'; readonly frame: Uint8Array }
  /** The peer is who it says; send `frame` first if there is one. */
  | {
      readonly kind: 'authenticated';
      readonly peerIndex: number;
      readonly peerIncarnation: string;
      readonly frame: Uint8Array | null;
    }
  | { readonly kind: 'rejected'; readonly reason: string };

type Hello = NonNullable<PeerEnvelope['hello']>;

function rejected(reason: string): HandshakeStep {
  return { kind: 'rejected', reason };
}

function emptyProof(): Uint8Array {
  return new Uint8Array(0);
}

/** The Hello of an envelope, or why the envelope is not an acceptable Hello. */
function helloOf(envelope: PeerEnvelope, clusterId: string): Hello | string {
  const hello = envelope.hello;
  if (envelope.body !== 'hello' || hello == null) {
    return `frame before authentication (${envelope.body ?? 'no body'})`;
  }
  if ((hello.clusterId ?? '') !== clusterId) {
    return `cluster id mismatch: peer has "${hello.clusterId ?? ''}", this node has "${clusterId}"`;
  }
  return hello;
}

/** Checks the proof field: present and right with a secret, absent without one. */
function checkProof(secret: Uint8Array | null, input: ProofInput, proof: Uint8Array | null | undefined): string | null {
  const received = proof ?? emptyProof();
  if (secret === null) {
    return received.length === 0 ? null : 'peer sent a proof but this node runs --insecure (no cluster secret)';
  }
  if (received.length === 0) return 'peer sent no proof (does it run --insecure?)';
  return proofMatches(secret, input, received) ? null : 'wrong proof: the cluster secret differs';
}

/** The side that accepted the connection: challenges first, proves second. */
export class AcceptorHandshake {
  private readonly identity: HandshakeIdentity;
  private readonly nonce: Uint8Array;
  private finished = false;

  constructor(identity: HandshakeIdentity, nonce: Uint8Array = randomBytes(NONCE_BYTES)) {
    this.identity = identity;
    this.nonce = nonce;
  }

  /** The first frame on a new inbound link. */
  challengeFrame(): Uint8Array {
    const { selfIndex, memberNames, incarnation, clusterId } = this.identity;
    return encodeHello(selfIndex, incarnation, {
      clusterId,
      name: memberNames[selfIndex],
      incarnation,
      nonce: this.nonce,
    });
  }

  receive(envelope: PeerEnvelope): HandshakeStep {
    if (this.finished) return rejected('handshake already finished');
    this.finished = true;
    const { selfIndex, memberNames, incarnation, clusterId, secret } = this.identity;
    const hello = helloOf(envelope, clusterId);
    if (typeof hello === 'string') return rejected(hello);

    const peerName = hello.name ?? '';
    const peerIndex = memberNames.indexOf(peerName);
    if (peerIndex < 0) return rejected(`unknown member name "${peerName}"`);
    if (peerIndex === selfIndex) return rejected(`peer claims this node's own name "${peerName}"`);
    if ((envelope.from ?? 0) !== peerIndex) {
      return rejected(`"${peerName}" sent from index ${envelope.from ?? 0}, hostfile says ${peerIndex}`);
    }
    if (peerIndex > selfIndex) {
      return rejected(`"${peerName}" (index ${peerIndex}) dialed index ${selfIndex}: only the lower index dials`);
    }
    const peerNonce = hello.nonce ?? emptyProof();
    if (peerNonce.length !== NONCE_BYTES) return rejected(`nonce of ${peerNonce.length} bytes, expected ${NONCE_BYTES}`);
    const peerIncarnation = hello.incarnation ?? '';
    const selfName = memberNames[selfIndex];

    const proofProblem = checkProof(
      secret,
      {
        role: 'dialer',
        clusterId,
        proverName: peerName,
        proverIncarnation: peerIncarnation,
        verifierName: selfName,
        challengeNonce: this.nonce,
        proverNonce: peerNonce,
      },
      hello.proof,
    );
    if (proofProblem !== null) return rejected(proofProblem);

    const proof =
      secret === null
        ? emptyProof()
        : computeProof(secret, {
            role: 'acceptor',
            clusterId,
            proverName: selfName,
            proverIncarnation: incarnation,
            verifierName: peerName,
            challengeNonce: peerNonce,
            proverNonce: this.nonce,
          });
    const frame = encodeHello(selfIndex, incarnation, { clusterId, name: selfName, incarnation, proof });
    return { kind: 'authenticated', peerIndex, peerIncarnation, frame };
  }
}

/** The side that dialed: answers the challenge with its proof, then checks the acceptor's. */
export class DialerHandshake {
  private readonly identity: HandshakeIdentity;
  private readonly peerIndex: number;
  private readonly nonce: Uint8Array;
  private state: 'challenge' | 'proof' | 'finished' = 'challenge';
  private acceptorNonce: Uint8Array = emptyProof();
  private acceptorIncarnation = '';

  constructor(identity: HandshakeIdentity, peerIndex: number, nonce: Uint8Array = randomBytes(NONCE_BYTES)) {
    this.identity = identity;
    this.peerIndex = peerIndex;
    this.nonce = nonce;
  }

  receive(envelope: PeerEnvelope): HandshakeStep {
    if (this.state === 'challenge') return this.receiveChallenge(envelope);
    if (this.state === 'proof') return this.receiveProof(envelope);
    return rejected('handshake already finished');
  }

  private checkSender(envelope: PeerEnvelope): Hello | string {
    const hello = helloOf(envelope, this.identity.clusterId);
    if (typeof hello === 'string') return hello;
    const expectedName = this.identity.memberNames[this.peerIndex];
    if ((hello.name ?? '') !== expectedName) {
      return `dialed "${expectedName}" but "${hello.name ?? ''}" answered`;
    }
    if ((envelope.from ?? 0) !== this.peerIndex) {
      return `"${expectedName}" sent from index ${envelope.from ?? 0}, hostfile says ${this.peerIndex}`;
    }
    return hello;
  }

  private receiveChallenge(envelope: PeerEnvelope): HandshakeStep {
    this.state = 'finished';
    const hello = this.checkSender(envelope);
    if (typeof hello === 'string') return rejected(hello);
    const acceptorNonce = hello.nonce ?? emptyProof();
    if (acceptorNonce.length !== NONCE_BYTES) {
      return rejected(`challenge nonce of ${acceptorNonce.length} bytes, expected ${NONCE_BYTES}`);
    }
    if ((hello.proof ?? emptyProof()).length !== 0) return rejected('unexpected proof in the challenge');
    this.acceptorNonce = acceptorNonce;
    this.acceptorIncarnation = hello.incarnation ?? '';

    const { selfIndex, memberNames, incarnation, clusterId, secret } = this.identity;
    const proof =
      secret === null
        ? emptyProof()
        : computeProof(secret, {
            role: 'dialer',
            clusterId,
            proverName: memberNames[selfIndex],
            proverIncarnation: incarnation,
            verifierName: memberNames[this.peerIndex],
            challengeNonce: acceptorNonce,
            proverNonce: this.nonce,
          });
    this.state = 'proof';
    const frame = encodeHello(selfIndex, incarnation, {
      clusterId,
      name: memberNames[selfIndex],
      incarnation,
      nonce: this.nonce,
      proof,
    });
    return { kind: 'reply', frame };
  }

  private receiveProof(envelope: PeerEnvelope): HandshakeStep {
    this.state = 'finished';
    const hello = this.checkSender(envelope);
    if (typeof hello === 'string') return rejected(hello);
    if ((hello.incarnation ?? '') !== this.acceptorIncarnation) {
      return rejected('incarnation changed between challenge and proof');
    }
    const { selfIndex, memberNames, clusterId, secret } = this.identity;
    const proofProblem = checkProof(
      secret,
      {
        role: 'acceptor',
        clusterId,
        proverName: memberNames[this.peerIndex],
        proverIncarnation: this.acceptorIncarnation,
        verifierName: memberNames[selfIndex],
        challengeNonce: this.nonce,
        proverNonce: this.acceptorNonce,
      },
      hello.proof,
    );
    if (proofProblem !== null) return rejected(proofProblem);
    return { kind: 'authenticated', peerIndex: this.peerIndex, peerIncarnation: this.acceptorIncarnation, frame: null };
  }
}
