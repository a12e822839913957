import { outcomeLegend } from '../../model/outcomeLabel.js';
import { escapeHtml } from './escapeHtml.js';

/** The outcome legend in HTML: every label once with the key the JSON uses for it. */
export function htmlOutcomeLegend(): string {
  return `<p class="legend">Outcomes (JSON key): ${outcomeLegend().map((o) => `${escapeHtml(o.label)} (<code>${escapeHtml(o.key)}</code>)`).join('; ')}.</p>`;
}
