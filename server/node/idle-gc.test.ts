import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_IDLE_GC_OPTIONS, initialIdleGcState, shouldSettle, type HeapSample } from './idle-gc';

const REPO_ROOT = join(__dirname, '..', '..');

const MiB = 1024 * 1024;
const options = DEFAULT_IDLE_GC_OPTIONS;
const IDLE = 0.01;
const BUSY = 0.6;
const sample = (atMs: number, mib: number, utilization = IDLE, majorGcs = 0, slackMiB = 4): HeapSample =>
  ({ atMs, bytes: mib * MiB, externalBytes: 0, slackBytes: slackMiB * MiB, utilization, majorGcs });
const afterGc = (mib: number): { bytes: number; externalBytes: number } => ({ bytes: mib * MiB, externalBytes: 0 });

describe('idle GC policy', () => {
  it('settles once a node that worked since its last major GC goes quiet', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    expect(shouldSettle(state, sample(5_000, 220, BUSY), options)).toBe(false); // first sample
    expect(shouldSettle(state, sample(10_000, 215, BUSY), options)).toBe(false); // busy: a burst under way
    expect(shouldSettle(state, sample(15_000, 210), options)).toBe(true); // quiet: settle, whatever the heap size says
  });

  it('never settles while the node is busy, even when scavenges keep the heap flat', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 300, BUSY), options);
    expect(shouldSettle(state, sample(10_000, 300, BUSY), options)).toBe(false);
    expect(shouldSettle(state, sample(15_000, 301, BUSY), options)).toBe(false);
  });

  it('leaves an idle node alone when it holds little new memory', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 220), options);
    expect(shouldSettle(state, sample(10_000, 221), options)).toBe(false);
    expect(shouldSettle(state, sample(100_000, 225), options)).toBe(false);
  });

  it('settles an idle node that slowly grew settleBytes past its last major GC', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 220), options);
    expect(shouldSettle(state, sample(10_000, 200 + options.settleBytes / MiB), options)).toBe(true);
  });

  it('counts on a major GC V8 ran in a quiet interval, but not on one in the middle of a burst', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 210, BUSY, 0), options);
    shouldSettle(state, sample(10_000, 210, BUSY, 1), options); // GC during the burst: garbage may follow it
    expect(shouldSettle(state, sample(15_000, 210, IDLE, 1), options)).toBe(true);

    const quietGc = initialIdleGcState();
    quietGc.afterMajorGc = afterGc(200);
    shouldSettle(quietGc, sample(5_000, 210, BUSY, 0), options);
    expect(shouldSettle(quietGc, sample(10_000, 205, IDLE, 1), options)).toBe(false); // V8's memory reducer did it
    expect(shouldSettle(quietGc, sample(15_000, 205, IDLE, 1), options)).toBe(false);
  });

  it('asks again only after the cooldown while no major GC has come', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 300, BUSY), options);
    expect(shouldSettle(state, sample(10_000, 300), options)).toBe(true);
    expect(shouldSettle(state, sample(15_000, 300), options)).toBe(false);
    expect(shouldSettle(state, sample(10_000 + options.cooldownMs, 300), options)).toBe(true);
  });

  it('settles once per burst: our own GC, in a quiet interval, clears the burst', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 210, BUSY, 0), options);
    expect(shouldSettle(state, sample(10_000, 210, IDLE, 0), options)).toBe(true);
    state.afterMajorGc = afterGc(205);
    expect(shouldSettle(state, sample(15_000, 205, IDLE, 1), options)).toBe(false);
    expect(shouldSettle(state, sample(10_000 + options.cooldownMs, 206, IDLE, 1), options)).toBe(false);
  });

  it('waits quietIntervalsBeforeSettle quiet intervals in a row, so members that went quiet together take turns', () => {
    const turns = { ...options, quietIntervalsBeforeSettle: 3 };
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 220, BUSY), turns);
    expect(shouldSettle(state, sample(10_000, 220), turns)).toBe(false); // quiet 1
    expect(shouldSettle(state, sample(15_000, 220), turns)).toBe(false); // quiet 2
    expect(shouldSettle(state, sample(20_000, 221, BUSY), turns)).toBe(false); // busy again: the count restarts
    expect(shouldSettle(state, sample(25_000, 221), turns)).toBe(false);
    expect(shouldSettle(state, sample(30_000, 221), turns)).toBe(false);
    expect(shouldSettle(state, sample(35_000, 221), turns)).toBe(true); // third quiet interval in a row
  });

  it('settles once more when the first collection left the young generation grown (committed heap unused)', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 210, BUSY, 0), options);
    expect(shouldSettle(state, sample(10_000, 210, IDLE, 0, 40), options)).toBe(true);
    state.afterMajorGc = afterGc(200);
    expect(shouldSettle(state, sample(15_000, 200, IDLE, 1, 40), options)).toBe(false); // our GC ran in this interval
    expect(shouldSettle(state, sample(20_000, 200, IDLE, 1, 40), options)).toBe(true); // still 40 MiB committed, unused
    expect(shouldSettle(state, sample(25_000, 200, IDLE, 2, 5), options)).toBe(false);
    expect(shouldSettle(state, sample(60_000, 200, IDLE, 2, 5), options)).toBe(false); // given back: done
  });

  it('settles at most maxSettlesPerSpell times while the node stays quiet, and again after it worked', () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    let settles = 0;
    let majors = 0;
    for (let t = 5_000; t <= 300_000; t += 5_000) {
      // V8 never gives the slack back here: the cap is what stops us.
      if (shouldSettle(state, sample(t, 200, IDLE, majors, 40), options)) settles++;
      else if (settles > 0 && state.lastSettleMs === t - 5_000) majors++;
    }
    expect(settles).toBe(options.maxSettlesPerSpell);
    shouldSettle(state, sample(305_000, 250, BUSY, majors, 40), options);
    expect(shouldSettle(state, sample(310_000, 250, IDLE, majors, 40), options)).toBe(true);
  });

  it("does not take the event-loop time of its own collection for a new burst", () => {
    const state = initialIdleGcState();
    state.afterMajorGc = afterGc(200);
    shouldSettle(state, sample(5_000, 300, BUSY, 0), options);
    expect(shouldSettle(state, sample(10_000, 300, IDLE, 0), options)).toBe(true);
    state.afterMajorGc = afterGc(200);
    // Incremental marking of a big heap: 8 % of the interval, in the interval our GC ended.
    expect(shouldSettle(state, sample(15_000, 200, 0.08, 1), options)).toBe(false);
    expect(state.busySinceMajorGc).toBe(false);
    expect(shouldSettle(state, sample(60_000, 200, IDLE, 1), options)).toBe(false);
  });
});

describe('requestMajorGc', () => {
  it('makes a quiet process run a major GC at once, and not a forced stop-the-world one', () => {
    // Its own process: a jest worker allocates enough to run major GCs by itself.
    const out = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'run-ts.js'), join(REPO_ROOT, 'test', 'testkit', 'major-gc-probe.ts')],
      { encoding: 'utf8', timeout: 30_000 });
    const { majors, forcedFlag } = JSON.parse(out) as { majors: Array<{ flags: number }>; forcedFlag: number };
    expect(majors.length).toBeGreaterThan(0);
    // global.gc() would carry V8's forced flag.
    expect(majors[0]!.flags & forcedFlag).toBe(0);
  });
});
