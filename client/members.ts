// Which members the client may talk to: from a hostfile, or from a `host:port,...` list.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_PEER_PORT, formatAddress, parseHostfile } from '../server/config/hostfile';
import { KvError } from './errors';

export interface ClientMember {
  /** Member name from the hostfile; for a `--nodes` entry, its address until the node tells its name. */
  name: string;
  host: string;
  port: number;
  /** Talk to it over TLS (wss://, https://); undefined: the client's default (see KvClientOptions.tls). */
  tls?: boolean;
}

/** `$PAXOSKV_HOSTFILE`, else `./hostfile.local.txt` if it exists, else `./hostfile.txt`. */
export function defaultHostfilePath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const fromEnv = env.PAXOSKV_HOSTFILE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const local = `${cwd}/hostfile.local.txt`;
  return existsSync(local) ? local : `${cwd}/hostfile.txt`;
}

export function membersFromHostfile(path: string): ClientMember[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KvError('CONFIG', `cannot read hostfile ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return parseHostfile(text, path).members.map((m) => ({ name: m.name, host: m.host, port: m.port }));
  } catch (error) {
    throw new KvError('CONFIG', (error as Error).message, { cause: error });
  }
}

/**
 * `host:port,host2:port` or a list of such; `[v6]:port` for IPv6; the port defaults to 7000.
 * An entry may start with a scheme: `https://` or `wss://` (TLS), `http://` or `ws://` (plain).
 */
export function membersFromList(nodes: string | readonly string[]): ClientMember[] {
  const entries = (typeof nodes === 'string' ? nodes.split(',') : nodes).map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) throw new KvError('CONFIG', 'empty node list (expected host:port,host:port,...)');
  const seen = new Set<string>();
  return entries.map((entry) => {
    const member = parseNodeAddress(entry);
    const key = formatAddress(member.host, member.port);
    if (seen.has(key)) throw new KvError('CONFIG', `node ${key} is listed twice`);
    seen.add(key);
    return member;
  });
}

function parseNodeAddress(text: string): ClientMember {
  const scheme = /^([a-z]+):\/\//i.exec(text);
  const entry = scheme === null ? text : text.slice(scheme[0].length).replace(/\/.*$/, ''); // a path (/client) is ours to choose
  let tls: boolean | undefined;
  if (scheme !== null) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https' && name !== 'ws' && name !== 'wss') {
      throw new KvError('CONFIG', `bad scheme in "${text}" (http, https, ws or wss)`);
    }
    tls = name === 'https' || name === 'wss';
  }
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(entry);
  if (match === null) throw new KvError('CONFIG', `bad node address "${entry}" (expected host:port)`);
  const host = match[1] ?? match[2];
  const port = match[3] === undefined ? DEFAULT_PEER_PORT : Number(match[3]);
  if (!(port >= 1 && port <= 65535)) throw new KvError('CONFIG', `bad port in "${entry}"`);
  return { name: formatAddress(host, port), host, port, ...(tls !== undefined ? { tls } : {}) };
}

export function memberAddress(member: ClientMember): string {
  return formatAddress(member.host, member.port);
}
