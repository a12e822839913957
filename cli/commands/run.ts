import type { Command } from 'commander';

/** `claimsim run` (not yet wired). */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('not available yet')
    .action(() => {
      process.stderr.write('claimsim run: not available yet\n');
      process.exitCode = 2;
    });
}
