import type { CalibrationCard } from '../../../generators/population/calibrationSchema.js';
import { escapeHtml } from '../html/escapeHtml.js';
import { raw } from '../html/Html.js';
import { htmlTable } from '../html/htmlTable.js';
import { count } from '../format.js';
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

/** Tables longer than this are folded. */
const FOLD_AFTER = 12;

/**
 * The calibration card as an HTML fragment (a `<section class="calibration">`), the same parts
 * as in Markdown; a failed check and each assumption are marked. `of` names the arm when two are shown.
 */
export function htmlCard(card: CalibrationCard, of = ''): string {
  const failed = card.checks.some((c) => c.verdict === 'fail');
  const out = [
    `<section class="calibration" data-calibration="${escapeHtml(card.source.sha256)}">`,
    `<h3>Calibration card${of ? ` (${escapeHtml(of)})` : ''}: ${escapeHtml(sourceName(card))}</h3>`,
    `<p>${escapeHtml(sourceText(card))} ${escapeHtml(methodText(card))}</p>`,
    card.parameters.length === 0
      ? '<p>No fitted parameter is listed.</p>'
      : folded(card.parameters.length, 'fitted parameters with their 95% intervals', htmlTable(PARAMETER_HEADER, card.parameters.map(parameterRow), { numeric: [1], caption: 'parameters: estimate and 95% interval' })),
  ];
  if (card.choices.length > 0) out.push(folded(card.choices.length, 'model choices with their evidence', htmlTable(CHOICE_HEADER, card.choices.map(choiceRow), { caption: 'model choices and their evidence' })));
  out.push(`<div class="verdict ${failed ? 'bad' : 'ok'}">${escapeHtml(sentence(checksVerdictText(card)))}</div>`);
  if (card.checks.length > 0) {
    const rows = card.checks.map((c) => {
      const row: (string | ReturnType<typeof raw>)[] = checkRow(c);
      row[6] = raw(c.verdict === 'pass' ? 'pass' : '<strong>FAIL</strong>');
      return row;
    });
    out.push(htmlTable(CHECK_HEADER, rows, { numeric: [...CHECK_NUMERIC], caption: 'fit checks on the holdout' }));
  }
  if (card.unidentified.length === 0) out.push('<p>Nothing the population gives is left unidentified by the log.</p>');
  else {
    const rows = card.unidentified.map((u) => {
      const row: (string | ReturnType<typeof raw>)[] = unidentifiedRow(u);
      row[2] = raw(`<strong>${escapeHtml(ASSUMPTION_MARK)}</strong>: ${escapeHtml(u.assumption)}`);
      return row;
    });
    out.push(htmlTable(UNIDENTIFIED_HEADER, rows, { caption: `not identified by the log: each is an ${ASSUMPTION_MARK}` }));
  }
  out.push('</section>');
  return out.join('\n');
}

/** A long table folded under a line that counts its rows (a fitted population has dozens); a short one as it is. */
function folded(rows: number, what: string, table: string): string {
  return rows > FOLD_AFTER ? `<details><summary>${count(rows)} ${escapeHtml(what)}</summary>\n${table}\n</details>` : table;
}

function sentence(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}
