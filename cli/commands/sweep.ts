import type { Command } from 'commander';

/** `claimsim sweep` (not yet wired). */
export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim sweep: not available yet\n');
      process.exitCode = 2;
    });
}
