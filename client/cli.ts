#!/usr/bin/env node
// Entry point of `paxoskv` (bin): one command, or the REPL when none is given.
import { runCli } from './cli-main';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
  .then((exitCode) => {
    // Let stdout drain (pipes), then leave even if keep-alive sockets linger.
    process.stdout.write('', () => process.exit(exitCode));
  })
  .catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
