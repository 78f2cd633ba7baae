#!/usr/bin/env node
// Generates static protobufjs code and typings for every schema in proto/ into proto/gen/.
// `node scripts/gen-proto.js --out DIR` writes elsewhere (the staleness test compares).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'proto', 'gen');
const bin = path.join(root, 'node_modules', 'protobufjs-cli', 'bin');
fs.mkdirSync(outDir, { recursive: true });

// Each schema gets its own protobuf.roots entry: both declare package paxoskv.*, and with
// one shared root the module loaded second would replace the first one's namespace.
for (const name of ['paxos', 'client']) {
  const js = path.join(outDir, `${name}.js`);
  const dts = path.join(outDir, `${name}.d.ts`);
  execFileSync(process.execPath, [
    path.join(bin, 'pbjs'), '-t', 'static-module', '-w', 'commonjs', '--force-number',
    '--no-verify', '--no-delimited', '--no-beautify', '-r', name, '-o', js, path.join(root, 'proto', `${name}.proto`),
  ], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(bin, 'pbts'), '--no-comments', '-o', dts, js], { stdio: 'inherit' });
}
