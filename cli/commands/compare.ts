import type { Command } from 'commander';
import type { CompareOptions } from '../actions/compare.js';
import { parseCount } from './grid/parseCount.js';
import { reportInputError } from './grid/reportInputError.js';
import { helpText } from './helpText.js';

/**
 * `claimsim compare`: one population under a baseline and a variant policy with common
 * random numbers; per outcome the paired difference with its 95% interval, and the per-claim
 * transition table. With `--expect FILE`, checks an impact fixture (exit 1 when an impact
 * leaves its range); `--update` rewrites the fixture's ranges from this run.
 */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('run one population under a baseline and a variant policy and compare the outcomes')
    .option('--baseline <policy>', 'baseline policy: a policy YAML file or key=value overrides (default: the default policy)')
    .option('--variant <policy>', 'variant policy: a policy YAML file or key=value overrides such as responseWindowDays=10')
    .option('--population <file>', 'population YAML file')
    .option('--replications <k>', 'replications, each under both policies with the same seed (default 5)', parseCount(1))
    .option('--seed <n>', 'seed of the first replication (default: the population’s)', parseCount(0))
    .option('--claims <n>', 'claims per replication (default: the population’s)', parseCount(1))
    .option('--workers <n>', 'worker threads', parseCount(1), 2)
    .option('-o, --out <dir>', 'where compare.json, compare.md and report.html go', 'out/compare')
    .option('--expect <file>', 'impact fixture to check (exit 1 when an impact leaves its range)')
    .option('--update', 'with --expect: rewrite the fixture’s ranges from this run')
    .addHelpText(
      'after',
      helpText({
        exit: '0 compared (and every impact within its range) · 1 some impact of --expect left its range · 2 bad input (a population, policy or fixture file, an option) · 130 interrupted.',
        examples: [
          'claimsim compare --population generators/populations/small.yaml --variant responseWindowDays=10',
          'claimsim compare --variant scenarios/policies/ten-day-window.yaml --population generators/populations/default.yaml',
          'claimsim compare --expect reports/fixtures/window10.impact.yaml',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (o: CompareOptions) => {
      const { compare } = await import('../actions/compare.js');
      await reportInputError(() => compare(o));
    });
}
