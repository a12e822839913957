import type { CompareReport, ParameterDraws } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { count, differenceText, percent, points } from './format.js';
import { MIN_DRAWS_PER_MODEL, MODEL_WEIGHT_FLOOR } from '../stats/mixtureDraws.js';

/** What the parameter-draws section says before its table. */
export function parameterDrawsIntro(d: ParameterDraws): string {
  return (
    `The comparison re-run over ${count(d.draws)} draw${d.draws === 1 ? '' : 's'} of the ${count(d.parameters.length)} fitted parameters of the population’s calibration card ` +
    `(seed ${d.seed}: each from a normal around its estimate with sd = (high − low) / 3.92, clamped to its range), each draw ${d.replications} replication${d.replications === 1 ? '' : 's'} on seeds of its own. ` +
    'The interval over the draws pools them by Rubin’s rules, total variance = within + (1 + 1/N) × between: it holds what the log left uncertain in the parameters beside the simulation’s noise. ' +
    '“same way”: the share of draws whose difference has the sign of the pooled one.' +
    modelsText(d)
  );
}

/**
 * When the card keeps alternatives to a choice the log does not identify: which options the
 * draws took, and each outcome whose direction depends on that choice (the options' draws move
 * it opposite ways), with each option's mean difference.
 */
function modelsText(d: ParameterDraws): string {
  const models = d.models ?? [];
  if (models.length === 0) return '';
  const notDrawn = d.notDrawn ?? 0;
  const drew =
    ` The draws took each model the card keeps (one option of every choice the log does not identify, weighing the product of their weights) by its weight on the card, ` +
    `at least ${MIN_DRAWS_PER_MODEL} draws for each of weight ${percent(MODEL_WEIGHT_FLOOR, 0)} or more while the draws last (the heaviest first), then its parameters: ${models.map((m) => `${m.model} in ${count(m.draws)}`).join(', ')}.` +
    (notDrawn > 0
      ? ` Models holding ${percent(notDrawn, 1)} of the card’s weight were not drawn (each under ${percent(MODEL_WEIGHT_FLOOR, 0)}, past what the draws allow at ${MIN_DRAWS_PER_MODEL} each, or without a completed draw): the result is over the models drawn, their weights renormalised, and does not hold those.`
      : '');
  if (models.length < 2) return drew;
  const took = `${drew} The interval over them is a mixture: each model’s draws pooled by Rubin’s rules, the models weighed by their weights on the card, not by their counts of draws (its 2.5% and 97.5% quantiles).`;
  const depends = d.outcomes.filter((x) => x.dependsOnModel === true);
  if (depends.length === 0) return `${took} The models’ draws move every outcome the same way.`;
  return `${took} ${depends
    .map((x) => `The effect on ${outcomeLabel(x.outcome).toLowerCase()} depends on that unidentified choice: ${models.map((m, k) => `${points(x.byModel![k]!)} under ${m.model}`).join(', ')}.`)
    .join(' ')}`;
}

/** The section's header, Markdown and HTML alike. */
export const PARAMETER_DRAWS_HEADER = ['outcome', 'at the estimates (95% CI)', 'over the draws (95% CI)', 'same way'];

/** Its rows: the outcomes either arm had, each at the card's estimates (the main table) and over the draws. */
export function parameterDrawsRows(r: CompareReport, d: ParameterDraws): string[][] {
  return d.outcomes.flatMap((x) => {
    const main = r.outcomes.find((o) => o.outcome === x.outcome)!;
    if (main.baseline.estimate === 0 && main.variant.estimate === 0 && x.pooled.estimate === 0) return [];
    return [[outcomeLabel(x.outcome), differenceText(main.difference), differenceText(x.pooled), percent(x.sameWay, 0)]];
  });
}
