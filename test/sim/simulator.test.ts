// The CI seed sweep: the pure core under every fault the simulator can inject, with the
// safety checkers (one value per slot, same applied sequence, acknowledged commands
// kept exactly once, acceptors keep their word) and the liveness checker after healing.
import { sweep } from './sweep';
import { formatFailure, type FaultProfile } from './world';

const ALL_FAULTS: FaultProfile = {
  dropRate: 0.05, duplicateRate: 0.02, reorderSpreadMs: 200, partitions: true, oneWayPartitions: true,
  flapping: true, isolateLeader: true, crashes: true, wipes: true, pauses: true, powerLoss: true,
  slowDisk: true, crashPoints: true,
};

function expectClean(result: ReturnType<typeof sweep>): void {
  if (result.failures.length > 0) {
    throw new Error(result.failures.slice(0, 3).map(formatFailure).join('\n\n'));
  }
}

describe('simulated clusters under faults', () => {
  it('5 replicas stay safe and live over 300 seeds, each drawing its own mix of faults', () => {
    const result = sweep({ firstSeed: 1, seeds: 300, base: { nodes: 5 } });
    expectClean(result);
    expect(result.crashes).toBeGreaterThan(100);
    expect(result.wipes).toBeGreaterThan(10);
    expect(result.acknowledged).toBeGreaterThan(300 * 50);
  });

  it('5 replicas stay safe and live over 100 seeds with every fault enabled at once', () => {
    expectClean(sweep({ firstSeed: 10_001, seeds: 100, base: { nodes: 5, profile: ALL_FAULTS } }));
  });

  it('3 and 7 replicas stay safe and live', () => {
    expectClean(sweep({ firstSeed: 20_001, seeds: 60, base: { nodes: 3 } }));
    expectClean(sweep({ firstSeed: 30_001, seeds: 40, base: { nodes: 7 } }));
  });

  it('long Promises come in pages (3 entries each, no snapshots, power loss of every member), still safe and live', () => {
    expectClean(sweep({
      firstSeed: 50_001, seeds: 60,
      base: { nodes: 5, snapshotEvery: 0, replica: { maxPromiseEntries: 3 }, profile: { ...ALL_FAULTS, powerLoss: true } },
    }));
  });

  it('small snapshots force catch-up by snapshot transfer, still safe and live', () => {
    expectClean(sweep({ firstSeed: 40_001, seeds: 60, base: { nodes: 5, snapshotEvery: 5 } }));
  });
});
