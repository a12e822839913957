import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../engine/index.js';
import { type RiskUnit, fitCompetingRisks } from '../../generators/calibrate/fit/competingRisks.js';
import { after, exact } from '../../generators/calibrate/fit/Observation.js';
import { withinLimits } from '../../generators/calibrate/sellerProfilesOf.js';
import { POPULATION_LIMITS } from '../../generators/population/populationLimits.js';

/**
 * A seller profile that next to none of its sellers' memos belong to (deadline-aware.yaml, seed
 * 21, --profiles 3: 89 first requests expected from the profile, 0.02 memos): its memo delay's
 * log-normal is fitted on three memos of posterior weight 10⁻⁴ beside the censored requests, and
 * its σ's Wald interval reached 1.5·10⁴, and compare --parameter-draws drew σ = 7.9·10³ from it,
 * which no population may hold (at most 10).
 * The card's interval stops at the population file's limits, and says why.
 */
const HOUR = 3_600_000;
const units: RiskUnit[] = [
  ...[0.5, 1, 4].map((h) => ({ event: 0, obs: [exact(h * HOUR)] })),
  ...Array.from({ length: 89 }, (_, i) => ({ event: -1, obs: [after((i + 1) * 6 * HOUR)] })),
];
const weights = [1e-4, 1e-4, 1e-4, ...new Array<number>(89).fill(1)];

describe('a seller profile with next to no memos (issue 19)', () => {
  const raw = fitCompetingRisks(units, 1, 'logNormal', 'ms', 40, undefined, undefined, weights)!;
  const sigmaOf = (fit: typeof raw) => fit.components[0]!.parameters.find((p) => p.key === 'sigma')!;

  it('its log-normal memo delay has an interval past what a population file allows before the cut', () => {
    expect(raw.components[0]!.family).toBe('logNormal');
    expect(sigmaOf(raw).high).toBeGreaterThan(POPULATION_LIMITS.sigma);
  });

  it('the interval written stops at the limits (sigma 10, a duration the longest horizon), the estimate kept, the basis saying why', () => {
    const cut = withinLimits(raw)!;
    const sigma = sigmaOf(cut.fit);
    expect(sigma.high).toBe(POPULATION_LIMITS.sigma);
    expect(sigma.estimate).toBe(sigmaOf(raw).estimate);
    expect(sigma.low).toBe(sigmaOf(raw).low);
    for (const p of cut.fit.components[0]!.parameters) expect(p.high).toBeLessThanOrEqual(p.kind === 'sigma' ? POPULATION_LIMITS.sigma : POPULATION_LIMITS.horizonDays * MS_PER_DAY);
    expect(cut.note).toMatch(/do not bound .*sigma.* from above/);
  });

  it('a profile whose memos bound the interval is left as fitted', () => {
    const fed = fitCompetingRisks(units, 1, 'logNormal', 'ms', 40, undefined, undefined, weights.map(() => 1))!;
    expect(sigmaOf(fed).high).toBeLessThan(POPULATION_LIMITS.sigma);
    expect(withinLimits(fed)).toEqual({ fit: fed, note: '' });
    expect(withinLimits(null)).toBeNull();
  });
});
