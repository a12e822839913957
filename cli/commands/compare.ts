import type { Command } from 'commander';
import type { CompareOptions } from '../actions/compare/compare.js';
import { MAX_REPLICATIONS, countOption } from './shared/checkedOption.js';
import { populationOptions } from './shared/populationOptions.js';
import { reportInputError } from './shared/reportInputError.js';
import { shardOptions } from './shared/shardOptions.js';
import { helpText } from './helpText.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { MAX_PARAMETER_DRAWS } from '../actions/compare/parameterDraws.js';

/**
 * `claimsim compare`: a baseline and a variant arm (a variant policy, a variant population, or
 * both) with claims paired by index and common random numbers; per outcome the paired difference with its 95% interval, and the per-claim
 * transition table. With `--expect FILE`, checks an impact fixture (exit 1 when an impact
 * leaves its range); `--update` rewrites the fixture's ranges from this run.
 */
export function registerCompare(program: Command): void {
  const command = program
    .command('compare')
    .description('run a baseline and a variant (policy, population or both) and compare the outcomes');
  populationOptions(command, { population: 'population YAML file', claims: 'claims per replication' });
  command
    .option('--baseline <policy>', 'baseline policy: a policy YAML file or key=value overrides (default: the default policy)')
    .option('--variant <policy>', 'variant policy: a policy YAML file or key=value overrides such as responseWindowDays=10 (default with a variant population: the baseline policy)')
    .option('--variant-population <file>', 'the variant arm’s population file, such as one that extends the baseline’s (default: the baseline’s, with --set)')
    .option('--variant-set <path=value>', 'override one value of the variant arm’s population only, such as buyerProfiles.firm.weight=4 (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--replications <k>', 'replications, each under both policies with the same seed, 1 to 10,000 (default 5)', countOption('--replications', MAX_REPLICATIONS))
    .option(
      '--primary <outcome>',
      `the outcome that decides the verdict at 95%, one of ${FINAL_OUTCOMES.join(', ')} (default withdrawnByAcceptance); the others are flagged by Holm-adjusted p-values, tested only once it changed`,
    )
.option(
      '--parameter-draws <n>',
      `re-run the comparison over N draws of the population’s fitted parameters (its calibration: card), 1 to ${MAX_PARAMETER_DRAWS}: each outcome’s interval with the parameters’ uncertainty included, and the share of draws moving it the same way`,
      countOption('--parameter-draws', MAX_PARAMETER_DRAWS),
    )
    .option('--aa', 'an A/A check: both arms the baseline’s population and policy, each on its own random stream (variant seeds follow the baseline’s); a flag is a false positive')
    .option('--merge <parts...>', 'compare-part files (or folders holding them) of every shard: write the report');
  shardOptions(command, 'the replications (replication r goes to shard r mod n + 1) and write a part for --merge or claimsim report');
  command
    .option('-o, --out <dir>', 'where compare.json, compare.md and report.html go', 'out/compare')
    .option('--expect <file>', 'impact fixture to check (exit 1 when an impact leaves its range)')
    .option('--update', 'with --expect: rewrite the fixture’s ranges from this run')
    .addHelpText(
      'after',
      helpText({
        notes: [
          'Each outcome’s difference has a 95% score interval robust to clustering by seller: Tango’s for paired claims (common random numbers), Newcombe’s for unpaired arms (--aa, or profiles in another order). The verdict is decided on the --primary outcome alone; the others are flagged only once it changed, by Holm’s procedure, so a comparison flags a change that is not there at most 5% of the time (docs/reports.md).',
          `--parameter-draws N (1 to ${MAX_PARAMETER_DRAWS}) needs a population with a calibration: card; each draw takes every fitted parameter from a normal around its estimate with sd = (high − low) / 3.92, clamped to its range (a buyer’s accept, reject and silent probabilities renormalised to add up to 1), seeded by --seed and printed; draw d runs its replications on seeds after the comparison’s own. The draws are pooled by Rubin’s rules (total variance = within + (1 + 1/N) × between).`,
          '--variant-set seed=N is refused: both arms run the replications’ seeds (--seed). For two arms on independent random streams use --aa.',
        ],
        exit: '0 compared (and every impact within its range) · 1 some impact of --expect left its range · 2 bad input (a population, policy or fixture file, an option) · 130 interrupted (SIGINT), 143 terminated (SIGTERM): the report of the complete replications is written, marked "partial": true.',
        examples: [
          'claimsim compare --population generators/populations/small.yaml --variant responseWindowDays=10',
          'claimsim compare --variant scenarios/policies/ten-day-window.yaml --population generators/populations/default.yaml',
          'claimsim compare --population generators/populations/default.yaml --variant-population generators/populations/deadline-aware.yaml',
          'claimsim compare --population generators/populations/small.yaml --variant-set buyerProfiles.firm.weight=4',
          'claimsim compare --population generators/populations/small.yaml --variant responseWindowDays=10 --primary withdrawnByTimeout',
          'claimsim compare --population generators/populations/small.yaml --aa --replications 5',
          'claimsim compare --population fitted.yaml --variant responseWindowDays=10 --parameter-draws 20',
          'claimsim compare --expect reports/fixtures/window10.impact.yaml',
          'claimsim compare -p generators/populations/small.yaml --variant responseWindowDays=10 --shard 1/2 --out out/parts',
          'claimsim compare --merge out/parts --out out/compare',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (o: CompareOptions) => {
      const { compare } = await import('../actions/compare/compare.js');
      await reportInputError(() => compare(o));
    });
}
