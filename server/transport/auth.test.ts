import { AcceptorHandshake, computeProof, DialerHandshake, HandshakeIdentity, HandshakeStep, NONCE_BYTES, proofMatches, ProofInput } from './auth';
import { decodeEnvelope, encodeEnvelope, encodeHello, PeerEnvelope } from './frame-codec';

const NAMES = ['n0', 'n1', 'n2'];
const SECRET = Buffer.from('the shared cluster secret');

function identity(selfIndex: number, overrides: Partial<HandshakeIdentity> = {}): HandshakeIdentity {
  return { selfIndex, memberNames: NAMES, incarnation: `inc-${selfIndex}`, clusterId: 'cluster-a', secret: SECRET, ...overrides };
}

function decoded(frame: Uint8Array): PeerEnvelope {
  const result = decodeEnvelope(frame);
  if (!result.ok) throw new Error(result.reason);
  return result.envelope;
}

function frameOf(step: HandshakeStep): Uint8Array {
  if (step.kind === 'rejected') throw new Error(`unexpected rejection: ${step.reason}`);
  if (step.frame === null) throw new Error('step without a frame');
  return step.frame;
}

function reasonOf(step: HandshakeStep): string {
  if (step.kind !== 'rejected') throw new Error(`expected a rejection, got ${step.kind}`);
  return step.reason;
}

/** Runs the three Hellos between a dialer and an acceptor; returns every step. */
function handshake(dialerIdentity: HandshakeIdentity, acceptorIdentity: HandshakeIdentity) {
  const acceptor = new AcceptorHandshake(acceptorIdentity);
  const dialer = new DialerHandshake(dialerIdentity, acceptorIdentity.selfIndex);
  const reply = dialer.receive(decoded(acceptor.challengeFrame()));
  if (reply.kind === 'rejected') return { reply, accepted: null, confirmed: null };
  const accepted = acceptor.receive(decoded(frameOf(reply)));
  if (accepted.kind === 'rejected') return { reply, accepted, confirmed: null };
  const confirmed = dialer.receive(decoded(frameOf(accepted)));
  return { reply, accepted, confirmed };
}

describe('proofs', () => {
  const input: ProofInput = {
    role: 'dialer',
    clusterId: 'c',
    proverName: 'n0',
    proverIncarnation: 'i0',
    verifierName: 'n1',
    challengeNonce: Buffer.alloc(NONCE_BYTES, 1),
    proverNonce: Buffer.alloc(NONCE_BYTES, 2),
  };

  test('HMAC-SHA256 over every field; any change breaks it', () => {
    const proof = computeProof(SECRET, input);
    expect(proof).toHaveLength(32);
    expect(proofMatches(SECRET, input, proof)).toBe(true);
    expect(proofMatches(Buffer.from('other secret'), input, proof)).toBe(false);
    for (const changed of [
      { ...input, role: 'acceptor' as const },
      { ...input, clusterId: 'd' },
      { ...input, proverName: 'n2' },
      { ...input, proverIncarnation: 'i9' },
      { ...input, verifierName: 'n2' },
      { ...input, challengeNonce: Buffer.alloc(NONCE_BYTES, 3) },
      { ...input, proverNonce: Buffer.alloc(NONCE_BYTES, 3) },
    ]) {
      expect(proofMatches(SECRET, changed, proof)).toBe(false);
    }
    expect(proofMatches(SECRET, input, proof.subarray(0, 31))).toBe(false);
  });

  test('fields are length-prefixed: moving a boundary changes the proof', () => {
    const a = computeProof(SECRET, { ...input, proverName: 'n0x', verifierName: 'n1' });
    const b = computeProof(SECRET, { ...input, proverName: 'n0', verifierName: 'xn1' });
    expect(a.equals(b)).toBe(false);
  });
});

