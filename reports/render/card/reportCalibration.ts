import type { CompareReport } from '../../model/CompareReport.js';
import type { SweepReport } from '../../model/SweepReport.js';
import { escapeHtml } from '../html/escapeHtml.js';
import { type LeanedAssumption, assumptionsLeanedOn, leanText, leansOfArms } from './assumptionsLeanedOn.js';
import { cardHeadline } from './cardText.js';
import { cardsOfArms } from './cardsOfArms.js';
import { htmlCard } from './htmlCard.js';
import { markdownCard } from './markdownCard.js';

/**
 * The calibration parts of compare and sweep reports: the cards of the arms (one when they carry
 * the same), and beside the result, the assumptions the log cannot identify that the variant (or
 * a swept key) leans on. Empty for populations without a card, so those reports stay as they were.
 */

/** A comparison's leaned-on assumptions: the policy keys and population paths that differ, against either arm's card. */
export function compareLeans(r: CompareReport): LeanedAssumption[] {
  return leansOfArms(
    [r.baseline.calibration, r.variant.calibration],
    r.changes.map((c) => c.key),
    r.populationChanges.map((c) => c.path),
  );
}

/** The lines beside a comparison's verdict (Markdown list items), and the cards at its end. */
export function markdownCompareCalibration(r: CompareReport, heading: string): { beside: string[]; cards: string[] } {
  const cards = cardsOfArms(r.baseline.calibration, r.variant.calibration);
  if (cards.length === 0) return { beside: [], cards: [] };
  const leans = compareLeans(r);
  return {
    beside: [...cards.map((c) => `${cardHeadline(c.card)}${c.of ? ` (${c.of})` : ''} The card is below.`), '', ...leans.map((l) => `- **Variant ${leanText(l)}**.`), ...(leans.length > 0 ? [''] : [])],
    cards: cards.map((c) => markdownCard(c.card, `${heading}#`, c.of)),
  };
}

/** The same for the HTML page. */
export function htmlCompareCalibration(r: CompareReport): { beside: string; cards: string } {
  const cards = cardsOfArms(r.baseline.calibration, r.variant.calibration);
  if (cards.length === 0) return { beside: '', cards: '' };
  return {
    beside: [
      ...cards.map((c) => `<p class="calibrated">${escapeHtml(cardHeadline(c.card))}${c.of ? ` (${escapeHtml(c.of)})` : ''} The card is below.</p>`),
      ...compareLeans(r).map((l) => `<div class="verdict warn assumption">Variant ${escapeHtml(leanText(l))}.</div>`),
    ].join('\n'),
    cards: cards.map((c) => htmlCard(c.card, c.of)).join('\n'),
  };
}

/** A sweep's parameter leans on an assumption when the card names its key. */
export function sweepLeans(r: SweepReport, key: string): LeanedAssumption[] {
  return assumptionsLeanedOn(r.calibration, [key]);
}

/** Written after a knob's verdict in Markdown: " Leans on an assumption …" per assumption, or nothing. */
export function sweepLeanSuffix(r: SweepReport, key: string): string {
  return sweepLeans(r, key).map((l) => ` *This ${leanText(l)}.*`).join('');
}
