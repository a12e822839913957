import type { CalibrationCard } from '../../../generators/population/calibrationSchema.js';
import { mdTable } from '../markdown/mdTable.js';
import {
  ASSUMPTION_MARK,
  CHECK_HEADER,
  CHECK_NUMERIC,
  CHOICE_HEADER,
  PARAMETER_HEADER,
  UNIDENTIFIED_HEADER,
  checkRow,
  checksVerdictText,
  choiceRow,
  methodText,
  parameterRow,
  sourceName,
  sourceText,
  unidentifiedRow,
} from './cardText.js';

/**
 * The calibration card in Markdown: source, method, the parameters with their 95% intervals,
 * the model choices with their evidence, the checks on the holdout with their verdicts, and
 * what the log cannot identify, marked as an assumption. `of` names the arm when two are shown.
 */
export function markdownCard(card: CalibrationCard, heading: string, of = ''): string {
  const out = [
    `${heading} Calibration card${of ? ` (${of})` : ''}: ${sourceName(card)}`,
    '',
    `${sourceText(card)} ${methodText(card)}`,
    '',
    `${heading}# Parameters`,
    '',
    card.parameters.length === 0 ? 'No fitted parameter is listed.' : mdTable(PARAMETER_HEADER, card.parameters.map(parameterRow)),
    '',
  ];
  if (card.choices.length > 0) out.push(`${heading}# Model choices`, '', mdTable(CHOICE_HEADER, card.choices.map(choiceRow)), '');
  out.push(`${heading}# Fit checks on the holdout`, '', `${capitalised(checksVerdictText(card))}.`, '');
  if (card.checks.length > 0) out.push(mdTable(CHECK_HEADER, card.checks.map(checkRow), [...CHECK_NUMERIC]), '');
  out.push(`${heading}# Not identified by the log`, '');
  if (card.unidentified.length === 0) out.push('Nothing: every behaviour the population gives was learned from the log.', '');
  else out.push(`Each of these is an ${ASSUMPTION_MARK}; results that depend on it say so.`, '', mdTable(UNIDENTIFIED_HEADER, card.unidentified.map(unidentifiedRow)), '');
  return out.join('\n');
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
