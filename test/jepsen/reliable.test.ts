// Real processes, no faults: the baseline every fault scenario is compared with.
import { expectScenarioPasses, seed } from './scenario';

jest.setTimeout(90_000);

test('reliable network, 1 client (HTTP and KvClient alternating)', async () => {
  await expectScenarioPasses('reliable network, 1 client', { timeMs: 8_000, nemesis: 'none', clients: 1, seed: seed(101) });
});

test('reliable network, 5 concurrent clients', async () => {
  await expectScenarioPasses('reliable network, 5 clients', { timeMs: 10_000, nemesis: 'none', clients: 5, seed: seed(102) });
});
