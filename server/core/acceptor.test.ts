import { Acceptor, replayAcceptor } from './acceptor';
import type { Ballot, PersistRecord } from './types';

const b = (round: number, node = 0): Ballot => ({ round, node, incarnation: 'i' });
const noop = { kind: 'noop' } as const;

describe('acceptor', () => {
  it('promises a higher ballot and hands back a record to persist before replying', () => {
    const a = new Acceptor();
    const out = a.prepare(b(2), 1);
    expect(out).toMatchObject({ promised: true, record: { type: 'promise', ballot: b(2) } });
  });

  it('re-promising the same ballot needs no new record', () => {
    const a = new Acceptor();
    a.prepare(b(2), 1);
    expect(a.prepare(b(2), 1)).toMatchObject({ promised: true, record: null });
  });

  it('refuses a Prepare or Accept below its promise and names the promise', () => {
    const a = new Acceptor();
    a.prepare(b(5), 1);
    expect(a.prepare(b(4), 1)).toEqual({ promised: false, current: b(5) });
    expect(a.accept(b(4), 1, noop)).toEqual({ accepted: false, current: b(5) });
  });

  it('reports every value it accepted at or above fromSlot in its promise', () => {
    const a = new Acceptor();
    a.accept(b(1), 3, noop);
    a.accept(b(1), 7, noop);
    const out = a.prepare(b(2), 4);
    expect(out.promised && out.accepted.map((e) => e.slot)).toEqual([7]);
  });

  it('says truncated when asked for slots it compacted away', () => {
    const a = new Acceptor();
    a.accept(b(1), 3, noop);
    a.compact(5);
    expect(a.prepare(b(2), 2)).toMatchObject({ promised: true, truncated: true, accepted: [] });
    expect(a.accept(b(2), 4, noop)).toEqual({ accepted: 'compacted' });
  });

  it('replays its records to the same promise and accepted values after a restart', () => {
    const a = new Acceptor();
    const records: PersistRecord[] = [];
    const p = a.prepare(b(2), 1);
    if (p.promised && p.record) records.push(p.record);
    const acc = a.accept(b(3), 1, noop);
    if (acc.accepted === true) records.push(acc.record);
    const restored = replayAcceptor(records);
    expect(restored.promised).toEqual(b(3));
    expect(restored.accepted.get(1)?.ballot).toEqual(b(3));
  });
});
