// `newsgraph serve`: placeholder registered during scaffolding; replaced by the module that owns it.
import type { Command } from 'commander';
import { KgError } from '../../model/errors.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('(serve is not built yet)')
    .action(() => {
      throw new KgError('serve is not built yet');
    });
}
