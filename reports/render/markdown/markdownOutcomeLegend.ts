import { outcomeLegend } from '../../model/outcomeLabel.js';

/** The outcome legend in Markdown: every label once with the key the JSON uses for it. */
export function markdownOutcomeLegend(): string {
  return `Outcomes (JSON key): ${outcomeLegend().map((o) => `${o.label} (\`${o.key}\`)`).join('; ')}.`;
}
