import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';
import { ASSUMPTION_MARK, checkRow, choiceRow, estimateText, hashPrefix, methodText, sourceText } from './cardText.js';

/** The calibration card for the console (`claimsim simulate`): the same parts as the reports, a line each. */
export function cardConsoleLines(card: CalibrationCard): string[] {
  const width = Math.max(0, ...card.parameters.map((p) => p.path.length));
  return [
    `calibration: ${sourceText(card)}`,
    `  ${methodText(card)} Log sha256 ${hashPrefix(card.source.sha256)}`,
    ...card.parameters.map((p) => `  ${p.path.padEnd(width)}  ${estimateText(p)}  (${p.basis})`),
    ...card.choices.map((c) => {
      const [what, chosen, , evidence] = choiceRow(c);
      return `  choice: ${what}: ${chosen} (${evidence})`;
    }),
    ...card.checks.map((c) => {
      const [what, test, statistic, threshold, p, n, verdict] = checkRow(c);
      return `  check: ${what}: ${test} ${statistic} against ${threshold}, p ${p}, n ${n}: ${verdict}`;
    }),
    ...card.unidentified.map((u) => `  not identified by the log: ${u.what}: ${ASSUMPTION_MARK}: ${u.assumption}`),
  ];
}
