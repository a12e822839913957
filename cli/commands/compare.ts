import type { Command } from 'commander';

/** `claimsim compare` (not yet wired). */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim compare: not available yet\n');
      process.exitCode = 2;
    });
}
