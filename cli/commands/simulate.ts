import type { Command } from 'commander';

/** `claimsim simulate` (not yet wired). */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim simulate: not available yet\n');
      process.exitCode = 2;
    });
}
