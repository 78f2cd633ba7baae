// The HTTP JSON API (DESIGN.md "HTTP API"). Every call becomes a ClientRequest handled
// by the RequestRouter, exactly like a /client call; only the encoding differs.
//
//   GET    /v1/kv/{key}[?consistency=stale]   200 {"key","value"} | 404 NOT_FOUND
//   PUT    /v1/kv/{key}        {"value"}       200 {"ok":true}
//   DELETE /v1/kv/{key}                        200 {"ok":true,"existed":bool}
//   POST   /v1/kv/{key}/append {"value"}       200 {"ok":true,"value":new}
//   POST   /v1/kv/{key}/cas {"expect","value"} 200 {"ok":true} | 409 {"ok":false,"current"}
//   GET    /v1/keys?prefix=&limit=[&consistency=stale]   200 {"keys":[...]}
//   POST   /v1/images {"phash","sha256","metadata"}       200 {"ok":true,"existed":bool}
//   GET    /v1/images/{phash}?sha256=&maxDistance=       200 {"matches":[...]}
//   GET    /v1/status                          200 {"name","role","leader",...}
//   GET    /metrics                            Prometheus text
// Writes carrying `Client-Id` and `Request-Seq` headers are exactly-once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { ClientRequestProps, ClientResponseProps } from '../node/forwarder';
import type { RequestRouter } from '../node/requests';
import { ClientProto } from '../wire/protobuf';
import { httpStatusOf } from './http-errors';

/** Largest request body read (a 1 MiB value JSON-escaped fits comfortably). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const STALE = ClientProto.Consistency.STALE;
const LINEARIZABLE = ClientProto.Consistency.LINEARIZABLE;
const utf8 = new TextDecoder('utf-8');

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly allow?: string) {
    super(message);
  }
}

type Json = Record<string, unknown>;

export class HttpApi {
  constructor(private readonly router: RequestRouter, private readonly registry: Registry) {}

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.dispatch(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.allow !== undefined && !res.headersSent) res.setHeader('allow', error.allow);
        sendError(res, error.status, error.code, error.message);
      }
      else sendError(res, 500, 'INTERNAL', error instanceof Error ? error.message : String(error));
    });
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url ?? '/');
    const segments = url.pathname.split('/').slice(1);
    const method = req.method ?? 'GET';
    if (url.pathname === '/metrics') {
      allow(method, ['GET']);
      res.writeHead(200, { 'content-type': this.registry.contentType });
      res.end(await this.registry.metrics());
      return;
    }
    if (segments[0] !== 'v1') throw notFound(url.pathname);
    const [, resource, ...rest] = segments;
    if (resource === 'status' && rest.length === 0) {
      allow(method, ['GET']);
      const response = await this.router.handle({ status: {} });
      sendJson(res, 200, JSON.parse(response.status?.json ?? '{}') as Json);
      return;
    }
    if (resource === 'keys' && rest.length === 0) {
      allow(method, ['GET']);
      await this.keys(url, res);
      return;
    }
    if (resource === 'kv' && rest.length >= 1) {
      await this.kv(req, res, url, rest, method);
      return;
    }
    if (resource === 'images') {
      await this.images(req, res, url, rest, method);
      return;
    }
    throw notFound(url.pathname);
  }

  private async kv(req: IncomingMessage, res: ServerResponse, url: URL, rest: string[], method: string): Promise<void> {
    const key = decodeSegment(rest[0]!);
    if (rest.length === 1) {
      if (method === 'GET' || method === 'HEAD') {
        const response = await this.call({ get: { key, consistency: consistencyOf(url) } });
        if (response.error?.code === 'NOT_FOUND') throw new HttpError(404, 'NOT_FOUND', `no key "${key}"`);
        failOnError(response);
        sendJson(res, 200, { key, value: text(response.get?.value) });
        return;
      }
      if (method === 'PUT') {
        const body = await readJson(req);
        const value = stringField(body, 'value');
        const response = await this.call({ write: { ...session(req), set: { key, value: Buffer.from(value, 'utf8') } } });
        failOnError(response);
        sendJson(res, 200, { ok: true });
        return;
      }
      if (method === 'DELETE') {
        const response = await this.call({ write: { ...session(req), del: { key } } });
        failOnError(response);
        sendJson(res, 200, { ok: true, existed: response.write?.existed === true });
        return;
      }
      throw methodNotAllowed(method, ['GET', 'PUT', 'DELETE']);
    }
    if (rest.length === 2 && rest[1] === 'append') {
      allow(method, ['POST']);
      const value = stringField(await readJson(req), 'value');
      const response = await this.call({ write: { ...session(req), append: { key, value: Buffer.from(value, 'utf8') } } });
      failOnError(response);
      sendJson(res, 200, { ok: true, value: text(response.write?.value) });
      return;
    }
    if (rest.length === 2 && rest[1] === 'cas') {
      allow(method, ['POST']);
      const body = await readJson(req);
      const value = stringField(body, 'value');
      if (!('expect' in body) || (body.expect !== null && typeof body.expect !== 'string')) {
        throw new HttpError(400, 'BAD_REQUEST', '"expect" must be a string or null');
      }
      const expect = body.expect as string | null;
      const response = await this.call({
        write: {
          ...session(req),
          cas: {
            key, expectAbsent: expect === null, expect: Buffer.from(expect ?? '', 'utf8'), value: Buffer.from(value, 'utf8'),
          },
        },
      });
      failOnError(response);
      if (response.write?.ok === true) sendJson(res, 200, { ok: true });
      else sendJson(res, 409, { ok: false, current: response.write?.found === true ? text(response.write.value) : null });
      return;
    }
    throw notFound(url.pathname);
  }

  private async keys(url: URL, res: ServerResponse): Promise<void> {
    const prefix = url.searchParams.get('prefix') ?? '';
    const limitText = url.searchParams.get('limit');
    let limit = 0;
    if (limitText !== null) {
      if (!/^[0-9]{1,9}$/.test(limitText)) throw new HttpError(400, 'BAD_REQUEST', '"limit" must be a non-negative integer');
      limit = Number(limitText);
    }
    const response = await this.call({ keys: { prefix, limit, consistency: consistencyOf(url) } });
    failOnError(response);
    sendJson(res, 200, { keys: response.keys?.keys ?? [] });
  }

  private async images(req: IncomingMessage, res: ServerResponse, url: URL, rest: string[], method: string): Promise<void> {
    if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) {
      allow(method, ['POST']);
      const body = await readJson(req);
      const imageSet = {
        phash: stringField(body, 'phash'), sha256: stringField(body, 'sha256'),
        metadata: typeof body.metadata === 'string' ? body.metadata : JSON.stringify(body.metadata ?? ''),
      };
      const response = await this.call({ write: { ...session(req), imageSet } });
      failOnError(response);
      sendJson(res, 200, { ok: true, existed: response.write?.existed === true });
      return;
    }
    if (rest.length === 1) {
      allow(method, ['GET']);
      const phash = decodeSegment(rest[0]!);
      const distanceText = url.searchParams.get('maxDistance') ?? '0';
      if (!/^[0-9]{1,3}$/.test(distanceText)) throw new HttpError(400, 'BAD_REQUEST', '"maxDistance" must be a small non-negative integer');
      const response = await this.call({
        imageGet: {
          phash, sha256: url.searchParams.get('sha256') ?? '', maxDistance: Number(distanceText), consistency: consistencyOf(url),
        },
      });
      failOnError(response);
      const matches = (response.imageGet?.matches ?? []).map((m) => ({
        phash: m.phash ?? '', sha256: m.sha256 ?? '', metadata: m.metadata ?? '', distance: m.distance ?? 0, exact: m.exact === true,
      }));
      sendJson(res, 200, { matches });
      return;
    }
    throw notFound(url.pathname);
  }

  private call(request: ClientRequestProps): Promise<ClientResponseProps> {
    return this.router.handle(request);
  }
}

/** A target like `//` or `//[` is protocol-relative to URL and may not parse: bad input, not a 500. */
function requestUrl(target: string): URL {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'the request target is not a valid URL path');
  }
}

