import type { Command } from 'commander';

/** `claimsim all` (not yet wired). */
export function registerAll(program: Command): void {
  program
    .command('all')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim all: not available yet\n');
      process.exitCode = 2;
    });
}
