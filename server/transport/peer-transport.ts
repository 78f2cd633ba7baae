// Peer links over WebSocket (/peer) between the members of the hostfile.
//
// Connection model: one link per pair of nodes. The node with the LOWER index dials the
// higher one; the higher index only accepts. Both directions of traffic share that link,
// so there is no duplicate-link race to break, and an inbound link from a higher index
// is a configuration error (hostfile order differs) that the handshake rejects. A newer
// authenticated link from a peer replaces an older one (the peer restarted before the
// old link timed out).
//
// A link counts only after the mutual challenge-response in auth.ts. Until then a frame
// that is not the expected Hello closes the link (1008); after it, a frame that does
// not decode closes that link only (1007). Nothing is delivered from a link that has
// been rejected.
//
// Sending never blocks and never buffers without bound: send() drops (returns false,
// counts) when the peer has no authenticated link, or when its socket buffer is over
// the send-queue bound. Paxos tolerates loss; a slow or stalled peer costs only its own
// messages. A link with no pong and no frame for heartbeatTimeoutMs is terminated and,
// on the dialing side, redialed with capped exponential backoff and jitter.
import type { Logger } from '../logger';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import { AcceptorHandshake, DialerHandshake, HandshakeIdentity, HandshakeStep, PEER_SUBPROTOCOL } from './auth';
import { Backoff } from './backoff';
import { decodeEnvelope, frameBytes, PeerEnvelope } from './frame-codec';
import { SendQueue } from './send-queue';
import { DEFAULT_UNAUTHENTICATED_BYTES_MAX, watchUnauthenticatedBytes } from './unauthenticated-bytes';

/** The HTTP path peers dial; the node's upgrade router sends it to handleUpgrade(). */
export const PEER_PATH = '/peer';

export const DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
export const DEFAULT_SEND_QUEUE_MAX_BYTES = 16 * 1024 * 1024;
export const DEFAULT_SEND_QUEUE_MAX_MESSAGES = 65536;
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 2000;
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 5000;
export const DEFAULT_RECONNECT_MIN_MS = 100;
export const DEFAULT_RECONNECT_MAX_MS = 5000;
export const DEFAULT_MAX_PENDING_INBOUND = 16;
/** After sending a close frame, how long the peer gets to answer before the socket is cut. */
export const CLOSE_GRACE_MS = 1000;

/** Close codes this transport uses (RFC 6455 plus one private code). */
export const CloseCode = {
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  UNSUPPORTED_DATA: 1003,
  INVALID_PAYLOAD: 1007,
  MESSAGE_TOO_BIG: 1009,
  POLICY_VIOLATION: 1008,
  REPLACED: 4000,
} as const;