function session(req: IncomingMessage): { clientId?: string; seq?: number } {
  const clientId = header(req, 'client-id');
  const seqText = header(req, 'request-seq');
  if (clientId === undefined && seqText === undefined) return {};
  if (clientId === undefined || seqText === undefined || clientId === '') {
    throw new HttpError(400, 'BAD_REQUEST', 'Client-Id and Request-Seq go together');
  }
  if (!/^[0-9]{1,15}$/.test(seqText) || Number(seqText) < 1) {
    throw new HttpError(400, 'BAD_REQUEST', 'Request-Seq must be a positive integer');
  }
  return { clientId, seq: Number(seqText) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function consistencyOf(url: URL): number {
  const consistency = url.searchParams.get('consistency');
  if (consistency === null || consistency === '' || consistency === 'linearizable') return LINEARIZABLE;
  if (consistency === 'stale') return STALE;
  throw new HttpError(400, 'BAD_REQUEST', '"consistency" must be "stale" or "linearizable"');
}

function failOnError(response: ClientResponseProps): void {
  const error = response.error;
  if (error == null || !error.code) return;
  throw new HttpError(httpStatusOf(error.code), error.code, error.message ?? error.code);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'INVALID_KEY', 'the key is not valid percent-encoded UTF-8');
  }
}

function text(value: Uint8Array | null | undefined): string {
  return value == null ? '' : utf8.decode(value);
}

function stringField(body: Json, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new HttpError(400, 'BAD_REQUEST', `"${name}" must be a string`);
  return value;
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (bytes > MAX_BODY_BYTES) throw new HttpError(413, 'VALUE_TOO_LARGE', `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'the body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HttpError(400, 'BAD_REQUEST', 'the body must be a JSON object');
  }
  return parsed as Json;
}

function allow(method: string, methods: string[]): void {
  if (!methods.includes(method) && !(method === 'HEAD' && methods.includes('GET'))) throw methodNotAllowed(method, methods);
}

function methodNotAllowed(method: string, methods: string[]): HttpError {
  return new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} not allowed; use ${methods.join(', ')}`, methods.join(', '));
}

function notFound(path: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `no route for ${path}`);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}
