import { describe, expect, it } from 'vitest';
import { drawnComparison } from '../../cli/actions/compare/compareDraws.js';
import { buildCompareReport } from '../../reports/model/buildCompareReport.js';
import { parameterDrawsIntro } from '../../reports/render/parameterDrawsText.js';
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

  it('reports the card’s weight in models no completed draw took, and says so, not spreading it over the others', () => {
    // Weights 0.6 and 0.3 on the card: 0.1 in models not drawn (or whose draws failed).
    const mixed = drawnComparison([small, small, large, null], { ...o, models: [...models.slice(0, 3), 'timing: beforeDeadline'], weights: [0.6, 0.6, 0.3, 0.1] })!;
    expect(mixed.notDrawn).toBeCloseTo(0.1, 12);
    expect(mixed.outcomes[i]!.pooled.estimate).toBeCloseTo((0.6 * at(small, i) + 0.3 * at(large, i)) / 0.9, 6);
    expect(parameterDrawsIntro(mixed)).toContain('Models holding 10.0% of the card’s weight were not drawn (each under 1%, past what the draws allow at 2 each, or without a completed draw)');
    const all = drawnComparison(draws, { ...o, models, weights: [0.9, 0.9, 0.1, 0.1] })!;
    expect(all.notDrawn).toBe(0);
    expect(parameterDrawsIntro(all)).not.toContain('were not drawn');
  });

  it('has no notDrawn without models (a card without alternatives)', () => {
    expect(drawnComparison([small, large], o)!.notDrawn).toBeUndefined();
  });
});
