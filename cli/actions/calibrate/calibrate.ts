import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Policy, checkPolicy } from '../../../engine/index.js';
import { loadCsvMap } from '../../../claimlog/csv/loadCsvMap.js';
import { LogInputError } from '../../../claimlog/readLogLines.js';
import { calibrate } from '../../../generators/calibrate/calibrate.js';
import { readClaimLog } from '../../../generators/calibrate/readClaimLog.js';
import { parsePopulation } from '../../../generators/loadPopulation.js';
import { renderValidationHtml } from '../../../reports/calibration/renderValidationHtml.js';
import { renderValidationMarkdown } from '../../../reports/calibration/renderValidationMarkdown.js';
import { PopulationInputError } from '../../../generators/population/PopulationInputError.js';
import { EXIT, InputError } from '../../exit.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';

export interface CalibrateFlags {
  readonly out: string;
  readonly policy?: string;
  readonly holdout: number;
  readonly seed: number;
  readonly profiles: number | 'auto';
  readonly name?: string;
  readonly report?: string;
  readonly map?: string;
  readonly strict?: boolean;
}

/** How many skipped lines are named on stderr (all are counted). */
const SKIPPED_SHOWN = 20;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * `claimsim calibrate LOG… --out population.yaml` (registered in cli/commands/calibrate.ts):
 * fits a population to the logs and writes it with its calibration: card, and the validation
 * report beside it. Exit 0 when every holdout check passes, 1 when one fails, 2 bad input.
 */
export async function calibrateCommand(logs: readonly string[], flags: CalibrateFlags): Promise<number> {
  const policy = flags.policy !== undefined ? { value: loadPolicyOption('--policy', flags.policy), name: existsSync(flags.policy) ? basename(flags.policy) : flags.policy } : undefined;
  const csvMap = flags.map !== undefined ? loadCsvMap(flags.map) : undefined;
  let shown = 0;
  let log;
  try {
    log = await readClaimLog(logs, {
      ...(policy !== undefined ? { policy } : {}),
      ...(csvMap !== undefined ? { csvMap } : {}),
      headerPolicy: headerPolicy,
      onSkipped: (file, line, problem) => {
        if (flags.strict) throw new InputError(`${file}:${line}:1: ${problem} (--strict stops at the first line that cannot be read)`);
        if (shown++ < SKIPPED_SHOWN) process.stderr.write(`${file}:${line}:1: ${problem} (skipped; calibration goes on)\n`);
      },
    });
  } catch (err) {
    if (err instanceof LogInputError) throw new InputError(err.message);
    throw err;
  }
  if (log.claims.length < 20) throw new InputError(`${logs[0]}:1:1: the log shows ${log.claims.length} claims opened; calibration needs at least 20 (give a longer log)`);
  const name = flags.name ?? `Calibrated from ${log.files.map((f) => f.name).join(', ')}`;
  const result = calibrate(log, {
    holdout: flags.holdout,
    seed: flags.seed,
    profiles: flags.profiles,
    name,
    parse: (text) => {
      try {
        return parsePopulation(text, flags.out);
      } catch (err) {
        // The fit wrote a file the population language refuses: a fault of calibrate, not of the input.
        if (err instanceof PopulationInputError) throw new Error(`calibrate wrote a population simulate refuses: ${err.message}`);
        throw err;
      }
    },
  });
  writeOutputFile(flags.out, result.yaml);
  const stem = basename(flags.out).replace(/\.ya?ml$/i, '');
  const dir = flags.report ?? dirname(flags.out);
  const json = join(dir, `${stem}.validation.json`);
  writeOutputFile(json, `${JSON.stringify(result.validation)}\n`);
  const html = join(dir, `${stem}.validation.html`);
  writeOutputFile(html, await renderValidationHtml(result.validation));
  writeOutputFile(join(dir, `${stem}.validation.md`), renderValidationMarkdown(result.validation));
  const card = result.card;
  const timing = card.choices.find((c) => c.what === 'buyer answer timing');
  const failed = card.checks.filter((c) => c.verdict === 'fail');
  const out = process.stdout;
  out.write(`calibrate: ${log.files.map((f) => f.name).join(', ')}: ${count(log.files.reduce((s, f) => s + f.records, 0))} records, ${count(log.claims.length)} claims, ${card.source.from} → ${card.source.until}; policy: ${card.source.policy}\n`);
  if (log.unopened > 0 || log.skipped > 0) out.write(`  not used: ${count(log.unopened)} claims opened before the log, ${count(log.skipped)} lines that could not be read\n`);
  const buyers = card.method.buyerProfiles;
  const sellers = card.method.sellerProfiles;
  out.write(`fit: ${sellers} seller profile${sellers === 1 ? '' : 's'}, ${buyers} buyer profile${buyers === 1 ? '' : 's'} on ${count(log.claims.length - Math.round(log.claims.length * flags.holdout))} training claims (holdout ${flags.holdout}, seed ${flags.seed}); ${count(card.parameters.length)} parameters with 95% intervals, ${count(card.choices.length)} model choices, ${count(card.unidentified.length)} assumptions\n`);
  if (timing) out.write(`  buyer answer timing: ${timing.chosen} (${timing.evidence})\n`);
  out.write(`checks on the holdout: ${card.checks.length - failed.length} pass, ${failed.length} fail${failed.length > 0 ? `: ${failed.map((c) => `${c.what} (${c.test} ${c.statistic} > ${c.threshold}, p ${c.pValue})`).join('; ')}` : ''}\n`);
  out.write(`population: ${flags.out} (claimsim simulate --population ${flags.out})\n`);
  out.write(`validation: ${html} (and ${stem}.validation.md, ${stem}.validation.json)\n`);
  return failed.length > 0 ? EXIT.failed : EXIT.ok;
}

/** The policy a log's header carries, checked as a policy file is. */
function headerPolicy(value: Record<string, unknown>, file: string, line: number): Policy {
  const r = checkPolicy(value);
  if (!r.ok) throw new InputError(`${file}:${line}:1: the header's policy is not valid: ${r.problems.map((p) => p.message).join('; ')} (fix the header, or give --policy)`);
  return r.policy;
}
