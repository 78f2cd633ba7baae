// The answer to a request the HTTP parser refused before any handler ran ('clientError'):
// a head that did not arrive within the headers timeout, a head too large, bytes that are
// not HTTP. Each gets its own status and a stable code in the API's JSON error shape,
// then the connection closes (the parser cannot find the next request after an error).
import type { Duplex } from 'node:stream';

/** How long a refused request's socket may stay open for its answer to be read. */
export const CLIENT_ERROR_LINGER_MS = 1000;
export interface ClientErrorAnswer {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

/** Classifies a parser error by its Node.js code (ERR_HTTP_REQUEST_TIMEOUT, HPE_*). */
export function clientErrorAnswer(error: Error & { code?: string }): ClientErrorAnswer {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'REQUEST_TIMEOUT', message: 'the request did not arrive in time' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'HEADERS_TOO_LARGE', message: 'the request head is too large' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'chunk extensions too large' };
    default:
      return { status: 400, code: 'BAD_REQUEST', message: 'malformed HTTP request' };
  }
}

type ParserError = Error & { code?: string; rawPacket?: Buffer };

/**
 * The whole HTTP/1.1 response, ready to write to the raw socket. The answer to a HEAD
 * request has the same head and no body (a HEAD client would take one for garbage).
 */
export function clientErrorResponse(error: ParserError): string {
  const answer = clientErrorAnswer(error);
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
  return `HTTP/1.1 ${answer.status} ${STATUS_TEXT[answer.status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${isHeadRequest(error) ? '' : body}`;
}

/** Node attaches the bytes it was parsing to a parse error: enough to see the method. */
function isHeadRequest(error: ParserError): boolean {
  return error.rawPacket !== undefined && error.rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
}

/** The server's 'clientError' listener: answer, then close even if the client keeps its side open. */
export function answerClientError(error: ParserError, socket: Duplex): void {
  answerAndClose(socket, clientErrorResponse(error));
}

/**
 * Writes a raw HTTP answer and closes the socket. The server is half-open by default:
 * without the timer, a client that keeps its side open (a slowloris) would keep the
 * socket, past every timeout, after the answer.
 */
export function answerAndClose(socket: Duplex, response: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(response);
  setTimeout(() => socket.destroy(), CLIENT_ERROR_LINGER_MS).unref();
}
