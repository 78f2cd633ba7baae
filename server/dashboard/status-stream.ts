// GET /v1/events: a server-sent-events stream of this node's status JSON, one `status`
// event every interval. Streams are bounded (a browser tab holds one; a runaway client
// cannot hold the event loop hostage) and all of them end cleanly on close().
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StatusStreamOptions {
  /** The status JSON text, as GET /v1/status answers it. */
  readonly status: () => Promise<string>;
  /** How often a status event is sent. */
  readonly intervalMs?: number;
  /** Open streams beyond this are refused with 503 OVERLOADED. */
  readonly streamsMax?: number;
}

export const STATUS_STREAM_INTERVAL_MS = 500;
export const STATUS_STREAMS_MAX = 32;

interface Stream {
  readonly res: ServerResponse;
  timer: NodeJS.Timeout | null;
  sending: boolean;
  sequence: number;
}

export class StatusStream {
  private readonly streams = new Set<Stream>();
  private readonly intervalMs: number;
  private readonly streamsMax: number;
  private closed = false;

  constructor(private readonly options: StatusStreamOptions) {
    this.intervalMs = options.intervalMs ?? STATUS_STREAM_INTERVAL_MS;
    this.streamsMax = options.streamsMax ?? STATUS_STREAMS_MAX;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.closed || this.streams.size >= this.streamsMax) {
      const body = JSON.stringify({ error: { code: 'OVERLOADED', message: `at most ${this.streamsMax} event streams` } });
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'retry-after': '5' });
      res.end(body);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'access-control-allow-origin': '*',
    });
    // Tell EventSource how soon to reconnect, and flush the headers at once.
    res.write(`retry: ${this.intervalMs * 2}\n\n`);
    const stream: Stream = { res, timer: null, sending: false, sequence: 0 };
    this.streams.add(stream);
    const end = (): void => this.drop(stream);
    req.on('close', end);
    res.on('close', end);
    res.on('error', end);
    this.send(stream);
    stream.timer = setInterval(() => this.send(stream), this.intervalMs);
  }

  /** Ends every stream; later requests are refused. */
  close(): void {
    this.closed = true;
    for (const stream of [...this.streams]) {
      this.drop(stream);
      stream.res.end();
    }
  }

  private send(stream: Stream): void {
    // A slow status or a congested socket skips a beat rather than queueing events.
    if (stream.sending || stream.res.writableNeedDrain) return;
    stream.sending = true;
    this.options.status().then((json) => {
      stream.sending = false;
      if (!this.streams.has(stream)) return;
      stream.sequence += 1;
      stream.res.write(`id: ${stream.sequence}\nevent: status\ndata: ${json.replace(/\n/g, '')}\n\n`);
    }, () => {
      stream.sending = false;
    });
  }

  private drop(stream: Stream): void {
    if (!this.streams.delete(stream)) return;
    if (stream.timer !== null) clearInterval(stream.timer);
    stream.timer = null;
  }
}
