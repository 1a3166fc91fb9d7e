// `newsgraph query`: placeholder registered during scaffolding; replaced by the module that owns it.
import type { Command } from 'commander';
import { KgError } from '../../model/errors.ts';

export function register(program: Command): void {
  program
    .command('query')
    .description('(query is not built yet)')
    .action(() => {
      throw new KgError('query is not built yet');
    });
}
