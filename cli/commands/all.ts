import { InvalidArgumentError, type Command } from 'commander';
import type { FaultName } from '../../engine/index.js';
import { type Checked, parseCount, parseFault } from '../../generators/run/parseRunOptions.js';
import { CLAIM_LIST_CAP, MAX_CLAIM_LIST_CAP } from '../../reports/xlsx/claimListCollector.js';
import type { AllOptions } from '../actions/all/all.js';
import { DEFAULT_POPULATION, LIBRARY } from '../actions/all/shippedFiles.js';
import { MAX_REPLICATIONS, checkedOption, countOption } from './shared/checkedOption.js';
import { populationOptions } from './shared/populationOptions.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/**
 * `claimsim all` (`npm start`): runs the scenario library and the default population under
 * the default policy, and writes the HTML report with report.md, report.json, summary.json
 * and the claim list (claims.xlsx). The population runs on worker threads while the scenarios
 * run here. Exit 1 when a scenario fails or an invariant is violated.
 */
export function registerAll(program: Command): void {
  const command = program
    .command('all')
    .description('run the scenario library and the default population, and write the HTML report');
  populationOptions(command, { population: `population YAML file (default: ${DEFAULT_POPULATION})`, claims: 'claims per replication' });
  command
    .option('--scenarios <paths...>', `scenario files or folders (default: ${LIBRARY})`)
    .option('--replications <k>', 'replications of the population (seeds seed, seed + 1, …), 1 to 10,000', countOption('--replications', MAX_REPLICATIONS), 3)
    .option('--claim-list-cap <n>', `rows of the claim list at most, over the replications listed: 0 to ${MAX_CLAIM_LIST_CAP} (beyond it the first claims received are listed, and the list says so)`, checkedOption(capOption), CLAIM_LIST_CAP)
    .option('--replication <k>', 'list only replication K of the claims in claims.xlsx, 1 to --replications (default: every replication)', countOption('--replication', MAX_REPLICATIONS))
    .option('-o, --out <dir>', 'where the report goes', 'out')
    .option('--inject-fault <name>', 'run the population under a named rule mutant (a check that the checker and the report catch it)', faultOption)
    .addHelpText(
      'after',
      helpText({
        exit: '0 every scenario passed and no invariant was violated · 1 a scenario failed or an invariant was violated · 2 bad input · 130 interrupted (SIGINT), 143 terminated (SIGTERM): the report of the scenario files that ran and the complete replications is written, marked "partial": true; a signal while the reports are written finishes them and cuts claims.xlsx short, marked partial in its About sheet (a second signal ends at once).',
        notes: [
          'claims.xlsx lists each claim with its Replication and Final outcome columns: claim ids restart in every replication, so a claim is its replication and its id. Replication K has seed --seed + K − 1; claimsim explain --population FILE --replication K --claim ID re-runs it.',
        ],
        examples: [
          'claimsim all',
          'claimsim all --claims 2000 --replications 1 --out out/quick',
          'claimsim all --replications 5 --replication 2 --out out/second',
          'claimsim all --inject-fault deadline-one-day-short --out out/fault',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (o: AllOptions) => {
      const { all } = await import('../actions/all/all.js');
      await reportInputError(() => all(o));
    });
}

/** `--claim-list-cap N`: 0 (no list) or a count. */
function capOption(text: string): Checked<number> {
  return /^\s*0+\s*$/.test(text) ? { ok: true, value: 0 } : parseCount('--claim-list-cap', text, MAX_CLAIM_LIST_CAP);
}

function faultOption(value: string): FaultName {
  const r = parseFault(value);
  if (!r.ok) throw new InvalidArgumentError(`${r.message}.`);
  return r.value;
}
