import type { Command } from 'commander';
import { countOption, seedOption } from './checkedOption.js';
import { WORKERS_HELP } from './workersHelp.js';

/** `--set`, on every command that reads a population (generators/populations/README.md). */
export const SET_HELP = 'override one population value: buyerProfiles.firm.weight=4, horizon.length=90d (repeatable; profiles by name)';

/**
 * The options every command that runs replications of a population takes, with the same
 * names, parsers and defaults: `-p, --population`, `--seed`, `--claims`, `--set`, `--workers`.
 */
export function populationOptions(command: Command, help: { readonly population: string; readonly claims: string }): Command {
  return command
    .option('-p, --population <file>', help.population)
    .option('--seed <n>', 'seed of the first replication, 0 to 4294967295 (default: the population’s)', seedOption)
    .option('--claims <n>', `${help.claims}, ≥ 1 (default: the population’s)`, countOption('--claims'))
    .option('--set <path=value>', SET_HELP, (v: string, all: string[]) => [...all, v], [])
    .option('--workers <n|auto>', WORKERS_HELP, 'auto');
}