/** pino-compatible (see server/logger.ts). */
export type PeerLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface PeerAddress {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

export interface PeerTransportOptions {
  readonly selfIndex: number;
  /** Every member in hostfile order, this node included. */
  readonly members: readonly PeerAddress[];
  /** This node's data-directory incarnation, sent in Hello. */
  readonly incarnation: string;
  readonly clusterId: string;
  /** Shared cluster secret; null runs --insecure (Hello without proof). */
  readonly secret: Uint8Array | null;
  readonly logger: PeerLogger;
  /** Largest frame accepted or sent (ws maxPayload). */
  readonly maxPayloadBytes?: number;
  /** Per peer: bytes allowed to wait in the socket buffer before send() drops. */
  readonly sendQueueMaxBytes?: number;
  /** Per peer: frames handed to ws and not yet written before send() drops. */
  readonly sendQueueMaxMessages?: number;
  /** How often each link is pinged. */
  readonly heartbeatIntervalMs?: number;
  /** A link with no pong and no frame for this long is terminated (default 3 intervals). */
  readonly heartbeatTimeoutMs?: number;
  /** Dial + upgrade + Hello exchange must finish within this. */
  readonly handshakeTimeoutMs?: number;
  readonly reconnectMinMs?: number;
  readonly reconnectMaxMs?: number;
  /** Inbound links still in their handshake; more are refused with 503. */
  readonly maxPendingInbound?: number;
  /** Bytes an inbound link may send before it authenticates; more close it (1009). */
  readonly maxUnauthenticatedBytes?: number;
  /** Uniform in [0, 1) for backoff jitter. */
  readonly random?: () => number;
  /** Wall clock for statistics (lastMessageAtMs). */
  readonly now?: () => number;
  /**
   * Dial peers over TLS (`wss://`), verifying each peer's certificate against `ca` (PEM; when
   * omitted, the system's trusted roots). The HMAC handshake still runs on top.
   */
  readonly tls?: { readonly ca?: string | Buffer };
}

export interface PeerStats {
  readonly index: number;
  readonly name: string;
  readonly connected: boolean;
  /** This node's side of the link: it dials peers with a higher index. */
  readonly role: 'dialer' | 'acceptor';
  /** Incarnation the peer presented in its last successful handshake. */
  readonly incarnation: string | null;
  readonly queuedBytes: number;
  readonly queuedMessages: number;
  readonly sentMessages: number;
  readonly receivedMessages: number;
  /** Dropped because the peer had no authenticated link. */
  readonly droppedDown: number;
  /** Dropped because the peer's send queue was full. */
  readonly droppedQueueFull: number;
  /** Dropped because the frame exceeded maxPayloadBytes. */
  readonly droppedTooLarge: number;
  /** Frames received with no body this version knows (ignored). */
  readonly ignoredUnknown: number;
  /** Wall-clock ms of the last frame received from the peer, or null. */
  readonly lastMessageAtMs: number | null;
  /** Links authenticated so far. */
  readonly connects: number;
  /** Dialer side: consecutive failed dials since the last good link. */
  readonly reconnectAttempts: number;
  /** Dialer side: dials started in total. */
  readonly dialAttempts: number;
}

export type MessageHandler = (fromIndex: number, envelope: PeerEnvelope) => void;
export type PeerStateHandler = (index: number, connected: boolean, incarnation: string | null) => void;

type LinkRole = 'dialer' | 'acceptor';

interface Link {
  readonly id: number;
  readonly ws: WebSocket;
  readonly role: LinkRole;
  readonly remote: string;
  readonly queue: SendQueue;
  /** Known from the start when dialing; from the handshake when accepting. */
  peerIndex: number | null;
  state: 'handshake' | 'open' | 'closing';
  handshake: AcceptorHandshake | DialerHandshake | null;
  /** Monotonic ms of the last pong or frame. */
  lastHeardMs: number;
  queueFullWarned: boolean;
  /** The socket is corked until the end of this event-loop turn (see send()). */
  corked: boolean;
  handshakeTimer: NodeJS.Timeout | null;
  /** Inbound links until authenticated: stops the unauthenticated byte count. */
  stopByteCount: (() => void) | null;
  terminateTimer: NodeJS.Timeout | null;
}

interface PeerSlot {
  readonly index: number;
  readonly name: string;
  readonly url: string;
  readonly dials: boolean;
  readonly backoff: Backoff;
  link: Link | null;
  dialing: Link | null;
  reconnectTimer: NodeJS.Timeout | null;
  incarnation: string | null;
  sentMessages: number;
  receivedMessages: number;
  droppedDown: number;
  droppedQueueFull: number;
  droppedTooLarge: number;
  ignoredUnknown: number;
  lastMessageAtMs: number | null;
  connects: number;
  dialAttempts: number;
}

export class PeerTransport {
  private readonly selfIndex: number;
  private readonly identity: HandshakeIdentity;
  private readonly logger: PeerLogger;
  private readonly maxPayloadBytes: number;
  private readonly sendQueueMaxBytes: number;
  private readonly sendQueueMaxMessages: number;
  private readonly heartbeatIntervalMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly handshakeTimeoutMs: number;
  private readonly maxPendingInbound: number;
  private readonly maxUnauthenticatedBytes: number;
  private readonly now: () => number;
  /** CA the peers' TLS certificates are checked against (undefined: plain ws, or the system roots). */
  private readonly tlsCa: string | Buffer | undefined;
  /** Indexed by member index; null at selfIndex. */
  private readonly peers: (PeerSlot | null)[];
  private readonly pendingInbound = new Set<Link>();
  /** Links corked this turn, uncorked together by flush(). */
  private corkedLinks: Link[] = [];
  private readonly wss: WebSocketServer;
  private readonly messageHandlers = new Set<MessageHandler>();
  private readonly peerStateHandlers = new Set<PeerStateHandler>();
  private state: 'new' | 'running' | 'closed' = 'new';
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private nextLinkId = 1;
  private closing: Promise<void> | null = null;

  constructor(options: PeerTransportOptions) {
    const { selfIndex, members } = options;
    if (!Number.isInteger(selfIndex) || selfIndex < 0 || selfIndex >= members.length) {
      throw new RangeError(`selfIndex ${selfIndex} is not a member index (0..${members.length - 1})`);
    }
    const names = members.map((member) => member.name);
    if (new Set(names).size !== names.length) throw new RangeError('member names must be unique');
    this.selfIndex = selfIndex;
    this.identity = {
      selfIndex,
      memberNames: names,
      incarnation: options.incarnation,
      clusterId: options.clusterId,
      secret: options.secret,
    };
    this.logger = options.logger;
    this.maxPayloadBytes = positive(options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES, 'maxPayloadBytes');
    this.sendQueueMaxBytes = positive(options.sendQueueMaxBytes ?? DEFAULT_SEND_QUEUE_MAX_BYTES, 'sendQueueMaxBytes');
    this.sendQueueMaxMessages = positive(
      options.sendQueueMaxMessages ?? DEFAULT_SEND_QUEUE_MAX_MESSAGES,
      'sendQueueMaxMessages',
    );
    this.heartbeatIntervalMs = positive(options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS, 'heartbeatIntervalMs');
    this.heartbeatTimeoutMs = positive(options.heartbeatTimeoutMs ?? 3 * this.heartbeatIntervalMs, 'heartbeatTimeoutMs');
    this.handshakeTimeoutMs = positive(options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS, 'handshakeTimeoutMs');
    this.maxPendingInbound = positive(options.maxPendingInbound ?? DEFAULT_MAX_PENDING_INBOUND, 'maxPendingInbound');
    this.maxUnauthenticatedBytes = positive(
      options.maxUnauthenticatedBytes ?? DEFAULT_UNAUTHENTICATED_BYTES_MAX,
      'maxUnauthenticatedBytes',
    );
    this.now = options.now ?? Date.now;
    this.tlsCa = options.tls?.ca;
    const backoffOptions = {
      minMs: options.reconnectMinMs ?? DEFAULT_RECONNECT_MIN_MS,
      maxMs: options.reconnectMaxMs ?? DEFAULT_RECONNECT_MAX_MS,
      random: options.random ?? Math.random,
    };
    this.peers = members.map((member, index) =>
      index === selfIndex
        ? null
        : {
            index,
            name: member.name,
            url: peerUrl(member, options.tls !== undefined),
            dials: selfIndex < index,
            backoff: new Backoff(backoffOptions),
            link: null,
            dialing: null,
            reconnectTimer: null,
            incarnation: null,
            sentMessages: 0,
            receivedMessages: 0,
            droppedDown: 0,
            droppedQueueFull: 0,
            droppedTooLarge: 0,
            ignoredUnknown: 0,
            lastMessageAtMs: null,
            connects: 0,
            dialAttempts: 0,
          },
    );
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false,
      maxPayload: this.maxPayloadBytes,
      handleProtocols: (protocols) => (protocols.has(PEER_SUBPROTOCOL) ? PEER_SUBPROTOCOL : false),
    });
  }

  /** Subscribes to authenticated peer messages; returns an unsubscribe function. */
  onMessage(handler: MessageHandler): () => void {
    this.messageHandlers.add(handler);
    return () => this.messageHandlers.delete(handler);
  }

  /** Subscribes to link up/down changes; returns an unsubscribe function. */
  onPeerState(handler: PeerStateHandler): () => void {
    this.peerStateHandlers.add(handler);
    return () => this.peerStateHandlers.delete(handler);
  }

  /** Starts dialing peers with a higher index and accepting inbound links. */
  start(): void {
    if (this.state !== 'new') throw new Error(`PeerTransport.start() in state ${this.state}`);
    this.state = 'running';
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.heartbeatIntervalMs);
    this.heartbeatTimer.unref();
    for (const peer of this.peers) {
      if (peer !== null && peer.dials) this.dial(peer);
    }
  }

  /**
   * For the node's HTTP upgrade router: call with upgrade requests for PEER_PATH.
   * Before start() and after close() the request is refused with 503.
   */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.state !== 'running') {
      refuseUpgrade(socket, 503);
      return;
    }
    if (this.pendingInbound.size >= this.maxPendingInbound) {
      this.logger.warn(
        { remote: describeRemote(request), pending: this.pendingInbound.size },
        'peer link refused: too many links in their handshake',
      );
      refuseUpgrade(socket, 503);
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, describeRemote(request), socket));
  }

  /**
   * Queues one encoded PeerEnvelope for a peer. Never blocks. Returns false when the
   * frame is dropped: no authenticated link, send queue full, or frame too large.
   */
  send(toIndex: number, envelopeBytes: Uint8Array): boolean {
    const peer = this.peerAt(toIndex);
    if (envelopeBytes.length > this.maxPayloadBytes) {
      peer.droppedTooLarge++;
      this.logger.warn(
        { peer: peer.name, bytes: envelopeBytes.length, maxPayloadBytes: this.maxPayloadBytes },
        'peer frame dropped: larger than maxPayloadBytes',
      );
      return false;
    }
    const link = peer.link;
    if (link === null || link.state !== 'open' || link.ws.readyState !== WebSocket.OPEN) {
      peer.droppedDown++;
      return false;
    }
    if (!link.queue.tryAdmit(envelopeBytes.length, link.ws.bufferedAmount)) {
      peer.droppedQueueFull++;
      if (!link.queueFullWarned) {
        link.queueFullWarned = true;
        this.logger.warn(
          { peer: peer.name, queuedBytes: link.ws.bufferedAmount, queuedMessages: link.queue.messages },
          'peer send queue full: dropping messages until it drains',
        );
      }
      return false;
    }
    link.queueFullWarned = false;
    peer.sentMessages++;
    this.corkForTurn(link);
    link.ws.send(envelopeBytes, { binary: true }, () => link.queue.release());
    return true;
  }

  /**
   * Everything sent to one peer in one turn of the event loop leaves in one socket write:
   * a batch of Accepts, commits and forwarded replies costs one syscall, not one each.
   * The node calls flush() once it has sent all of a batch, so those leave at once; what
   * else was sent this turn leaves when the turn ends.
   */
  private corkForTurn(link: Link): void {
    if (link.corked) return;
    const raw = (link.ws as unknown as { _socket?: { cork(): void } })._socket;
    if (raw === undefined) return;
    link.corked = true;
    raw.cork();
    this.corkedLinks.push(link);
    if (this.corkedLinks.length === 1) setImmediate(this.flush);
  }

  /** Writes out everything sent so far (see corkForTurn). */
  readonly flush = (): void => {
    const links = this.corkedLinks;
    if (links.length === 0) return;
    this.corkedLinks = [];
    for (const link of links) {
      link.corked = false;
      (link.ws as unknown as { _socket?: { uncork(): void } })._socket?.uncork();
    }
  };

  /** Sends the same encoded envelope to every other member; returns how many took it. */
  broadcast(envelopeBytes: Uint8Array): number {
    let queued = 0;
    for (const peer of this.peers) {
      if (peer !== null && this.send(peer.index, envelopeBytes)) queued++;
    }
    return queued;
  }

  isConnected(index: number): boolean {
    return this.peerAt(index).link !== null;
  }

  /** One entry per other member, in index order. */
  peerStats(): PeerStats[] {
    const stats: PeerStats[] = [];
    for (const peer of this.peers) {
      if (peer === null) continue;
      const link = peer.link;
      stats.push({
        index: peer.index,
        name: peer.name,
        connected: link !== null,
        role: peer.dials ? 'dialer' : 'acceptor',
        incarnation: peer.incarnation,
        queuedBytes: link === null ? 0 : link.ws.bufferedAmount,
        queuedMessages: link === null ? 0 : link.queue.messages,
        sentMessages: peer.sentMessages,
        receivedMessages: peer.receivedMessages,
        droppedDown: peer.droppedDown,
        droppedQueueFull: peer.droppedQueueFull,
        droppedTooLarge: peer.droppedTooLarge,
        ignoredUnknown: peer.ignoredUnknown,
        lastMessageAtMs: peer.lastMessageAtMs,
        connects: peer.connects,
        reconnectAttempts: peer.backoff.attempts,
        dialAttempts: peer.dialAttempts,
      });
    }
    return stats;
  }

  /**
   * Closes every link (1001) and stops redialing; resolves once all sockets are closed
   * (at most CLOSE_GRACE_MS after the close frames). No callbacks fire after this call.
   * Does not close the http.Server, which belongs to the node.
   */
  close(): Promise<void> {
    if (this.closing !== null) return this.closing;
    this.state = 'closed';
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    const links: Link[] = [...this.pendingInbound];
    for (const peer of this.peers) {
      if (peer === null) continue;
      if (peer.reconnectTimer !== null) clearTimeout(peer.reconnectTimer);
      peer.reconnectTimer = null;
      if (peer.link !== null) links.push(peer.link);
      if (peer.dialing !== null) links.push(peer.dialing);
    }
    const closed = links.map(
      (link) =>
        new Promise<void>((resolve) => {
          if (link.ws.readyState === WebSocket.CLOSED) resolve();
          else link.ws.once('close', () => resolve());
        }),
    );
    for (const link of links) this.closeLink(link, CloseCode.GOING_AWAY, 'node shutting down');
    this.wss.close();
    this.closing = Promise.all(closed).then(() => undefined);
    return this.closing;
  }

  // ---- links -------------------------------------------------------------------------

  private peerAt(index: number): PeerSlot {
    const peer = Number.isInteger(index) ? this.peers[index] : undefined;
    if (peer === undefined || peer === null) {
      throw new RangeError(`no peer at index ${index} (self is ${this.selfIndex}, ${this.peers.length} members)`);
    }
    return peer;
  }

  private newLink(ws: WebSocket, role: LinkRole, peerIndex: number | null, remote: string): Link {
    const link: Link = {
      id: this.nextLinkId++,
      ws,
      role,
      remote,
      queue: new SendQueue({ maxBytes: this.sendQueueMaxBytes, maxMessages: this.sendQueueMaxMessages }),
      peerIndex,
      state: 'handshake',
      handshake: null,
      lastHeardMs: performance.now(),
      queueFullWarned: false,
      corked: false,
      handshakeTimer: null,
      stopByteCount: null,
      terminateTimer: null,
    };
    ws.on('message', (data, isBinary) => this.onFrame(link, data, isBinary));
    ws.on('pong', () => {
      link.lastHeardMs = performance.now();
    });
    ws.on('error', (error) => this.onLinkError(link, error));
    ws.on('close', (code, reason) => this.onLinkClosed(link, code, reason.toString('utf8')));
    link.handshakeTimer = setTimeout(() => this.onHandshakeTimeout(link), this.handshakeTimeoutMs);
    link.handshakeTimer.unref();
    return link;
  }

  private dial(peer: PeerSlot): void {
    peer.reconnectTimer = null;
    if (this.state !== 'running' || peer.link !== null || peer.dialing !== null) return;
    peer.dialAttempts++;
    let ws: WebSocket;
    try {
      ws = new WebSocket(peer.url, PEER_SUBPROTOCOL, {
        handshakeTimeout: this.handshakeTimeoutMs,
        maxPayload: this.maxPayloadBytes,
        perMessageDeflate: false,
        followRedirects: false,
        ...(this.tlsCa !== undefined ? { ca: this.tlsCa } : {}),
      });
    } catch (error) {
      this.logger.error({ peer: peer.name, url: peer.url, err: describeError(error) }, 'cannot dial peer');
      this.scheduleDial(peer);
      return;
    }
    const link = this.newLink(ws, 'dialer', peer.index, peer.url);
    link.handshake = new DialerHandshake(this.identity, peer.index);
    peer.dialing = link;
    this.logger.debug({ peer: peer.name, url: peer.url, attempt: peer.backoff.attempts, link: link.id }, 'dialing peer');
  }

  private scheduleDial(peer: PeerSlot): void {
    if (this.state !== 'running' || !peer.dials) return;
    if (peer.link !== null || peer.dialing !== null || peer.reconnectTimer !== null) return;
    const delayMs = peer.backoff.nextDelayMs();
    peer.reconnectTimer = setTimeout(() => this.dial(peer), delayMs);
    peer.reconnectTimer.unref();
  }

  private accept(ws: WebSocket, remote: string, socket: Duplex): void {
    const link = this.newLink(ws, 'acceptor', null, remote);
    link.stopByteCount = watchUnauthenticatedBytes(socket, this.maxUnauthenticatedBytes, (bytes) => {
      socket.pause(); // read no more of what would be thrown away
      this.reject(link, CloseCode.MESSAGE_TOO_BIG, `${bytes} bytes before authentication (at most ${this.maxUnauthenticatedBytes})`);
    });
    if (this.state !== 'running') {
      this.closeLink(link, CloseCode.GOING_AWAY, 'node shutting down');
      return;
    }
    if (ws.protocol !== PEER_SUBPROTOCOL) {
      this.reject(link, CloseCode.PROTOCOL_ERROR, `missing subprotocol ${PEER_SUBPROTOCOL}`);
      return;
    }
    const handshake = new AcceptorHandshake(this.identity);
    link.handshake = handshake;
    this.pendingInbound.add(link);
    ws.send(handshake.challengeFrame(), { binary: true });
  }

  private onFrame(link: Link, data: WebSocket.RawData, isBinary: boolean): void {
    if (link.state === 'closing') return;
    link.lastHeardMs = performance.now();
    if (!isBinary) {
      this.reject(link, CloseCode.UNSUPPORTED_DATA, 'text frame on /peer');
      return;
    }
    const decoded = decodeEnvelope(frameBytes(data));
    if (!decoded.ok) {
      this.reject(link, CloseCode.INVALID_PAYLOAD, decoded.reason);
      return;
    }
    if (link.state === 'handshake') this.onHandshakeFrame(link, decoded.envelope);
    else this.deliver(link, decoded.envelope);
  }

  private onHandshakeFrame(link: Link, envelope: PeerEnvelope): void {
    const handshake = link.handshake;
    if (handshake === null) throw new Error('link in handshake state without a handshake');
    const step: HandshakeStep = handshake.receive(envelope);
    switch (step.kind) {
      case 'rejected':
        this.reject(link, CloseCode.POLICY_VIOLATION, step.reason);
        return;
      case 'reply':
        link.ws.send(step.frame, { binary: true });
        return;
      case 'authenticated':
        if (step.frame !== null) link.ws.send(step.frame, { binary: true });
        this.promote(link, step.peerIndex, step.peerIncarnation);
        return;
    }
  }

  private promote(link: Link, peerIndex: number, incarnation: string): void {
    const peer = this.peerAt(peerIndex);
    this.clearHandshakeTimer(link);
    this.pendingInbound.delete(link);
    link.handshake = null;
    link.state = 'open';
    link.peerIndex = peerIndex;
    link.lastHeardMs = performance.now();
    if (peer.dialing === link) peer.dialing = null;
    const previous = peer.link;
    if (previous !== null) {
      this.emitPeerState(peer.index, false, peer.incarnation);
      peer.link = link;
      this.closeLink(previous, CloseCode.REPLACED, 'replaced by a newer link');
    }
    peer.link = link;
    peer.incarnation = incarnation;
    peer.connects++;
    peer.backoff.reset();
    this.logger.info(
      { peer: peer.name, role: link.role, remote: link.remote, incarnation, link: link.id, replaced: previous !== null },
      'peer connected',
    );
    this.emitPeerState(peer.index, true, incarnation);
  }

  private deliver(link: Link, envelope: PeerEnvelope): void {
    const peerIndex = link.peerIndex as number;
    const peer = this.peerAt(peerIndex);
    if (envelope.body == null) {
      peer.ignoredUnknown++;
      this.logger.debug({ peer: peer.name, link: link.id }, 'peer frame without a known body ignored');
      return;
    }
    if (envelope.body === 'hello') {
      this.reject(link, CloseCode.POLICY_VIOLATION, 'Hello after authentication');
      return;
    }
    if ((envelope.from ?? 0) !== peerIndex) {
      this.reject(link, CloseCode.POLICY_VIOLATION, `envelope from ${envelope.from ?? 0} on the link of ${peerIndex}`);
      return;
    }
    peer.receivedMessages++;
    peer.lastMessageAtMs = this.now();
    if (this.state !== 'running') return;
    for (const handler of this.messageHandlers) handler(peerIndex, envelope);
  }

  /** A protocol or authentication failure: say why, close, deliver nothing more. */
  private reject(link: Link, code: number, reason: string): void {
    this.logger.warn(
      { peer: this.peerName(link), role: link.role, remote: link.remote, link: link.id, code, reason },
      link.state === 'open' ? 'peer link closed: protocol violation' : 'peer link rejected',
    );
    this.closeLink(link, code, reason);
  }

  private closeLink(link: Link, code: number, reason: string): void {
    if (link.state === 'closing') return;
    link.state = 'closing';
    this.clearHandshakeTimer(link);
    this.detach(link, { code, reason });
    link.ws.close(code, truncateReason(reason));
    link.terminateTimer = setTimeout(() => link.ws.terminate(), CLOSE_GRACE_MS);
    link.terminateTimer.unref();
  }

  /** Forgets a link that is going away; the dialing side schedules a redial. */
  private detach(link: Link, cause: { code: number; reason: string }): void {
    this.pendingInbound.delete(link);
    if (link.peerIndex === null) return;
    const peer = this.peerAt(link.peerIndex);
    if (peer.dialing === link) peer.dialing = null;
    if (peer.link === link) {
      peer.link = null;
      this.logger.info({ peer: peer.name, role: link.role, link: link.id, ...cause }, 'peer disconnected');
      this.emitPeerState(peer.index, false, peer.incarnation);
    }
    this.scheduleDial(peer);
  }

  private onLinkError(link: Link, error: Error): void {
    // Dial failures (refused, unresolvable, reset) repeat while a peer is down: debug.
    const level = link.state === 'open' ? 'info' : 'debug';
    this.logger[level]({ peer: this.peerName(link), role: link.role, link: link.id, err: error.message }, 'peer link error');
  }

  private onLinkClosed(link: Link, code: number, reason: string): void {
    this.clearHandshakeTimer(link);
    if (link.terminateTimer !== null) clearTimeout(link.terminateTimer);
    link.terminateTimer = null;
    if (link.state === 'handshake' && code === CloseCode.POLICY_VIOLATION) {
      this.logger.warn(
        { peer: this.peerName(link), role: link.role, remote: link.remote, link: link.id, code, reason },
        'peer refused the link',
      );
    }
    link.state = 'closing';
    this.detach(link, { code, reason: reason.length > 0 ? reason : 'closed by peer or network' });
  }

  private onHandshakeTimeout(link: Link): void {
    link.handshakeTimer = null;
    if (link.state !== 'handshake') return;
    if (link.ws.readyState === WebSocket.OPEN) {
      this.reject(link, CloseCode.POLICY_VIOLATION, `no authentication within ${this.handshakeTimeoutMs} ms`);
    } else {
      this.logger.debug({ peer: this.peerName(link), link: link.id }, 'peer dial timed out');
      this.closeLink(link, CloseCode.GOING_AWAY, 'dial timed out');
    }
  }

  private heartbeat(): void {
    const nowMs = performance.now();
    for (const peer of this.peers) {
      const link = peer?.link;
      if (link === null || link === undefined) continue;
      if (nowMs - link.lastHeardMs > this.heartbeatTimeoutMs) {
        this.logger.warn(
          { peer: peer?.name, link: link.id, silentMs: Math.round(nowMs - link.lastHeardMs) },
          'peer link dead: no pong in time, terminating',
        );
        link.state = 'closing';
        this.clearHandshakeTimer(link);
        this.detach(link, { code: 1006, reason: 'no pong in time' });
        link.ws.terminate();
        continue;
      }
      link.ws.ping();
    }
  }

  private emitPeerState(index: number, connected: boolean, incarnation: string | null): void {
    if (this.state !== 'running') return;
    for (const handler of this.peerStateHandlers) handler(index, connected, incarnation);
  }

  /** Ends what watches a link only while it authenticates: its deadline and its byte count. */
  private clearHandshakeTimer(link: Link): void {
    if (link.handshakeTimer !== null) clearTimeout(link.handshakeTimer);
    link.handshakeTimer = null;
    link.stopByteCount?.();
    link.stopByteCount = null;
  }

  private peerName(link: Link): string | null {
    return link.peerIndex === null ? null : this.identity.memberNames[link.peerIndex];
  }
}

function peerUrl(member: PeerAddress, tls: boolean): string {
  const host = member.host.includes(':') ? `[${member.host}]` : member.host;
  return `${tls ? 'wss' : 'ws'}://${host}:${member.port}${PEER_PATH}`;
}

function positive(value: number, name: string): number {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be positive, got ${value}`);
  return value;
}

/** Close reasons are limited to 123 bytes of UTF-8. */
function truncateReason(reason: string): string {
  let text = reason;
  while (Buffer.byteLength(text, 'utf8') > 123) text = text.slice(0, -1);
  return text;
}

function describeRemote(request: IncomingMessage): string {
  const socket = request.socket;
  return `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function refuseUpgrade(socket: Duplex, status: number): void {
  socket.on('error', () => socket.destroy());
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
