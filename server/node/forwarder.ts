// Forwarding client calls from a follower to the leader over the peer link
// (Forward / ForwardReply carry encoded ClientRequest / ClientResponse).
//
// Outcomes tell the caller whether a retry is safe: 'unreachable' means the request
// never left (no link), so it can go elsewhere; 'lost' means it left but no answer came
// (link dropped, timeout): it may or may not have taken effect.
import { ClientProto, type ClientTypes } from '../wire/protobuf';
import type { NodeMessage } from '../wire/peer-codec';
import type { NodeLogger } from './logger';

export type ClientRequestProps = ClientTypes.client.ClientRequest.$Properties;
export type ClientResponseProps = ClientTypes.client.ClientResponse.$Properties;

export type ForwardOutcome =
  | { readonly kind: 'response'; readonly response: ClientResponseProps }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'lost' };

export interface ForwarderHost {
  send(to: number, message: NodeMessage): boolean;
  /** Handle a request forwarded to us (we should be the leader). */
  handle(request: ClientRequestProps): Promise<ClientResponseProps>;
}

interface PendingForward {
  readonly to: number;
  readonly resolve: (outcome: ForwardOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

/** Bound on forwards in flight from this node. */
export const MAX_PENDING_FORWARDS = 65_536;

export class Forwarder {
  private readonly pending = new Map<number, PendingForward>();
  private nextId = 1;

  constructor(private readonly host: ForwarderHost, private readonly logger: NodeLogger) {}

  get size(): number {
    return this.pending.size;
  }

  forward(to: number, request: ClientRequestProps, timeoutMs: number): Promise<ForwardOutcome> {
    if (this.pending.size >= MAX_PENDING_FORWARDS || timeoutMs <= 0) return Promise.resolve({ kind: 'unreachable' });
    const forwardId = this.nextId++;
    const bytes = ClientProto.ClientRequest.encode(request).finish();
    if (!this.host.send(to, { type: 'forward', forwardId, request: bytes })) return Promise.resolve({ kind: 'unreachable' });
    return new Promise<ForwardOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(forwardId);
        resolve({ kind: 'lost' });
      }, timeoutMs);
      this.pending.set(forwardId, { to, resolve, timer });
    });
  }

  /** A peer's link went down: whatever we forwarded to it will get no answer. */
  peerDown(index: number): void {
    for (const [id, pending] of this.pending) {
      if (pending.to !== index) continue;
      clearTimeout(pending.timer);
      this.pending.delete(id);
      pending.resolve({ kind: 'lost' });
    }
  }

  onMessage(from: number, message: NodeMessage): void {
    if (message.type === 'forwardReply') {
      const pending = this.pending.get(message.forwardId);
      if (pending === undefined || pending.to !== from) return;
      this.pending.delete(message.forwardId);
      clearTimeout(pending.timer);
      let response: ClientResponseProps;
      try {
        response = ClientProto.ClientResponse.decode(message.response);
      } catch (error) {
        this.logger.warn({ peer: from, err: describe(error) }, 'forward: undecodable reply');
        pending.resolve({ kind: 'lost' });
        return;
      }
      pending.resolve({ kind: 'response', response });
    } else if (message.type === 'forward') {
      this.serve(from, message.forwardId, message.request);
    }
  }

  private serve(from: number, forwardId: number, requestBytes: Uint8Array): void {
    let request: ClientRequestProps;
    try {
      request = ClientProto.ClientRequest.decode(requestBytes);
    } catch (error) {
      const response = { error: { code: 'BAD_REQUEST', message: `undecodable forwarded request: ${describe(error)}` } };
      this.reply(from, forwardId, response);
      return;
    }
    this.host.handle(request).then((response) => this.reply(from, forwardId, response), (error: unknown) => {
      this.reply(from, forwardId, { id: request.id, error: { code: 'UNAVAILABLE', message: describe(error) } });
    });
  }

  private reply(to: number, forwardId: number, response: ClientResponseProps): void {
    this.host.send(to, { type: 'forwardReply', forwardId, response: ClientProto.ClientResponse.encode(response).finish() });
  }

  close(): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.pending.delete(id);
      pending.resolve({ kind: 'lost' });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
