// Child for data-dir.test.ts: opens a data directory, says "locked", then holds it until killed.
// Usage: node scripts/run-ts.js test/storage/data-dir-holder.ts DIR

import { openDataDir } from '../../server/storage/data-dir';

openDataDir(process.argv[2], { clusterId: 'cluster-a', name: 'container0' })
  .then(() => {
    process.stdout.write('locked\n');
    setInterval(() => undefined, 1000);
  })
  .catch((err: unknown) => {
    process.stderr.write(`holder failed: ${String(err)}\n`);
    process.exit(1);
  });
