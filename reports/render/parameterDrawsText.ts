import type { CompareReport, ParameterDraws } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { count, differenceText, percent } from './format.js';

/** What the parameter-draws section says before its table. */
export function parameterDrawsIntro(d: ParameterDraws): string {
  return (
    `The comparison re-run over ${count(d.draws)} draw${d.draws === 1 ? '' : 's'} of the ${count(d.parameters.length)} fitted parameters of the population’s calibration card ` +
    `(seed ${d.seed}: each from a normal around its estimate with sd = (high − low) / 3.92, clamped to its range), each draw ${d.replications} replication${d.replications === 1 ? '' : 's'} on seeds of its own. ` +
    'The interval over the draws pools them by Rubin’s rules, total variance = within + (1 + 1/N) × between: it holds what the log left uncertain in the parameters beside the simulation’s noise. ' +
    '“same way”: the share of draws whose difference has the sign of the pooled one.'
  );
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
