import type { CalibrationCard } from '../../../generators/population/calibrationSchema.js';
import { ASSUMPTION_MARK, checkRow, choiceRow, estimateText, hashPrefix, methodText, sourceText } from './cardText.js';

/** Up to this many parameters or choices are listed on the console; more are counted (the reports list them all). */
export const CONSOLE_LIST_MAX = 12;

/**
 * The calibration card for the console (`claimsim simulate`): the same parts as the reports, a
 * line each; a long list of parameters or choices is counted instead, the checks and the
 * assumptions are always listed.
 */
export function cardConsoleLines(card: CalibrationCard): string[] {
  const width = Math.max(0, ...card.parameters.map((p) => p.path.length));
  const elsewhere = 'listed in the card of the population file and of `claimsim report`';
  return [
    `calibration: ${sourceText(card)}`,
    `  ${methodText(card)} Log sha256 ${hashPrefix(card.source.sha256)}`,
    ...(card.parameters.length > CONSOLE_LIST_MAX
      ? [`  ${card.parameters.length} fitted parameters, each with its 95% interval (${elsewhere})`]
      : card.parameters.map((p) => `  ${p.path.padEnd(width)}  ${estimateText(p)}  (${p.basis})`)),
    ...(card.choices.length > CONSOLE_LIST_MAX
      ? [`  ${card.choices.length} model choices, each with its evidence (${elsewhere})`]
      : card.choices.map((c) => {
          const [what, chosen, , evidence] = choiceRow(c);
          return `  choice: ${what}: ${chosen} (${evidence})`;
        })),
    ...card.checks.map((c) => {
      const [what, test, statistic, threshold, p, n, verdict] = checkRow(c);
      return `  check: ${what}: ${test} ${statistic} against ${threshold}, p ${p}, n ${n}: ${verdict}`;
    }),
    ...card.unidentified.map((u) => `  not identified by the log: ${u.what}: ${ASSUMPTION_MARK}: ${u.assumption}`),
  ];
}
