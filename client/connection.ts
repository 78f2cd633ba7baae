// One WebSocket to one member's /client endpoint: many requests in flight, each matched to
// its response by id, each with its own timeout. It never retries: KvClient decides that.
// Over wss:// when the member says tls; the token rides in the upgrade's Authorization header.
import WebSocket from 'ws';
import { ClientProto, type ClientTypes } from '../server/wire/protobuf';
import { KvError } from './errors';
import { memberAddress, type ClientMember } from './members';
import { accessFailure, authorizationHeaders, tlsFailure, type TransportSecurity } from './transport-security';

export type ClientRequestBody = Omit<ClientTypes.client.ClientRequest.$Properties, 'id'>;
export type ClientResponse = ClientTypes.client.ClientResponse;

/** Largest response frame accepted (values are at most 1 MiB; key lists and image matches stay far below). */
const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

interface Pending {
  resolve: (response: ClientResponse) => void;
  reject: (error: KvError) => void;
  timer: NodeJS.Timeout;
}

export class Connection {
  readonly member: ClientMember;
  private readonly socket: WebSocket;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closedError: KvError | null = null;
  private readonly opened: Promise<void>;

  private constructor(member: ClientMember, connectTimeoutMs: number, security: TransportSecurity) {
    this.member = member;
    const url = `${member.tls === true ? 'wss' : 'ws'}://${memberAddress(member)}/client`;
    const where = member.name === memberAddress(member) ? member.name : `${member.name} (${memberAddress(member)})`;
    this.socket = new WebSocket(url, {
      handshakeTimeout: connectTimeoutMs,
      maxPayload: MAX_PAYLOAD_BYTES,
      headers: authorizationHeaders(security),
      ...(member.tls === true && security.ca !== undefined ? { ca: security.ca } : {}),
    });
    this.socket.binaryType = 'nodebuffer';
    this.opened = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new KvError('UNAVAILABLE', `connect to ${member.name} timed out after ${connectTimeoutMs} ms`, { node: member.name }));
        this.socket.terminate();
      }, connectTimeoutMs);
      this.socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.once('close', () => {
        clearTimeout(timer);
        reject(this.closedError ?? this.lostError());
      });
    });
    // A rejection nobody awaited yet must not crash the process.
    this.opened.catch(() => undefined);
    this.socket.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    // The node answered the upgrade with an HTTP status instead (401 without a good token).
    this.socket.on('unexpected-response', (_request, response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        this.fail(accessFailure(status, Buffer.concat(chunks).toString('utf8'), where, member.name) ??
          new KvError('UNAVAILABLE', `${where}: the upgrade to /client was answered HTTP ${status}`, { node: member.name }));
        this.socket.terminate();
      });
    });
    this.socket.on('error', (error) => {
      this.fail(tlsFailure(error, where, member.name) ?? new KvError('UNAVAILABLE', `${where}: ${error.message}`, { node: member.name, cause: error }));
    });
    this.socket.on('close', () => this.fail(this.lostError()));
  }

  /**
   * Opens a connection; rejects with UNAVAILABLE when the member cannot be reached in time,
   * UNAUTHENTICATED when it wants a (different) token, TLS when its certificate is not trusted.
   */
  static async open(member: ClientMember, connectTimeoutMs: number, security: TransportSecurity = {}): Promise<Connection> {
    const connection = new Connection(member, connectTimeoutMs, security);
    await connection.opened;
    return connection;
  }

  get isOpen(): boolean {
    return this.closedError === null && this.socket.readyState === WebSocket.OPEN;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Sends one request; resolves with its response, rejects with TIMEOUT or UNAVAILABLE. */
  request(body: ClientRequestBody, timeoutMs: number): Promise<ClientResponse> {
    if (this.closedError !== null) return Promise.reject(this.closedError);
    const id = this.nextId++;
    const frame = ClientProto.ClientRequest.encode({ ...body, id }).finish();
    return new Promise<ClientResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new KvError('TIMEOUT', `${this.member.name} did not answer within ${timeoutMs} ms`, { node: this.member.name }));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(frame, { binary: true }, (error) => {
        if (error != null) this.fail(new KvError('UNAVAILABLE', `send to ${this.member.name} failed: ${error.message}`, { node: this.member.name }));
      });
    });
  }

  close(): void {
    this.fail(new KvError('CLOSED', 'connection closed by the client', { node: this.member.name }));
    this.socket.close();
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    let response: ClientResponse;
    try {
      if (!isBinary) throw new Error('text frame');
      response = ClientProto.ClientResponse.decode(data);
    } catch (error) {
      this.fail(new KvError('BAD_RESPONSE', `${this.member.name} sent an undecodable frame: ${(error as Error).message}`, { node: this.member.name }));
      this.socket.terminate();
      return;
    }
    const waiter = this.pending.get(response.id);
    if (waiter === undefined) return; // Timed out already: the answer comes too late.
    this.pending.delete(response.id);
    clearTimeout(waiter.timer);
    waiter.resolve(response);
  }

  private lostError(): KvError {
    return new KvError('UNAVAILABLE', `connection to ${this.member.name} lost`, { node: this.member.name });
  }

  /** Marks the connection dead and fails every request in flight. */
  private fail(error: KvError): void {
    if (this.closedError === null) this.closedError = error;
    for (const [id, waiter] of this.pending) {
      this.pending.delete(id);
      clearTimeout(waiter.timer);
      waiter.reject(this.closedError);
    }
  }
}
