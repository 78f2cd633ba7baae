// The simulated state machine: per-key append logs plus a client session table, so the
// checkers can see lost, duplicated or reordered commands.
import type { SlotValue } from '../../server/core/types';

export interface SimCommand {
  readonly client: number;
  readonly seq: number;
  readonly key: string;
  readonly value: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeCommand(c: SimCommand): Uint8Array {
  return encoder.encode(`${c.client}|${c.seq}|${c.key}|${c.value}`);
}

export function decodeCommand(bytes: Uint8Array): SimCommand {
  const [client, seq, key, value] = decoder.decode(bytes).split('|');
  return { client: Number(client), seq: Number(seq), key: key!, value: value! };
}

export function describeValue(value: SlotValue): string {
  if (value.kind === 'noop') return 'noop';
  if (value.kind === 'configuration') return `config#${value.configuration.epoch}[${value.configuration.incarnations.map((i) => i.slice(0, 4) || '-').join(',')}]`;
  return value.commands.map((c) => decoder.decode(c)).join(' ; ');
}

/** A client's latest command and the value it produced (answered again on a retry). */
export interface SessionEntry {
  readonly seq: number;
  readonly result: string;
}

export interface AppSnapshot {
  readonly appliedSlot: number;
  readonly sessions: ReadonlyMap<number, SessionEntry>;
  readonly data: ReadonlyMap<string, string>;
}

export interface Completion {
  readonly command: SimCommand;
  /** The key's value right after the command took effect. */
  readonly result: string;
}

export class SimApp {
  appliedSlot: number;
  readonly sessions: Map<number, SessionEntry>;
  readonly data: Map<string, string>;

  constructor(from?: AppSnapshot) {
    this.appliedSlot = from?.appliedSlot ?? 0;
    this.sessions = new Map(from?.sessions ?? []);
    this.data = new Map(from?.data ?? []);
  }

  snapshot(): AppSnapshot {
    return { appliedSlot: this.appliedSlot, sessions: new Map(this.sessions), data: new Map(this.data) };
  }

  /** Apply one chosen slot; returns the commands that took effect or were retries of the latest. */
  apply(slot: number, value: SlotValue): { completed: Completion[] } {
    if (slot !== this.appliedSlot + 1) throw new Error(`app applies slot ${slot} after ${this.appliedSlot}`);
    this.appliedSlot = slot;
    const completed: Completion[] = [];
    if (value.kind !== 'commands') return { completed };
    for (const bytes of value.commands) {
      const command = decodeCommand(bytes);
      const session = this.sessions.get(command.client);
      const last = session?.seq ?? 0;
      if (command.seq > last) {
        const result = (this.data.get(command.key) ?? '') + command.value + ',';
        this.data.set(command.key, result);
        this.sessions.set(command.client, { seq: command.seq, result });
        completed.push({ command, result });
      } else if (command.seq === last) {
        // A retry of what already took effect: answer again, never apply twice.
        completed.push({ command, result: session!.result });
      }
    }
    return { completed };
  }
}
