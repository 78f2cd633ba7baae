// Generated protobuf code is never edited by hand: regenerating it from proto/ must
// reproduce exactly what is checked in (run `npm run proto` after changing a schema).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

describe('generated protobuf code', () => {
  it('matches what proto/*.proto generates today', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'paxoskv-proto-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-proto.js'), '--out', out], { stdio: 'pipe' });
      for (const file of ['paxos.js', 'paxos.d.ts', 'client.js', 'client.d.ts']) {
        const fresh = fs.readFileSync(path.join(out, file), 'utf8');
        const committed = fs.readFileSync(path.join(root, 'proto', 'gen', file), 'utf8');
        if (fresh !== committed) throw new Error(`proto/gen/${file} is stale: run \`npm run proto\``);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
