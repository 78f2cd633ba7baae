// One WebSocket to one member's /client endpoint: many requests in flight, each matched to
// its response by id, each with its own timeout. It never retries: KvClient decides that.
import WebSocket from 'ws';
import { ClientProto, type ClientTypes } from '../server/wire/protobuf';
import { KvError } from './errors';
import { memberAddress, type ClientMember } from './members';

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

  private constructor(member: ClientMember, connectTimeoutMs: number) {
    this.member = member;
    const url = `ws://${memberAddress(member)}/client`;
    this.socket = new WebSocket(url, { handshakeTimeout: connectTimeoutMs, maxPayload: MAX_PAYLOAD_BYTES });
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
    this.socket.on('error', (error) => {
      const where = member.name === memberAddress(member) ? member.name : `${member.name} (${memberAddress(member)})`;
      this.fail(new KvError('UNAVAILABLE', `${where}: ${error.message}`, { node: member.name, cause: error }));
    });
    this.socket.on('close', () => this.fail(this.lostError()));
  }

  /** Opens a connection; rejects with UNAVAILABLE when the member cannot be reached in time. */
  static async open(member: ClientMember, connectTimeoutMs: number): Promise<Connection> {
    const connection = new Connection(member, connectTimeoutMs);
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
