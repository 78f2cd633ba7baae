// Real processes under faults: partitions through the per-link proxies (packets held,
// one-way, bridges, slow links), kill -9 and restart (leader, random node, majority),
// SIGSTOP pauses, and small snapshots so catch-up goes through snapshot transfer. Each
// history is checked for linearizability, the final reads through every node must agree,
// and every acknowledged append must be in the final value exactly once.
import { expectScenarioPasses, QUICK_TIMING, seed } from './scenario';

jest.setTimeout(120_000);

test('partitions, 5 clients', async () => {
  await expectScenarioPasses('partitions, 5 clients', { timeMs: 18_000, nemesis: 'partition', clients: 5, seed: seed(201), ...QUICK_TIMING });
});

test('crashes and restarts (kill -9), 5 clients', async () => {
  await expectScenarioPasses('kill -9 and restart, 5 clients', { timeMs: 18_000, nemesis: 'kill', clients: 5, seed: seed(202), ...QUICK_TIMING });
});

test('pauses (SIGSTOP / SIGCONT), 5 clients', async () => {
  await expectScenarioPasses('SIGSTOP / SIGCONT, 5 clients', { timeMs: 12_000, nemesis: 'pause', clients: 5, seed: seed(203), ...QUICK_TIMING });
});

test('snapshots forced small (16 KiB of log), crashes and partitions, 5 clients', async () => {
  await expectScenarioPasses('small snapshots + all faults, 5 clients', {
    timeMs: 18_000, nemesis: 'all', clients: 5, seed: seed(204), snapshotLogBytes: 16 * 1024, ...QUICK_TIMING,
  });
});
