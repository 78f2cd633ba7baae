#!/usr/bin/env node
// Compiles the server and client into dist/ and copies the generated protobuf code
// (plain JavaScript, checked in) beside them; marks the two entry points executable.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
const genOut = path.join(root, 'dist', 'proto', 'gen');
fs.mkdirSync(genOut, { recursive: true });
for (const file of fs.readdirSync(path.join(root, 'proto', 'gen'))) {
  fs.copyFileSync(path.join(root, 'proto', 'gen', file), path.join(genOut, file));
}
for (const bin of ['dist/server/main.js', 'dist/client/cli.js']) {
  const file = path.join(root, bin);
  if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
