// Raw TCP for the hostile test: connections that say exactly the bytes we choose (a
// trickled head, a frame header that lies about its length, garbage), and read back
// whatever the node answers before it closes. WebSocket frames are built and parsed by
// hand here, so nothing in a client library smooths over what the server really did.
import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** How long any one raw exchange may take before the test gives up on it. */
export const RAW_TIMEOUT_MS = 15_000;

export class RawSocket {
  private readonly chunks: Buffer[] = [];
  /** Resolves when the socket closed, by either side or by RAW_TIMEOUT_MS; then it is destroyed. */
  readonly closed: Promise<void>;
  error: string | null = null;

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.error = error.code ?? error.message;
    });
    this.closed = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.error ??= 'TIMEOUT';
        socket.destroy();
      }, RAW_TIMEOUT_MS);
      timer.unref();
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** `halfOpen`: when the node ends its side, keep ours open (as a slowloris would) until it closes the socket. */
  static connect(port: number, localAddress = '127.0.0.1', halfOpen = false): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port, localAddress, allowHalfOpen: halfOpen });
      const raw = new RawSocket(socket);
      socket.once('connect', () => resolve(raw));
      socket.once('error', reject);
    });
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  get text(): string {
    return this.bytes.toString('latin1');
  }

  /** Forgets the bytes up to and including the first blank line (an HTTP head). */
  dropHead(): void {
    const all = this.bytes;
    const end = all.indexOf('\r\n\r\n');
    this.chunks.length = 0;
    this.chunks.push(end >= 0 ? all.subarray(end + 4) : all);
  }

  write(data: string | Buffer): void {
    if (this.socket.writable) this.socket.write(data);
  }

  destroy(): void {
    this.socket.destroy();
  }

  /** Resolves once `predicate` holds on what arrived so far, or the socket closed. */
  async until(predicate: (received: Buffer) => boolean): Promise<void> {
    let done = false;
    void this.closed.then(() => {
      done = true;
    });
    while (!done && !predicate(this.bytes)) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface HttpAnswer {
  readonly status: number;
  /** The JSON error code of the body, when it has one. */
  readonly code: string | null;
}

/** The first HTTP response in `text`, or null if none arrived. */
export function httpAnswer(text: string): HttpAnswer | null {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
  if (match === null) return null;
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  let code: string | null = null;
  try {
    code = (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? null;
  } catch {
    code = null;
  }
  return { status: Number(match[1]), code };
}

/** "408 REQUEST_TIMEOUT", "closed without an answer (ECONNRESET)", ... */
export function describeHttp(raw: RawSocket): string {
  const answer = httpAnswer(raw.text);
  if (answer === null) return `closed without an answer${raw.error !== null ? ` (${raw.error})` : ''}`;
  return answer.code === null ? String(answer.status) : `${answer.status} ${answer.code}`;
}

// ---- WebSocket by hand (RFC 6455) -------------------------------------------------------

/** Opens a WebSocket on `path` by hand; resolves once the 101 arrived (the socket then holds only frames). */
export async function rawWebSocket(port: number, path: string, protocol: string | null, localAddress?: string): Promise<RawSocket> {
  const raw = await RawSocket.connect(port, localAddress);
  raw.write(upgradeHead(path, protocol));
  await raw.until((received) => received.includes('\r\n\r\n'));
  const head = raw.text;
  if (!head.startsWith('HTTP/1.1 101')) throw new Error(`no upgrade on ${path}: ${head.split('\r\n')[0] ?? '(nothing)'}`);
  raw.dropHead();
  return raw;
}

export function upgradeHead(path: string, protocol: string | null): string {
  return `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: Upgrade\r\nupgrade: websocket\r\n` +
    `sec-websocket-version: 13\r\nsec-websocket-key: ${randomBytes(16).toString('base64')}\r\n` +
    `${protocol !== null ? `sec-websocket-protocol: ${protocol}\r\n` : ''}\r\n`;
}

export const Opcode = { TEXT: 0x1, BINARY: 0x2, CLOSE: 0x8 } as const;

/**
 * A masked client frame. `claimedLength` writes a different payload length into the
 * header than the payload sent (a header that promises 100 MiB and sends nothing).
 */
export function clientFrame(opcode: number, payload: Buffer, claimedLength = payload.length): Buffer {
  const header: number[] = [0x80 | opcode];
  if (claimedLength < 126) header.push(0x80 | claimedLength);
  else if (claimedLength < 65536) header.push(0x80 | 126, claimedLength >> 8, claimedLength & 0xff);
  else {
    header.push(0x80 | 127);
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(claimedLength));
    header.push(...length);
  }
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(header), mask, masked]);
}

export interface CloseFrame {
  readonly code: number;
  readonly reason: string;
}

/** The close frame the server sent, from the unmasked frames it wrote; null if it sent none. */
export function closeFrameOf(frames: Buffer): CloseFrame | null {
  let offset = 0;
  while (offset + 2 <= frames.length) {
    const opcode = frames[offset]! & 0x0f;
    let length = frames[offset + 1]! & 0x7f;
    let start = offset + 2;
    if (length === 126) {
      length = frames.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(frames.readBigUInt64BE(start));
      start += 8;
    }
    if (opcode === Opcode.CLOSE) {
      if (length < 2 || start + length > frames.length) return { code: 1005, reason: '' };
      return { code: frames.readUInt16BE(start), reason: frames.subarray(start + 2, start + length).toString('utf8') };
    }
    offset = start + length;
  }
  return null;
}

/**
 * Waits for the server's close frame (or the socket closing), then closes our side, as a
 * client answering the close would: the server need not wait out its close timeout.
 */
export async function awaitClose(raw: RawSocket): Promise<void> {
  await raw.until((received) => closeFrameOf(received) !== null);
  raw.destroy();
  await raw.closed;
}

/** "close 1008 (no authentication within 5000 ms)"-style text of how the server closed. */
export function describeClose(raw: RawSocket): string {
  const frame = closeFrameOf(raw.bytes);
  if (frame === null) return `closed without a close frame${raw.error !== null ? ` (${raw.error})` : ''}`;
  return frame.reason === '' ? `close ${frame.code}` : `close ${frame.code} (${frame.reason})`;
}