describe('handshake', () => {
  test('mutual authentication with a shared secret', () => {
    const { reply, accepted, confirmed } = handshake(identity(0), identity(2));
    expect(reply.kind).toBe('reply');
    expect(accepted).toMatchObject({ kind: 'authenticated', peerIndex: 0, peerIncarnation: 'inc-0' });
    expect(confirmed).toEqual({ kind: 'authenticated', peerIndex: 2, peerIncarnation: 'inc-2', frame: null });
  });

  test('--insecure on both sides: Hellos without proofs still authenticate', () => {
    const { accepted, confirmed } = handshake(identity(0, { secret: null }), identity(1, { secret: null }));
    expect(accepted?.kind).toBe('authenticated');
    expect(confirmed?.kind).toBe('authenticated');
  });

  test('a wrong secret is rejected by the acceptor, before it proves anything', () => {
    const { accepted } = handshake(identity(0, { secret: Buffer.from('wrong') }), identity(2));
    expect(reasonOf(accepted as HandshakeStep)).toMatch(/wrong proof/);
  });

  test('secret on one side only is rejected either way', () => {
    expect(reasonOf(handshake(identity(0, { secret: null }), identity(1)).accepted as HandshakeStep)).toMatch(/no proof/);
    expect(reasonOf(handshake(identity(0), identity(1, { secret: null })).accepted as HandshakeStep)).toMatch(/--insecure/);
  });

  test('cluster id mismatch is caught at the challenge, also in --insecure mode', () => {
    const { reply } = handshake(identity(0, { clusterId: 'cluster-b' }), identity(1));
    expect(reasonOf(reply)).toMatch(/cluster id mismatch/);
    const insecure = handshake(identity(0, { clusterId: 'b', secret: null }), identity(1, { secret: null }));
    expect(reasonOf(insecure.reply)).toMatch(/cluster id mismatch/);
  });

  test('the acceptor refuses unknown names, its own name, and a higher index dialing', () => {
    const acceptorIdentity = identity(1);
    const cases: [HandshakeIdentity, RegExp][] = [
      [identity(0, { memberNames: ['stranger', 'n1', 'n2'] }), /unknown member name "stranger"/],
      [identity(1), /own name/],
      [identity(2), /only the lower index dials/],
    ];
    for (const [dialerIdentity, reason] of cases) {
      const acceptor = new AcceptorHandshake(acceptorIdentity);
      const dialer = new DialerHandshake(dialerIdentity, 1);
      const reply = dialer.receive(decoded(acceptor.challengeFrame()));
      expect(reasonOf(acceptor.receive(decoded(frameOf(reply))))).toMatch(reason);
    }
  });

  test('the acceptor refuses a frame before authentication and a Hello whose from is not the name', () => {
    const acceptor = new AcceptorHandshake(identity(2));
    const heartbeat = encodeEnvelope({ from: 0, heartbeat: { commitUpTo: 1 } });
    expect(reasonOf(acceptor.receive(decoded(heartbeat)))).toMatch(/frame before authentication \(heartbeat\)/);

    const other = new AcceptorHandshake(identity(2));
    const lying = encodeHello(1, 'x', { clusterId: 'cluster-a', name: 'n0', nonce: Buffer.alloc(NONCE_BYTES) });
    expect(reasonOf(other.receive(decoded(lying)))).toMatch(/sent from index 1, hostfile says 0/);

    const third = new AcceptorHandshake(identity(2));
    const shortNonce = encodeHello(0, 'x', { clusterId: 'cluster-a', name: 'n0', nonce: Buffer.alloc(3) });
    expect(reasonOf(third.receive(decoded(shortNonce)))).toMatch(/nonce of 3 bytes/);
  });

  test('the dialer refuses the wrong peer answering, and a forged acceptor proof', () => {
    const dialer = new DialerHandshake(identity(0), 1);
    const impostor = new AcceptorHandshake(identity(2));
    expect(reasonOf(dialer.receive(decoded(impostor.challengeFrame())))).toMatch(/dialed "n1" but "n2" answered/);

    const acceptor = new AcceptorHandshake(identity(1));
    const dialer2 = new DialerHandshake(identity(0), 1);
    dialer2.receive(decoded(acceptor.challengeFrame()));
    const forged = encodeHello(1, 'inc-1', { clusterId: 'cluster-a', name: 'n1', incarnation: 'inc-1', proof: Buffer.alloc(32, 7) });
    expect(reasonOf(dialer2.receive(decoded(forged)))).toMatch(/wrong proof/);
  });

  test('the dialer refuses data instead of the challenge or the proof', () => {
    const data = decoded(encodeEnvelope({ from: 1, heartbeat: {} }));
    expect(reasonOf(new DialerHandshake(identity(0), 1).receive(data))).toMatch(/frame before authentication/);

    const acceptor = new AcceptorHandshake(identity(1));
    const dialer = new DialerHandshake(identity(0), 1);
    dialer.receive(decoded(acceptor.challengeFrame()));
    expect(reasonOf(dialer.receive(data))).toMatch(/frame before authentication/);
  });

  test('a handshake finishes once: further Hellos are refused', () => {
    const acceptor = new AcceptorHandshake(identity(2));
    const dialer = new DialerHandshake(identity(0), 2);
    const reply = frameOf(dialer.receive(decoded(acceptor.challengeFrame())));
    expect(acceptor.receive(decoded(reply)).kind).toBe('authenticated');
    expect(reasonOf(acceptor.receive(decoded(reply)))).toMatch(/already finished/);
  });

  test('a dialer proof replayed to another acceptor is refused', () => {
    const acceptor1 = new AcceptorHandshake(identity(1));
    const acceptor2 = new AcceptorHandshake(identity(2));
    // The dialer answers acceptor 1; an eavesdropper replays that answer to acceptor 2.
    const reply = frameOf(new DialerHandshake(identity(0), 1).receive(decoded(acceptor1.challengeFrame())));
    acceptor2.challengeFrame();
    expect(reasonOf(acceptor2.receive(decoded(reply)))).toMatch(/wrong proof/);
  });
});
