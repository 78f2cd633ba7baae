// The history: every invocation and completion with monotonic timestamps (ms since the
// run began, from performance.now()), plus the nemesis's fault windows. An operation is
// recorded at its invocation with status 'unknown' and updated when it completes, so an
// operation still in flight when the run is cut short stays 'unknown', as it should.
import { writeFileSync } from 'node:fs';
import type { Operation, OpKind, OpStatus } from '../lin';

export type Api = 'http' | 'lib' | 'final';

export interface RecordedOp {
  /** Position in the history (the checker's op index). */
  id: number;
  clientId: number;
  api: Api;
  kind: OpKind;
  key: string;
  input: unknown;
  output?: unknown;
  call: number;
  return?: number;
  status: OpStatus;
  /** The node that answered (or was last tried). */
  node?: string;
  /** Error code or message behind a fail / unknown outcome. */
  error?: string;
  attempts?: number;
}

export interface FaultWindow {
  /** e.g. "kill leader n2", "partition [n0 n1] | [n2 n3 n4]". */
  label: string;
  kind: string;
  start: number;
  /** Undefined while the fault lasts. */
  end?: number;
}

export class Recorder {
  private readonly origin = performance.now();
  readonly ops: RecordedOp[] = [];
  readonly faults: FaultWindow[] = [];

  /** Milliseconds since the run began. */
  now(): number {
    return performance.now() - this.origin;
  }

  invoke(clientId: number, api: Api, kind: OpKind, key: string, input: unknown): RecordedOp {
    const op: RecordedOp = { id: this.ops.length, clientId, api, kind, key, input, call: this.now(), status: 'unknown' };
    this.ops.push(op);
    return op;
  }

  complete(op: RecordedOp, status: OpStatus, output: unknown, extra: { node?: string; error?: string; attempts?: number } = {}): void {
    op.return = this.now();
    op.status = status;
    if (status === 'ok') op.output = output;
    Object.assign(op, stripUndefined(extra));
  }

  faultStart(kind: string, label: string): FaultWindow {
    const window: FaultWindow = { kind, label, start: this.now() };
    this.faults.push(window);
    return window;
  }

  faultEnd(window: FaultWindow): void {
    window.end ??= this.now();
  }

  /** Closes every open fault window (at the final heal). */
  endAllFaults(): void {
    for (const window of this.faults) this.faultEnd(window);
  }

  /**
   * The history in the checker's format. Unknown operations keep no return time: the
   * checker lets them take effect at any point after their call, or never.
   */
  history(): Operation[] {
    return this.ops.map((op) => {
      const base = { clientId: op.clientId, kind: op.kind, key: op.key, input: op.input, call: op.call, status: op.status };
      return (op.status === 'ok' ? { ...base, output: op.output, return: op.return } : { ...base, return: undefined }) as Operation;
    });
  }

  writeJsonl(filePath: string): void {
    const lines = [
      ...this.ops.map((op) => JSON.stringify({ type: 'op', ...op })),
      ...this.faults.map((f) => JSON.stringify({ type: 'fault', ...f })),
    ];
    writeFileSync(filePath, `${lines.join('\n')}\n`);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
