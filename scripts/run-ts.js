#!/usr/bin/env node
// Runs a TypeScript entry point from source (simulator, fault suite, bench) by compiling
// each .ts module with swc as it is required. Usage: node scripts/run-ts.js FILE.ts [args]
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.js FILE.ts [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
