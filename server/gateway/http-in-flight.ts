// A bound on HTTP requests in flight on one connection. HTTP/1.1 pipelining lets a client
// send thousands of requests in one write, and Node starts a handler for every one of
// them at once; without this bound one connection could queue unbounded work on the
// node (the /client WebSocket has its own bound, MAX_IN_FLIGHT). Beyond the bound a
// request is answered 429 TOO_MANY_REQUESTS at once, without reaching the API: a cheap
// answer, in order like every pipelined one. (Not `connection: close`: Node would then
// drop the answers still pending ahead of it.)
//
// The count lives on the socket under a symbol and is decremented by one shared
// listener: per request this costs a counter update, a property and a listener, no closure.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-api';

export const MAX_HTTP_IN_FLIGHT_PER_CONNECTION = 64;
export const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';

const IN_FLIGHT = Symbol('paxoskv.httpInFlight');
/** The counted socket, kept on the response: by 'close' Node has detached req.socket. */
const COUNTED_ON = Symbol('paxoskv.countedOn');

interface CountedSocket {
  [IN_FLIGHT]?: number;
}

interface CountedResponse {
  [COUNTED_ON]?: CountedSocket;
}

function onResponseClosed(this: ServerResponse): void {
  const socket = (this as CountedResponse)[COUNTED_ON];
  if (socket !== undefined) socket[IN_FLIGHT] = (socket[IN_FLIGHT] ?? 1) - 1;
}

/** Counts the request in, or answers it 429 and returns false. */
export function admitHttpRequest(req: IncomingMessage, res: ServerResponse, max = MAX_HTTP_IN_FLIGHT_PER_CONNECTION): boolean {
  const socket = req.socket as unknown as CountedSocket;
  const inFlight = socket[IN_FLIGHT] ?? 0;
  if (inFlight >= max) {
    sendJson(res, 429, { error: { code: TOO_MANY_REQUESTS, message: `more than ${max} requests in flight on this connection` } });
    return false;
  }
  socket[IN_FLIGHT] = inFlight + 1;
  (res as CountedResponse)[COUNTED_ON] = socket;
  // 'close' fires once per response; `on` adds no wrapper the way `once` does.
  res.on('close', onResponseClosed);
  return true;
}
