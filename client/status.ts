// Cluster status: every member's GET /v1/status over HTTP, in parallel, each with its own
// timeout. A member that does not answer is reported as down, never as an error.
import { KvError } from './errors';
import { httpRequest } from './http-request';
import { memberAddress, type ClientMember } from './members';
import { authorizationHeaders, type TransportSecurity } from './transport-security';

export interface MemberStatus {
  /** Name from the hostfile (or the name the node reports, for a `--nodes` entry). */
  name: string;
  address: string;
  up: boolean;
  /** Why the member counts as down. */
  error?: string;
  role?: string;
  /** The leader this member believes in. */
  leader?: string | null;
  ballot?: string;
  chosenSlot?: number;
  appliedSlot?: number;
  /** The member says it is fetching a snapshot or log it missed. */
  catchingUp?: boolean;
  /** Leader's chosen slot − this member's applied slot (the leader's or the highest known chosen slot). */
  lag?: number;
  /** The whole answer, for `--json`. */
  raw?: unknown;
}

export interface ClusterStatus {
  members: MemberStatus[];
  /** The leader named by a member that says it leads, else the one most members name. */
  leader: string | null;
}

export async function fetchMemberStatus(member: ClientMember, timeoutMs: number, security: TransportSecurity = {}): Promise<MemberStatus> {
  const address = memberAddress(member);
  try {
    const response = await httpRequest(`${member.tls === true ? 'https' : 'http'}://${address}/v1/status`, {
      timeoutMs, headers: authorizationHeaders(security), ...(security.ca !== undefined ? { ca: security.ca } : {}),
    });
    if (response.status !== 200) return { name: member.name, address, up: false, error: `HTTP ${response.status}` };
    return parseStatus(member, response.text);
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describeFetchError(error);
    return { name: member.name, address, up: false, error: reason };
  }
}

function describeFetchError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code !== undefined && !/certificate|TLS|SSL/i.test((error as Error).message) ? code : (error as Error).message;
}

export function parseStatus(member: ClientMember, text: string): MemberStatus {
  const address = memberAddress(member);
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
    if (raw === null || typeof raw !== 'object') throw new Error('not an object');
  } catch (error) {
    return { name: member.name, address, up: false, error: `bad status answer: ${(error as Error).message}` };
  }
  const name = typeof raw.name === 'string' && raw.name !== '' ? raw.name : member.name;
  return {
    name,
    address,
    up: true,
    role: typeof raw.role === 'string' ? raw.role : undefined,
    leader: typeof raw.leader === 'string' && raw.leader !== '' ? raw.leader : null,
    ballot: formatBallot(raw.ballot),
    chosenSlot: asNumber(raw.chosenSlot),
    appliedSlot: asNumber(raw.appliedSlot),
    catchingUp: raw.catchingUp === true,
    raw,
  };
}

/** Ballots may come as "3.1", {round, node}, or [round, node]. */
export function formatBallot(ballot: unknown): string | undefined {
  if (ballot === undefined || ballot === null) return undefined;
  if (typeof ballot === 'string' || typeof ballot === 'number') return String(ballot);
  if (Array.isArray(ballot)) return ballot.map(String).join('.');
  if (typeof ballot === 'object') {
    const b = ballot as Record<string, unknown>;
    const round = b.round ?? b.number ?? b.n;
    const node = b.node ?? b.nodeIndex ?? b.leader ?? b.index;
    if (round !== undefined) return node === undefined ? String(round) : `${String(round)}.${String(node)}`;
  }
  return JSON.stringify(ballot);
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

/** Picks the leader and fills in each member's lag. Pure, for tests. */
export function summarizeStatus(members: MemberStatus[]): ClusterStatus {
  const up = members.filter((m) => m.up);
  const self = up.find((m) => m.role === 'leader' && (m.leader == null || m.leader === m.name));
  let leader: string | null = self?.name ?? null;
  if (leader === null) {
    const votes = new Map<string, number>();
    for (const m of up) if (m.leader != null) votes.set(m.leader, (votes.get(m.leader) ?? 0) + 1);
    let best = 0;
    for (const [name, count] of votes) if (count > best) [leader, best] = [name, count];
  }
  const leaderStatus = up.find((m) => m.name === leader);
  const chosenValues = up.map((m) => m.chosenSlot).filter((s): s is number => s !== undefined);
  const reference = leaderStatus?.chosenSlot ?? (chosenValues.length > 0 ? Math.max(...chosenValues) : undefined);
  const withLag = members.map((m) =>
    m.up && reference !== undefined && m.appliedSlot !== undefined ? { ...m, lag: Math.max(0, reference - m.appliedSlot) } : m,
  );
  return { members: withLag, leader };
}

export async function fetchClusterStatus(
  members: readonly ClientMember[], timeoutMs: number, security: TransportSecurity = {},
): Promise<ClusterStatus> {
  if (members.length === 0) throw new KvError('CONFIG', 'no members to ask');
  const answers = await Promise.all(members.map((m) => fetchMemberStatus(m, timeoutMs, security)));
  return summarizeStatus(answers);
}
