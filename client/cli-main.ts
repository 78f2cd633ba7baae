// The one-shot CLI: `paxoskv [options] <command> [args...]` runs one command and exits
// (0 success, 1 operation error, 2 usage error); no command opens the REPL.
import { readFileSync } from 'node:fs';
import { Command as Program, CommanderError } from 'commander';
import { KvError } from './errors';
import { helpText, parseCommand } from './commands';
import { formatError, formatErrorJson, formatResult } from './format';
import { KvClient, type KvClientOptions } from './kv-client';
import { defaultHostfilePath } from './members';
import { runRepl } from './repl';
import { runCommand } from './run-command';
import { UsageError } from './usage-error';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

interface CliOptions {
  hostfile?: string;
  nodes?: string;
  json?: boolean;
  timeout?: string;
  token?: string;
  ca?: string;
  tls?: boolean;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const [word, ...args] = program.args;
  const json = options.json === true;
  const fail = (error: unknown): number => {
    if (json) io.stdout.write(`${formatErrorJson(error)}\n`);
    else io.stderr.write(`${formatError(error).message}\n`);
    return formatError(error).exitCode;
  };

  let clientOptions: KvClientOptions;
  let command: ReturnType<typeof parseCommand> | null = null;
  try {
    clientOptions = clientOptionsFrom(options, process.env);
    if (word !== undefined) {
      command = parseCommand([word, ...args]);
      if (command.name === 'history' || command.name === 'exit') throw new UsageError(`"${command.name}" only works in the REPL`);
    }
  } catch (error) {
    return fail(error);
  }
  if (command !== null && command.name === 'help') {
    try {
      return printResult({ kind: 'text', text: helpText(command.topic, false) }, json, io);
    } catch (error) {
      return fail(error);
    }
  }

  let client: KvClient;
  try {
    client = await KvClient.connect(clientOptions);
  } catch (error) {
    return fail(error);
  }
  try {
    if (command === null) {
      await runRepl({ client, json, input: io.stdin ?? process.stdin, output: io.stdout, errorOutput: io.stderr });
      return 0;
    }
    const result = await runCommand(command, { client, repl: false });
    return printResult(result, json, io);
  } catch (error) {
    return fail(error);
  } finally {
    client.close();
  }
}

function printResult(result: Parameters<typeof formatResult>[0], json: boolean, io: CliIo): number {
  const printed = formatResult(result, { json });
  io.stdout.write(printed.stdout);
  io.stderr.write(printed.stderr);
  return printed.ok ? 0 : 1;
}

function buildProgram(io: CliIo): Program {
  return new Program('paxoskv')
    .description('Client of the paxoskv replicated key-value store. Without a command: the interactive REPL.')
    .helpOption('--help', 'show this help')
    .option('-h, --hostfile <file>', 'cluster hostfile (default: $PAXOSKV_HOSTFILE, ./hostfile.local.txt, ./hostfile.txt)')
    .option('--nodes <list>', 'members as host:port,host:port (instead of a hostfile)')
    .option('--json', 'machine-readable output')
    .option('--timeout <ms>', 'deadline of each operation, retries included (default 12000)')
    .option('--token <token>', 'client token, when the nodes require one (default: $PAXOSKV_TOKEN)')
    .option('--ca <file>', 'PEM CA of the nodes\' TLS certificates; implies --tls (default: $PAXOSKV_CA)')
    .option('--tls', 'talk TLS (wss://, https://) to hostfile members; --nodes may also say https://host:port')
    .argument('[command]', 'one of the commands below')
    .argument('[args...]', 'its arguments')
    .passThroughOptions()
    .allowExcessArguments()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText('after', `\n${helpText(null, false)}\n\nExit status: 0 success, 1 operation error (e.g. not found, NO_QUORUM), 2 usage error.`)
    .showSuggestionAfterError(true);
}

function clientOptionsFrom(options: CliOptions, env: NodeJS.ProcessEnv): KvClientOptions {
  const result: KvClientOptions = {};
  const token = options.token ?? nonEmpty(env.PAXOSKV_TOKEN);
  if (token !== undefined) result.token = token.trim();
  const caPath = options.ca ?? nonEmpty(env.PAXOSKV_CA);
  if (caPath !== undefined) {
    try {
      result.ca = readFileSync(caPath);
    } catch (error) {
      throw new KvError('CONFIG', `cannot read CA file ${caPath} (${options.ca !== undefined ? '--ca' : 'PAXOSKV_CA'}): ${(error as Error).message}`);
    }
  }
  if (options.tls === true) result.tls = true;
  if (options.timeout !== undefined) {
    const timeoutMs = Number(options.timeout);
    if (!/^\d+$/.test(options.timeout) || !(timeoutMs > 0)) throw new UsageError(`--timeout must be a positive number of milliseconds, got "${options.timeout}"`);
    result.requestTimeoutMs = timeoutMs;
    result.attemptTimeoutMs = Math.min(6000, timeoutMs);
  }
  if (options.nodes !== undefined) result.nodes = options.nodes;
  else result.hostfile = options.hostfile ?? defaultHostfilePath();
  return result;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
