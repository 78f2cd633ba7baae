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

export interface AppSnapshot {
  readonly appliedSlot: number;
  readonly sessions: ReadonlyMap<number, number>;
  readonly data: ReadonlyMap<string, string>;
}

export class SimApp {
  appliedSlot: number;
  readonly sessions: Map<number, number>;
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
  apply(slot: number, value: SlotValue): { completed: SimCommand[] } {
    if (slot !== this.appliedSlot + 1) throw new Error(`app applies slot ${slot} after ${this.appliedSlot}`);
    this.appliedSlot = slot;
    const completed: SimCommand[] = [];
    if (value.kind !== 'commands') return { completed };
    for (const bytes of value.commands) {
      const command = decodeCommand(bytes);
      const last = this.sessions.get(command.client) ?? 0;
      if (command.seq > last) {
        this.sessions.set(command.client, command.seq);
        this.data.set(command.key, (this.data.get(command.key) ?? '') + command.value + ',');
        completed.push(command);
      } else if (command.seq === last) {
        completed.push(command); // a retry of what already took effect: answer again, apply never twice
      }
    }
    return { completed };
  }
}
