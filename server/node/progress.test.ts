// The progress tracker's arithmetic (percent, rate, ETA) and the board's bounded logging,
// on an injected clock and an injected interval so nothing depends on real time.
import { LOG_INTERVAL_MS, ProgressBoard, RECENT_MS, STALL_MS } from './progress';

interface Line {
  level: string;
  fields: Record<string, unknown>;
  msg: string;
}

function setup(): { board: ProgressBoard; lines: Line[]; clock: { now: number }; step: () => void; timers: () => number } {
  const clock = { now: 1_000_000 };
  const lines: Line[] = [];
  const record = (level: string) => (fields: object, msg: string): void => {
    lines.push({ level, fields: fields as Record<string, unknown>, msg });
  };
  let tick: (() => void) | null = null;
  let live = 0;
  const board = new ProgressBoard({
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error'), fatal: record('fatal') },
    clock: () => clock.now,
    setInterval: (fn, ms) => {
      expect(ms).toBe(LOG_INTERVAL_MS);
      tick = fn;
      live++;
      return {};
    },
    clearInterval: () => {
      tick = null;
      live--;
    },
  });
  return { board, lines, clock, step: () => tick?.(), timers: () => live };
}

test('rate is the average since the start and ETA is what remains at that rate', () => {
  const { board, clock } = setup();
  const op = board.start({ kind: 'snapshot-receive', unit: 'bytes', total: 10_000, peer: 'node2', slot: 7 });
  clock.now += 2000;
  op.update(2500);
  const view = op.view();
  expect(view).toMatchObject({
    kind: 'snapshot-receive', state: 'running', unit: 'bytes', done: 2500, total: 10_000, percent: 25,
    ratePerSec: 1250, etaMs: 6000, elapsedMs: 2000, peer: 'node2', slot: 7,
  });
});

test('unknown total or no progress yet: no percent, no ETA, rate 0', () => {
  const { board, clock } = setup();
  const op = board.start({ kind: 'snapshot-receive', unit: 'bytes', total: null });
  expect(op.view()).toMatchObject({ percent: null, etaMs: null, ratePerSec: 0, elapsedMs: 0 });
  clock.now += 500;
  expect(op.view()).toMatchObject({ percent: null, etaMs: null, ratePerSec: 0 });
  op.update(100, 400);
  expect(op.view()).toMatchObject({ percent: 25, ratePerSec: 200, etaMs: 1500 });
});

test('a growing total (catch-up chasing a moving leader) lowers the percent and lengthens the ETA', () => {
  const { board, clock } = setup();
  const op = board.start({ kind: 'catch-up', unit: 'slots', total: 1000 });
  clock.now += 1000;
  op.update(500);
  expect(op.view()).toMatchObject({ percent: 50, etaMs: 1000 });
  op.update(500, 2000);
  expect(op.view()).toMatchObject({ percent: 25, etaMs: 3000 });
});

test('finished: done equals total, ETA 0, and elapsed stops at the finish', () => {
  const { board, clock } = setup();
  const op = board.start({ kind: 'snapshot-write', unit: 'bytes', total: 300 });
  clock.now += 300;
  op.update(200);
  op.finish();
  clock.now += 5000;
  expect(op.view()).toMatchObject({ state: 'done', done: 300, percent: 100, etaMs: 0, elapsedMs: 300, ratePerSec: 1000 });
  op.update(1); // updates after the end are ignored
  expect(op.view().done).toBe(300);
});

test('a failure keeps its reason and has no ETA', () => {
  const { board } = setup();
  const op = board.start({ kind: 'snapshot-send', unit: 'bytes', total: 100 });
  op.update(40);
  op.fail('peer went away');
  expect(op.view()).toMatchObject({ state: 'failed', done: 40, etaMs: null, reason: 'peer went away' });
});

test('restart counts from zero again with the new size and slot', () => {
  const { board, clock } = setup();
  const op = board.start({ kind: 'snapshot-receive', unit: 'bytes', total: 100, slot: 5 });
  op.update(60);
  clock.now += 1000;
  op.restart(null, 9);
  expect(op.view()).toMatchObject({ done: 0, total: null, slot: 9, state: 'running', elapsedMs: 0 });
  clock.now += 500;
  op.update(50, 200);
  expect(op.view()).toMatchObject({ ratePerSec: 100, etaMs: 1500 });
});

test('logs once at the start, once per interval while running, once at the end; the timer lives only while needed', () => {
  const { board, lines, clock, step, timers } = setup();
  expect(timers()).toBe(0);
  const op = board.start({ kind: 'catch-up', unit: 'slots', total: 100, peer: 'node0' });
  expect(timers()).toBe(1);
  for (let i = 1; i <= 50; i++) op.update(i); // many updates between two intervals: no lines
  expect(lines.map((l) => l.msg)).toEqual(['progress: catch-up started']);
  clock.now += LOG_INTERVAL_MS;
  step();
  clock.now += LOG_INTERVAL_MS;
  step();
  op.finish();
  expect(lines.map((l) => l.msg)).toEqual([
    'progress: catch-up started', 'progress: catch-up', 'progress: catch-up', 'progress: catch-up finished',
  ]);
  expect((lines[1]!.fields.progress as Record<string, unknown>)).toMatchObject({ kind: 'catch-up', done: 50, total: 100, peer: 'node0' });
  // Finished operations stay visible for a while, then leave; the timer stops with them.
  expect(board.list()).toHaveLength(1);
  clock.now += RECENT_MS;
  step();
  expect(board.list()).toEqual([]);
  expect(timers()).toBe(0);
});

test('of finished operations only the newest per kind and peer stays; running ones all stay', () => {
  const { board, clock } = setup();
  for (let slot = 1; slot <= 3; slot++) {
    board.start({ kind: 'snapshot-write', unit: 'bytes', total: 10, slot }).finish();
    clock.now += 10;
  }
  board.start({ kind: 'snapshot-send', unit: 'bytes', total: 10, peer: 'node1' }).finish();
  board.start({ kind: 'snapshot-send', unit: 'bytes', total: 10, peer: 'node2' }).finish();
  board.start({ kind: 'snapshot-write', unit: 'bytes', total: 10, slot: 4 });
  expect(board.list().map((v) => [v.kind, v.state, v.slot ?? v.peer])).toEqual([
    ['snapshot-write', 'done', 3], ['snapshot-send', 'done', 'node1'], ['snapshot-send', 'done', 'node2'],
    ['snapshot-write', 'running', 4],
  ]);
});

test('a running operation without updates for the stall time is failed and logged as a warning', () => {
  const { board, lines, clock, step } = setup();
  const op = board.start({ kind: 'snapshot-send', unit: 'bytes', total: 100, peer: 'node4' });
  op.update(10);
  clock.now += STALL_MS;
  step();
  expect(op.state).toBe('failed');
  expect(lines.at(-1)).toMatchObject({ level: 'warn', msg: 'progress: snapshot-send failed' });
  expect(board.list()[0]).toMatchObject({ state: 'failed', reason: 'no progress for 30 s' });
});

