// newsgraph CLI: argv -> config -> command. Only this module maps errors to exit codes
// (2 usage, 1 anything else); stack traces only with --debug or for unexpected errors.
import { Command, CommanderError } from 'commander';
import { KgError, UsageError } from '../model/errors.ts';
import { COMMANDS } from './commands/index.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('newsgraph')
    .description('Turn news articles into a knowledge graph in Neo4j, and explore it.')
    .option('--debug', 'print stack traces')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv, { from: 'node' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err, argv.includes('--debug'));
  }
}

function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    // help and version exit 0; other commander errors are usage errors (already printed)
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof UsageError) {
    console.error(`newsgraph: ${err.message}`);
    return 2;
  }
  if (err instanceof KgError) {
    console.error(`newsgraph: ${err.message}`);
    if (debug) console.error(err.stack);
    return 1;
  }
  console.error(`newsgraph: unexpected error: ${err instanceof Error ? (debug ? err.stack : err.message) : String(err)}`);
  if (!debug && err instanceof Error) console.error('(run with --debug for the stack trace)');
  return 1;
}

