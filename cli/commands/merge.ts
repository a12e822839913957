import type { Command } from 'commander';

/** `claimsim merge` (not yet wired). */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim merge: not available yet\n');
      process.exitCode = 2;
    });
}
