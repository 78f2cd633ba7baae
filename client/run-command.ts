// Runs one parsed command against the cluster and answers a plain result; printing is
// format.ts's job. Shared by the REPL and the one-shot CLI.
import type { Command } from './commands';
import { helpText } from './commands';
import { hashImageFile, type ImageHash } from './image/phash';
import type { KvClient, ImageMatch, CasResult } from './kv-client';
import type { ClusterStatus } from './status';

/** The part of KvClient the commands use (a fake in unit tests). */
export type KvApi = Pick<KvClient, 'set' | 'get' | 'del' | 'append' | 'cas' | 'keys' | 'imageSet' | 'imageGet' | 'status' | 'leader'>;

export type CommandResult =
  | { kind: 'ok' }
  | { kind: 'value'; key: string; value: string | null }
  | { kind: 'deleted'; key: string; existed: boolean }
  | { kind: 'cas'; key: string; result: CasResult }
  | { kind: 'keys'; keys: string[] }
  | { kind: 'imageStored'; path: string; image: ImageHash }
  | { kind: 'imageFound'; path: string; image: ImageHash; maxDistance: number; matches: ImageMatch[] }
  | { kind: 'status'; status: ClusterStatus }
  | { kind: 'leader'; leader: string | null }
  | { kind: 'text'; text: string };

export interface RunContext {
  client: KvApi;
  /** Lists REPL-only commands in help. */
  repl: boolean;
  /** Hashes image files (injectable for tests). */
  hashImage?: (path: string) => Promise<ImageHash>;
}

export async function runCommand(command: Exclude<Command, { name: 'history' | 'exit' }>, context: RunContext): Promise<CommandResult> {
  const { client } = context;
  const hashImage = context.hashImage ?? hashImageFile;
  switch (command.name) {
    case 'set':
      await client.set(command.key, command.value);
      return { kind: 'ok' };
    case 'get':
      return { kind: 'value', key: command.key, value: await client.get(command.key, { consistency: command.stale ? 'stale' : 'linearizable' }) };
    case 'del':
      return { kind: 'deleted', key: command.key, existed: await client.del(command.key) };
    case 'append':
      return { kind: 'value', key: command.key, value: await client.append(command.key, command.value) };
    case 'cas':
      return { kind: 'cas', key: command.key, result: await client.cas(command.key, command.expect, command.value) };
    case 'keys':
      return { kind: 'keys', keys: await client.keys(command.prefix, command.limit, { consistency: command.stale ? 'stale' : 'linearizable' }) };
    case 'iset': {
      const image = await hashImage(command.path);
      await client.imageSet(image.phash, image.sha256, command.metadata);
      return { kind: 'imageStored', path: command.path, image };
    }
    case 'iget': {
      const image = await hashImage(command.path);
      const matches = await client.imageGet(image.phash, image.sha256, command.maxDistance);
      return { kind: 'imageFound', path: command.path, image, maxDistance: command.maxDistance, matches };
    }
    case 'status':
      return { kind: 'status', status: await client.status() };
    case 'leader':
      return { kind: 'leader', leader: await client.leader() };
    case 'help':
      return { kind: 'text', text: helpText(command.topic, context.repl) };
  }
}
