import type { Command } from 'commander';
import type { SweepOptions } from '../actions/sweep/sweep.js';
import { MAX_REPLICATIONS, countOption } from './shared/checkedOption.js';
import { populationOptions } from './shared/populationOptions.js';
import { reportInputError } from './shared/reportInputError.js';
import { shardOptions } from './shared/shardOptions.js';
import { helpText } from './helpText.js';

/**
 * `claimsim sweep`: runs a population over a grid of policy parameters (the same seeds at
 * every point), charts each outcome against each parameter with 95% bands, and flags the
 * parameters that change no outcome beyond noise. `--shard i/n` runs a share of the grid's
 * runs and writes a part; `--merge PART…` puts the parts together into the report.
 */
export function registerSweep(program: Command): void {
  const command = program
    .command('sweep')
    .description('run a population over a grid of policy parameters and chart each outcome against them');
  populationOptions(command, { population: 'population YAML file', claims: 'claims per run' });
  command
    .option('--param <key=range>', 'a parameter and its values: responseWindowDays=3..14, key=0..10:2 or key=1,3,5 (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--base <policy>', 'the policy the swept values apply to: a policy YAML file or key=value overrides (default: the default policy)')
    .option('--replications <k>', 'replications at each grid point, the same seeds everywhere, 1 to 10,000', countOption('--replications', MAX_REPLICATIONS), 3)
    .option('--merge <parts...>', 'sweep-part files (or folders holding them) of every shard: write the report');
  shardOptions(command, 'the grid’s runs (run j of the grid, j = point × replications + replication, goes to shard j mod n + 1) and write a part for --merge or claimsim report');
  command
    .option('-o, --out <dir>', 'where sweep.json, sweep.md and report.html (or the shard’s part) go', 'out/sweep')
    .addHelpText(
      'after',
      helpText({
        exit: '0 written · 2 bad input (a population or policy file, a --param, a missing or repeated part) · 130 interrupted (SIGINT), 143 terminated (SIGTERM): the report of the complete grid points is written, marked "partial": true.',
        examples: [
          'claimsim sweep --population generators/populations/small.yaml --param responseWindowDays=3..14',
          'claimsim sweep --population generators/populations/small.yaml --param responseWindowDays=5,7,10 --param rejectionCooldownDays=0..6:2',
          'claimsim sweep --population generators/populations/small.yaml --param responseWindowDays=3..14 --shard 1/2 --out out/parts',
          'claimsim sweep --merge out/parts --out out/sweep',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (o: SweepOptions) => {
      const { sweep } = await import('../actions/sweep/sweep.js');
      await reportInputError(() => sweep(o));
    });
}
