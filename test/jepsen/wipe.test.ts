// A node loses its disk (kill -9, rm -rf its data dir, restart): it comes back as a new
// incarnation, a non-voting learner until a configuration change admits it again.
import { expectScenarioPasses, QUICK_TIMING, seed } from './scenario';

jest.setTimeout(120_000);

test('wiped data directories, 5 clients', async () => {
  await expectScenarioPasses('wiped data dirs, 5 clients', { timeMs: 15_000, nemesis: 'wipe', clients: 5, seed: seed(301), ...QUICK_TIMING });
});
