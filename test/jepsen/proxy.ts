// A fault-injecting TCP proxy for the peer links. Every node's hostfile names each other
// member at a proxy address, so node i's bytes to node j pass the proxy (i → j): its
// "forward" direction carries i → j, its "backward" direction j → i (a peer link is one
// TCP connection that the lower index dials, so both directions share one proxy).
//
// Per direction the network can black-hole (accept, but hold every byte and every FIN:
// nothing arrives until the heal, as with a partition where packets are dropped and TCP
// keeps retransmitting), delay (each chunk arrives `delayMs` later, order kept), or cut
// (every connection of the link reset at once). The proxy never reads faster than it
// delivers: a held direction stops reading from its source, so buffers stay bounded.
import net from 'node:net';

export interface DirectionFaults {
  /** Hold everything sent this way until healed. */
  blocked: boolean;
  /** Extra one-way latency. */
  delayMs: number;
}

/** The fault state of every ordered pair of nodes: faults(from, to). */
export class NetworkFaults {
  private readonly state: DirectionFaults[][];
  private readonly listeners = new Set<() => void>();

  constructor(readonly size: number) {
    this.state = Array.from({ length: size }, () => Array.from({ length: size }, () => ({ blocked: false, delayMs: 0 })));
  }

  get(from: number, to: number): DirectionFaults {
    return this.state[from]![to]!;
  }

  /** Black-hole `from → to` (one way). */
  block(from: number, to: number): void {
    this.state[from]![to]!.blocked = true;
    this.changed();
  }

  delay(from: number, to: number, delayMs: number): void {
    this.state[from]![to]!.delayMs = delayMs;
    this.changed();
  }

  /** Drop every packet between the groups (both ways); links inside a group stay up. */
  partition(groups: readonly (readonly number[])[]): void {
    const groupOf = new Map<number, number>();
    groups.forEach((group, g) => group.forEach((node) => groupOf.set(node, g)));
    for (let a = 0; a < this.size; a++) {
      for (let b = 0; b < this.size; b++) {
        if (a !== b && groupOf.get(a) !== groupOf.get(b)) this.block(a, b);
      }
    }
    this.changed();
  }

  /** Everything flows again, without delay; held bytes are delivered. */
  heal(): void {
    for (const row of this.state) for (const d of row) Object.assign(d, { blocked: false, delayMs: 0 });
    this.changed();
  }

  /** True when some direction is blocked or delayed. */
  faulty(): boolean {
    return this.state.some((row) => row.some((d) => d.blocked || d.delayMs > 0));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Bytes a delayed direction holds before it stops reading from its source. */
const PIPE_QUEUE_MAX_BYTES = 4 * 1024 * 1024;

interface Chunk {
  readonly data: Buffer | 'end' | 'reset';
  readonly dueAt: number;
}

/** One direction of one proxied connection: source → destination under `faults()`. */
class Pipe {
  private readonly queue: Chunk[] = [];
  private queuedBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private done = false;
  private waitingForDrain = false;

  constructor(
    private readonly source: net.Socket,
    private readonly destination: net.Socket,
    private readonly faults: () => DirectionFaults,
  ) {
    source.on('data', (data: Buffer) => this.enqueue(data));
    source.on('end', () => this.enqueue('end'));
    destination.on('drain', () => {
      this.waitingForDrain = false;
      this.pump();
    });
  }

  /** The source went away abruptly: the destination learns it in order (after held bytes). */
  sourceReset(): void {
    this.enqueue('reset');
  }

  enqueue(data: Chunk['data']): void {
    if (this.done) return;
    const last = this.queue[this.queue.length - 1];
    const dueAt = Math.max(performance.now() + this.faults().delayMs, last?.dueAt ?? 0);
    this.queue.push({ data, dueAt });
    if (Buffer.isBuffer(data)) this.queuedBytes += data.length;
    this.pump();
  }

  /** Delivers what is due, unless the direction is blocked; reads only as fast as it delivers. */
  pump(): void {
    if (this.done) return;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const faults = this.faults();
    while (!faults.blocked && !this.waitingForDrain && this.queue.length > 0) {
      const head = this.queue[0]!;
      const waitMs = head.dueAt - performance.now();
      if (waitMs > 0) {
        this.timer = setTimeout(() => this.pump(), Math.ceil(waitMs));
        break;
      }
      this.queue.shift();
      if (Buffer.isBuffer(head.data)) this.queuedBytes -= head.data.length;
      if (head.data === 'end') {
        this.destination.end();
      } else if (head.data === 'reset') {
        this.destination.destroy();
        this.close();
        return;
      } else if (!this.destination.destroyed && !this.destination.write(head.data)) {
        this.waitingForDrain = true;
      }
    }
    // A delayed direction keeps reading (a delay is latency, not a bandwidth limit) up to a bound.
    const holding = faults.blocked || this.waitingForDrain || this.queuedBytes > PIPE_QUEUE_MAX_BYTES;
    if (holding) this.source.pause();
    else if (!this.source.destroyed) this.source.resume();
  }

  close(): void {
    this.done = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
    this.queuedBytes = 0;
  }
}

/** A proxied connection: the dialer's socket and ours to the target. */
class ProxiedConnection {
  readonly forward: Pipe;
  readonly backward: Pipe;

  constructor(readonly client: net.Socket, readonly upstream: net.Socket, link: LinkProxy, onClosed: () => void) {
    this.forward = new Pipe(client, upstream, () => link.forwardFaults());
    this.backward = new Pipe(upstream, client, () => link.backwardFaults());
    let closed = 0;
    const closedOne = (): void => {
      if (++closed === 2) {
        this.forward.close();
        this.backward.close();
        onClosed();
      }
    };
    // An abrupt close travels like any other byte: held while its direction is blocked.
    client.on('close', (hadError) => {
      if (hadError || !client.readableEnded) this.forward.sourceReset();
      closedOne();
    });
    upstream.on('close', (hadError) => {
      if (hadError || !upstream.readableEnded) this.backward.sourceReset();
      closedOne();
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  }

  pump(): void {
    this.forward.pump();
    this.backward.pump();
  }

  cut(): void {
    this.client.destroy();
    this.upstream.destroy();
    this.forward.close();
    this.backward.close();
  }
}

/** The proxy node `from` uses to reach node `to`. */
export class LinkProxy {
  private readonly server: net.Server;
  private readonly connections = new Set<ProxiedConnection>();
  private readonly unsubscribe: () => void;
  port = 0;

  constructor(
    readonly from: number,
    readonly to: number,
    private readonly target: { host: string; port: number },
    private readonly network: NetworkFaults,
  ) {
    this.server = net.createServer((socket) => this.accept(socket));
    this.server.on('error', () => undefined);
    this.unsubscribe = network.onChange(() => {
      for (const connection of this.connections) connection.pump();
    });
  }

  forwardFaults(): DirectionFaults {
    return this.network.get(this.from, this.to);
  }

  backwardFaults(): DirectionFaults {
    return this.network.get(this.to, this.from);
  }

  async listen(host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, host, () => resolve());
    });
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  /** Resets every open connection of this link (both ends see ECONNRESET / close). */
  cut(): void {
    for (const connection of [...this.connections]) connection.cut();
    this.connections.clear();
  }

  get openConnections(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    this.unsubscribe();
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    client.setNoDelay(true);
    client.pause();
    const upstream = net.connect({ host: this.target.host, port: this.target.port });
    upstream.setNoDelay(true);
    upstream.pause();
    const connection = new ProxiedConnection(client, upstream, this, () => this.connections.delete(connection));
    this.connections.add(connection);
    connection.pump();
  }
}
