// The leader's queue of commands waiting for a slot: order, batch bounds, and that it
// lets go of every command it hands out (an idle leader must not keep a burst's values).
import { LeaderState, PromiseSet } from './leader';
import type { Ballot } from './types';

const ballot: Ballot = { round: 1, node: 0, incarnation: 'inc0' };
const command = (n: number, bytes = 8): Uint8Array => new Uint8Array(bytes).fill(n % 256);

function leaderWith(count: number, bytes = 8): { leader: LeaderState; commands: Uint8Array[] } {
  const leader = new LeaderState(ballot, new PromiseSet(), 1);
  const commands = Array.from({ length: count }, (_, n) => command(n, bytes));
  for (const c of commands) leader.enqueue(c);
  return { leader, commands };
}

describe('LeaderState pending queue', () => {
  test('hands commands out in arrival order, bounded by count and bytes but never empty-handed', () => {
    const { leader, commands } = leaderWith(5, 10);
    expect(leader.takeBatch(2, 1_000)).toEqual([commands[0], commands[1]]);
    expect(leader.takeBatch(10, 25)).toEqual([commands[2], commands[3]]);
    expect(leader.takeBatch(10, 1)).toEqual([commands[4]]); // one command over the byte bound still goes
    expect(leader.pendingCount()).toBe(0);
    expect(leader.pendingBytes).toBe(0);
    expect(leader.takeBatch(10, 1_000)).toEqual([]);
  });

  test('a drained queue holds no command it handed out', () => {
    const { leader } = leaderWith(300, 64 * 1024);
    while (leader.pendingCount() > 0) leader.takeBatch(7, 1 << 20);
    expect(leader.pending.length).toBe(0);
  });

  test('a queue still in use holds only the commands not yet taken', () => {
    const { leader, commands } = leaderWith(100);
    leader.takeBatch(60, 1 << 20);
    const held = new Set(leader.pending);
    for (const c of commands.slice(0, 60)) expect(held.has(c)).toBe(false);
    for (const c of commands.slice(60)) expect(held.has(c)).toBe(true);
    const late = command(100);
    leader.enqueue(late);
    expect(leader.takeBatch(100, 1 << 20)).toEqual([...commands.slice(60), late]);
  });

  test('a queue that never drains keeps no taken command and compacts its taken entries', () => {
    const leader = new LeaderState(ballot, new PromiseSet(), 1);
    let next = 0;
    const taken: Uint8Array[] = [];
    for (let round = 0; round < 2_000; round++) {
      for (let i = 0; i < 3; i++) leader.enqueue(command(next++));
      taken.push(...leader.takeBatch(2, 1 << 20));
      // Taken entries are compacted away once they outnumber both 1024 and the waiting ones.
      expect(leader.pendingHead).toBeLessThanOrEqual(Math.max(1024, leader.pendingCount()));
      expect(leader.pending.slice(0, leader.pendingHead).every((c) => c.length === 0)).toBe(true);
    }
    expect(taken.length).toBe(4_000);
    expect(taken.map((c) => c[0])).toEqual(Array.from({ length: 4_000 }, (_, n) => n % 256));
    expect(leader.pendingCount()).toBe(2_000);
  });

  test('dropping the queue forgets its commands and their bytes', () => {
    const { leader } = leaderWith(4, 16);
    leader.takeBatch(1, 1 << 20);
    expect(leader.dropPending()).toBe(3);
    expect(leader.pending.length).toBe(0);
    expect(leader.pendingBytes).toBe(0);
  });
});
