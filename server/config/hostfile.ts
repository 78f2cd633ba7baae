// hostfile.txt: one cluster member per line, `NAME [HOST[:PORT]]`, `#` starts a comment.
// HOST defaults to NAME (Docker DNS), PORT to 7000; the order of lines is the node index.
// IPv6 hosts are written in brackets: `node0 [::1]:7100`.
import { isIPv6 } from 'node:net';
import { ConfigError } from './errors';

export const DEFAULT_PEER_PORT = 7000;

export interface Member {
  /** Position in the hostfile (0-based): the node index used in ballots. */
  readonly index: number;
  readonly name: string;
  /** Host name or IP address, without IPv6 brackets. */
  readonly host: string;
  readonly port: number;
}

export interface Hostfile {
  readonly members: readonly Member[];
  /** Problems that do not stop the cluster, e.g. an even member count. */
  readonly warnings: readonly string[];
}

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const HOST_PATTERN = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,252})$/;
const PORT_PATTERN = /^[0-9]{1,5}$/;

interface ParsedAddress {
  host: string;
  port: number;
}

/** `host:port`, with brackets around an IPv6 host so the result can go in a URL. */
export function formatAddress(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * Parses hostfile text. Throws ConfigError on the first error, naming the line.
 * `source` names the file in messages (e.g. its path).
 */
export function parseHostfile(text: string, source = 'hostfile'): Hostfile {
  const members: Member[] = [];
  const lineOfName = new Map<string, number>();
  const lineOfAddress = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const lineNumber = lineIndex + 1;
    const content = stripComment(lines[lineIndex]).trim();
    if (content.length === 0) continue;
    const member = parseMemberLine(content, members.length, source, lineNumber);

    const previousNameLine = lineOfName.get(member.name);
    if (previousNameLine !== undefined) {
      throw new ConfigError(
        'HOSTFILE_DUPLICATE_NAME',
        `${source} line ${lineNumber}: duplicate member name "${member.name}" (first on line ${previousNameLine})`,
        lineNumber,
      );
    }
    const addressKey = formatAddress(member.host.toLowerCase(), member.port);
    const previousAddressLine = lineOfAddress.get(addressKey);
    if (previousAddressLine !== undefined) {
      throw new ConfigError(
        'HOSTFILE_DUPLICATE_ADDRESS',
        `${source} line ${lineNumber}: address ${formatAddress(member.host, member.port)} of "${member.name}" ` +
          `is already used on line ${previousAddressLine}`,
        lineNumber,
      );
    }
    lineOfName.set(member.name, lineNumber);
    lineOfAddress.set(addressKey, lineNumber);
    members.push(member);
  }
  if (members.length === 0) {
    throw new ConfigError('HOSTFILE_EMPTY', `${source}: no members (every line is blank or a comment)`);
  }
  const warnings: string[] = [];
  if (members.length % 2 === 0) {
    const majority = Math.floor(members.length / 2) + 1;
    warnings.push(
      `${source}: ${members.length} members is an even count: a majority needs ${majority}, so it tolerates ` +
        `${members.length - majority} failure(s), no more than ${members.length - 1} members would`,
    );
  }
  return { members, warnings };
}

/** The member called `name`, or a ConfigError listing the names the hostfile knows. */
export function findMember(hostfile: Hostfile, name: string, source = 'hostfile'): Member {
  const member = hostfile.members.find((candidate) => candidate.name === name);
  if (member === undefined) {
    const known = hostfile.members.map((candidate) => candidate.name).join(', ');
    throw new ConfigError('UNKNOWN_NAME', `node name "${name}" is not in ${source}; known names: ${known}`);
  }
  return member;
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

function parseMemberLine(content: string, index: number, source: string, lineNumber: number): Member {
  const fields = content.split(/\s+/);
  if (fields.length > 2) {
    throw malformed(source, lineNumber, `expected "NAME [HOST[:PORT]]", found ${fields.length} fields`);
  }
  const name = fields[0];
  if (!NAME_PATTERN.test(name)) {
    throw malformed(source, lineNumber, `bad member name "${name}" (letters, digits, ".", "_", "-"; at most 63)`);
  }
  if (fields.length === 1) {
    return { index, name, host: name, port: DEFAULT_PEER_PORT };
  }
  const address = parseAddress(fields[1], source, lineNumber);
  return { index, name, host: address.host, port: address.port };
}

function parseAddress(token: string, source: string, lineNumber: number): ParsedAddress {
  if (token.startsWith('[')) {
    const match = /^\[([^\]]*)\](?::(.*))?$/.exec(token);
    if (match === null || !isIPv6(match[1])) {
      throw malformed(source, lineNumber, `bad bracketed IPv6 address "${token}" (expected [ADDRESS] or [ADDRESS]:PORT)`);
    }
    const port = match[2] === undefined ? DEFAULT_PEER_PORT : parsePort(match[2], source, lineNumber);
    return { host: match[1], port };
  }
  const colonCount = token.split(':').length - 1;
  if (colonCount > 1) {
    const hint = isIPv6(token) ? ' (write IPv6 addresses in brackets, e.g. [::1]:7100)' : '';
    throw malformed(source, lineNumber, `bad address "${token}"${hint}`);
  }
  const [host, portText] = colonCount === 1 ? token.split(':') : [token, undefined];
  if (!HOST_PATTERN.test(host)) {
    throw malformed(source, lineNumber, `bad host "${host}" in "${token}"`);
  }
  const port = portText === undefined ? DEFAULT_PEER_PORT : parsePort(portText, source, lineNumber);
  return { host, port };
}

function parsePort(text: string, source: string, lineNumber: number): number {
  const port = PORT_PATTERN.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new ConfigError(
      'HOSTFILE_BAD_PORT',
      `${source} line ${lineNumber}: bad port "${text}" (expected a number from 1 to 65535)`,
      lineNumber,
    );
  }
  return port;
}

function malformed(source: string, lineNumber: number, detail: string): ConfigError {
  return new ConfigError('HOSTFILE_MALFORMED_LINE', `${source} line ${lineNumber}: ${detail}`, lineNumber);
}
