import { addDistribution } from './addDistribution.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import { DURATION_FAMILIES, round1 } from './fit/chooseFamily.js';
import { type CompetingFit, type RiskUnit, competingLogLikelihood, fitCompetingRisks } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';

export interface OnceResult {
  readonly fit: CompetingFit;
  readonly family: Family;
}

/**
 * Competing risks with `k` components sharing one family, the family chosen by held-out
 * likelihood (written on the card as `what`); null when the log never shows the act.
 */
export function fitOnce(what: string, k: number, train: readonly RiskUnit[], holdout: readonly RiskUnit[], card: CardBuilder): OnceResult | null {
  if (!train.some((u) => u.event >= 0)) return null;
  const options: { family: Family; fit: CompetingFit; ll: number }[] = [];
  for (const family of DURATION_FAMILIES) {
    const fit = fitCompetingRisks(train, k, family, 'ms');
    if (fit) options.push({ family, fit, ll: competingLogLikelihood(fit, holdout) });
  }
  if (options.length === 0) return null;
  options.sort((a, b) => b.ll - a.ll);
  const best = options[0]!;
  card.choice({
    what,
    chosen: best.family,
    options: options.map((o) => ({ name: o.family, heldOutLogLikelihood: round1(o.ll) })),
    evidence: options.length > 1 ? `held-out log-likelihood higher by ${(best.ll - options[1]!.ll).toFixed(1)} than ${options[1]!.family} over ${count(holdout.length)} held-out cases` : 'the only family the data carries',
  });
  return { fit: best.fit, family: best.family };
}

/** A chance with its delay ({ probability, delay }) written on the card under `path`. */
export function writeChance(card: CardBuilder, path: string, r: OnceResult | null, component: number, basis: string): Record<string, unknown> {
  if (r === null) return { probability: 0, delay: { constant: '0ms' } };
  const p = r.fit.shares[component]!;
  const ci = r.fit.intervals[component]!;
  card.parameter(`${path}.probability`, p, ci.low, ci.high, 'probability', basis);
  return { probability: +p.toPrecision(6), delay: addDistribution(card, `${path}.delay`, r.fit.components[component]!, 'ms', basis) };
}
