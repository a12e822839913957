import { describe, expect, it } from 'vitest';
import { drawnComparison } from '../../cli/actions/compare/compareDraws.js';
import { buildCompareReport } from '../../reports/model/buildCompareReport.js';
import { comparePairs } from '../reports/fixtures/comparePairs.js';

// Two models' draws: the first moves one timeout in 5 to an acceptance, the second one in 2.
const small = comparePairs(2, 1000, 5);
const large = comparePairs(2, 1000, 2);
const at = (pairs: ReturnType<typeof comparePairs>, outcome: number) => buildCompareReport(pairs, []).outcomes[outcome]!.difference.estimate;
const o = { seed: 1, parameters: ['buyerProfiles.0.accept.probability'], replications: 2, pairing: 'paired' as const };

describe('the parameter draws pooled over the models the card keeps', () => {
  const draws = [small, small, large, large];
  const models = ['timing: delay', 'timing: delay', 'timing: fractionOfWindow', 'timing: fractionOfWindow'];
  const i = buildCompareReport(small, []).outcomes.findIndex((x) => x.difference.estimate !== 0);

  it('weighs each model by its weight on the card, not by its count of draws', () => {
    const mixed = drawnComparison(draws, { ...o, models, weights: [0.9, 0.9, 0.1, 0.1] })!;
    const outcome = mixed.outcomes[i]!;
    expect(outcome.pooled.estimate).toBeCloseTo(0.9 * at(small, i) + 0.1 * at(large, i), 6);
    expect(outcome.byModel).toEqual([at(small, i), at(large, i)].map((x) => +x.toFixed(12)));
    // With even weights the same draws centre half-way.
    const even = drawnComparison(draws, { ...o, models, weights: [0.5, 0.5, 0.5, 0.5] })!.outcomes[i]!;
    expect(even.pooled.estimate).toBeCloseTo(0.5 * at(small, i) + 0.5 * at(large, i), 6);
  });

  it('pools by Rubin’s rules alone when the draws took one model', () => {
    const one = drawnComparison([small, large], o)!.outcomes[i]!;
    expect(one.pooled.estimate).toBeCloseTo((at(small, i) + at(large, i)) / 2, 6);
    expect(one.byModel).toBeUndefined();
  });
});
