import { ClientProto } from '../wire/protobuf';
import type { NodeMessage } from '../wire/peer-codec';
import { Forwarder, MAX_PENDING_FORWARDS, type ClientRequestProps, type ClientResponseProps, type ForwarderHost } from './forwarder';
import { silentLogger } from './logger';

const LEADER = 1;
const FOLLOWER = 2;

/** Lets promise callbacks run (a forwarded request's answer is sent from one). */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class FakeHost implements ForwarderHost {
  readonly sent: { to: number; message: NodeMessage }[] = [];
  reachable = true;
  answer: (request: ClientRequestProps) => Promise<ClientResponseProps> = (request) => Promise.resolve({ id: request.id, write: {} });

  send(to: number, message: NodeMessage): boolean {
    if (!this.reachable) return false;
    this.sent.push({ to, message });
    return true;
  }

  handle(request: ClientRequestProps): Promise<ClientResponseProps> {
    return this.answer(request);
  }

  lastForwardId(): number {
    const last = this.sent[this.sent.length - 1]?.message;
    if (last?.type !== 'forward') throw new Error('nothing forwarded');
    return last.forwardId;
  }
}

function request(id: number): ClientRequestProps {
  return { id, write: { set: { key: `k${id}`, value: Buffer.from('v') } } };
}

function encodedRequest(id: number): Uint8Array {
  return ClientProto.ClientRequest.encode(request(id)).finish();
}

function repliesSent(host: FakeHost): Map<number, ClientResponseProps> {
  const replies = new Map<number, ClientResponseProps>();
  for (const { message } of host.sent) {
    if (message.type === 'forwardReply') replies.set(message.forwardId, ClientProto.ClientResponse.decode(message.response));
  }
  return replies;
}

describe('Forwarder', () => {
  it('sends the request encoded to the leader and resolves with the leader\'s decoded answer', async () => {
    const host = new FakeHost();
    const forwarder = new Forwarder(host, silentLogger);
    const outcome = forwarder.forward(LEADER, request(7), 1000);
    const [sent] = host.sent;
    expect(sent!.to).toBe(LEADER);
    if (sent!.message.type !== 'forward') throw new Error(`sent ${sent!.message.type}`);
    expect(ClientProto.ClientRequest.decode(sent!.message.request)).toMatchObject({ id: 7, write: { set: { key: 'k7' } } });
    forwarder.onMessage(LEADER, { type: 'forwardReply', forwardId: sent!.message.forwardId, response: ClientProto.ClientResponse.encode({ id: 7, leaderHint: 'container1' }).finish() });
    expect(await outcome).toMatchObject({ kind: 'response', response: { id: 7, leaderHint: 'container1' } });
    expect(forwarder.size).toBe(0);
  });

  it('calls a forward that could not leave unreachable, and one whose link dropped or that timed out lost', async () => {
    const host = new FakeHost();
    const forwarder = new Forwarder(host, silentLogger);
    host.reachable = false;
    expect(await forwarder.forward(LEADER, request(1), 1000)).toEqual({ kind: 'unreachable' });
    expect(await forwarder.forward(LEADER, request(1), 0)).toEqual({ kind: 'unreachable' });

    host.reachable = true;
    const toLeader = forwarder.forward(LEADER, request(2), 1000);
    const toOther = forwarder.forward(FOLLOWER, request(3), 1000);
    forwarder.peerDown(LEADER);
    expect(await toLeader).toEqual({ kind: 'lost' });
    expect(forwarder.size).toBe(1); // the forward to the other peer still waits
    forwarder.close();
    expect(await toOther).toEqual({ kind: 'lost' });

    expect(await forwarder.forward(LEADER, request(4), 5)).toEqual({ kind: 'lost' });
    expect(forwarder.size).toBe(0);
  });

  it('ignores a reply from a peer it did not forward to, and calls an undecodable reply lost', async () => {
    const host = new FakeHost();
    const forwarder = new Forwarder(host, silentLogger);
    const outcome = forwarder.forward(LEADER, request(1), 1000);
    const forwardId = host.lastForwardId();
    forwarder.onMessage(FOLLOWER, { type: 'forwardReply', forwardId, response: ClientProto.ClientResponse.encode({ id: 1 }).finish() });
    expect(forwarder.size).toBe(1);
    forwarder.onMessage(LEADER, { type: 'forwardReply', forwardId, response: Uint8Array.of(0xff, 0xff) });
    expect(await outcome).toEqual({ kind: 'lost' });
  });

  it('answers forwarded requests with the handler\'s response, BAD_REQUEST when undecodable, UNAVAILABLE when the handler fails', async () => {
    const host = new FakeHost();
    const leader = new Forwarder(host, silentLogger);
    leader.onMessage(FOLLOWER, { type: 'forward', forwardId: 1, request: encodedRequest(11) });
    leader.onMessage(FOLLOWER, { type: 'forward', forwardId: 2, request: Uint8Array.of(0xff, 0xff, 0xff) });
    host.answer = () => Promise.reject(new Error('disk on fire'));
    leader.onMessage(FOLLOWER, { type: 'forward', forwardId: 3, request: encodedRequest(13) });
    await settled();
    expect(host.sent.every((s) => s.to === FOLLOWER)).toBe(true);
    const replies = repliesSent(host);
    expect(replies.get(1)).toMatchObject({ id: 11, write: {} });
    expect(replies.get(2)?.error?.code).toBe('BAD_REQUEST');
    expect(replies.get(3)).toMatchObject({ id: 13, error: { code: 'UNAVAILABLE', message: 'disk on fire' } });
  });

  it(`answers unreachable beyond ${MAX_PENDING_FORWARDS} forwards in flight`, async () => {
    const host = new FakeHost();
    const forwarder = new Forwarder(host, silentLogger);
    for (let i = 0; i < MAX_PENDING_FORWARDS; i++) void forwarder.forward(LEADER, request(i), 60_000);
    expect(forwarder.size).toBe(MAX_PENDING_FORWARDS);
    expect(await forwarder.forward(LEADER, request(0), 60_000)).toEqual({ kind: 'unreachable' });
    forwarder.close();
    expect(forwarder.size).toBe(0);
  });
});
