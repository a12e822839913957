import type { Command } from 'commander';
import type { CalibrateFlags } from '../actions/calibrate/calibrate.js';
import { checkedOption, seedOption } from './shared/checkedOption.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `--holdout SHARE`: the share of claims held out, 0.05 … 0.5. */
const holdoutOption = checkedOption((text) => {
  const v = Number(text);
  return /^\d*\.?\d+$/.test(text.trim()) && v >= 0.05 && v <= 0.5 ? { ok: true, value: v } : { ok: false, message: `--holdout must be a share from 0.05 to 0.5, got ${text}` };
});

/** `--profiles K|auto`: profiles per party (sellers and buyers), 1 … 10, or `auto` (chosen by held-out likelihood). */
const profilesOption = checkedOption<number | 'auto'>((text) => {
  if (text.trim() === 'auto') return { ok: true, value: 'auto' };
  const v = Number(text);
  return /^\d+$/.test(text.trim()) && v >= 1 && v <= 10 ? { ok: true, value: v } : { ok: false, message: `--profiles must be a whole number from 1 to 10, or auto, got ${text}` };
});

/** `claimsim calibrate`: a population fitted from a marketplace's own claim log, with its card and validation. */
export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description("fit a population (sellers, buyers, claims, lifecycle) to a claim log (docs/claim-log.md), with censoring, model choice by held-out likelihood, a calibration: card and a validation report (docs/calibration.md)")
    .argument('<log...>', 'claim log files (NDJSON, plain or gzip; a CSV export with --map; an OCEL 2.0 JSON document), read in order as one log')
    .requiredOption('-o, --out <file>', 'the population file to write (YAML), for simulate, compare and sweep as it is; the validation report goes beside it as <stem>.validation.json/.md/.html')
    .option('--policy <policy>', "the policy in force: a policy YAML file (with changes:) or key=value overrides (default: the log's header, else the default policy)")
    .option('--holdout <share>', 'the share of claims held out for model choice and the checks, 0.05 to 0.5', holdoutOption, 0.25)
    .option('--seed <n>', 'seed of the holdout draw and of the validation run, 0 to 4294967295', seedOption, 1)
    .option('--profiles <k>', "profiles per party, 1 to 10 (for sellers and for buyers a mixture fitted by EM, each seller's claims and each buyer's requests from one profile), or auto: 1 to 4 tried for each party, kept by held-out likelihood", profilesOption, 1)
    .option('--name <text>', 'the population\'s name (default: "Calibrated from <log>")')
    .option('--report <dir>', 'write the validation report into DIR instead of beside --out')
    .option('--map <file>', 'the mapping (YAML) of CSV exports (docs/claim-log.md, CSV exports)')
    .option('--strict', 'a line that cannot be read stops calibration (exit 2) instead of being skipped and counted')
    .addHelpText(
      'after',
      helpText({
        exit: '0 the population is written and every holdout check passes · 1 written, and some holdout check fails (see the report) · 2 bad input (a log that cannot be read, a bad option) · 3 internal error.',
        notes: [
          'A silent buyer is censored at the deadline and a claim still open at the log\'s end at the end: every fit is a survival likelihood, nothing is dropped or cut.',
          'What the log cannot tell (a reaction to reminders it never shows, answers after the deadline) stays an assumption, listed under calibration: unidentified.',
        ],
        examples: [
          'claimsim calibrate claims.ndjson.gz --policy policy.yaml --out out/fitted.yaml',
          'claimsim simulate -p generators/populations/default.yaml --log out/d.ndjson && claimsim calibrate out/d.ndjson -o out/fitted.yaml && claimsim simulate -p out/fitted.yaml',
        ],
      }),
    )
    .action(async (logs: string[], flags: CalibrateFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { calibrateCommand } = await import('../actions/calibrate/calibrate.js');
      await reportInputError(() => calibrateCommand(logs, flags));
    });
}
