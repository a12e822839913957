import type { Command } from 'commander';
import { countOption, seedOption } from './checkedOption.js';
import { WORKERS_HELP } from './workersHelp.js';

/**
 * The options every command that runs replications of a population takes, with the same
 * names, parsers and defaults: `-p, --population`, `--seed`, `--claims`, `--workers`.
 */
export function populationOptions(command: Command, help: { readonly population: string; readonly claims: string }): Command {
  return command
    .option('-p, --population <file>', help.population)
    .option('--seed <n>', 'seed of the first replication, 0 to 4294967295 (default: the population’s)', seedOption)
    .option('--claims <n>', `${help.claims}, ≥ 1 (default: the population’s)`, countOption('--claims'))
    .option('--workers <n|auto>', WORKERS_HELP, 'auto');
}
