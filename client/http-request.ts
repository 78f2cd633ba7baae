// A small HTTP(S) request with a hard timeout, for the few plain HTTP calls the client and
// the tools make (GET /v1/status, /metrics): node's http/https modules rather than fetch,
// because fetch cannot be told to trust a private CA.
import http from 'node:http';
import https from 'node:https';

export interface HttpRequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** PEM CA for https:// URLs. */
  readonly ca?: string | Buffer;
}

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** Rejects with the socket's error (code ECONNREFUSED, a TLS code, ...) or a TimeoutError. */
export function httpRequest(url: string, options: HttpRequestOptions): Promise<HttpAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const module = secure ? https : http;
  return new Promise<HttpAnswer>((resolve, reject) => {
    const request = module.request(target, {
      method: options.method ?? 'GET',
      headers: { ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}), ...options.headers },
      ...(secure && options.ca !== undefined ? { ca: options.ca } : {}),
      agent: false,
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: response.headers });
      });
      response.on('error', fail);
    });
    const timer = setTimeout(() => {
      const error = new Error(`no answer within ${options.timeoutMs} ms`);
      error.name = 'TimeoutError';
      request.destroy(error);
    }, options.timeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
    request.end(options.body);
  });
}
