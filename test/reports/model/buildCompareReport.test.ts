import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import type { Plain } from '../../../input/toPlain.js';
import { buildCompareReport } from '../../../reports/model/buildCompareReport.js';
import { comparePairs } from '../fixtures/comparePairs.js';
import { makeSummary } from '../fixtures/makeSummary.js';

describe('buildCompareReport', () => {
  it('reports baseline, variant and the paired difference for every outcome', () => {
    const r = buildCompareReport(comparePairs(3));
    expect(r.changes).toEqual([{ key: 'responseWindowDays', baseline: 7, variant: 10 }]);
    const timeout = r.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!;
    const accepted = r.outcomes.find((o) => o.outcome === 'withdrawnByAcceptance')!;
    expect(timeout.difference.estimate).toBeCloseTo(timeout.variant.estimate - timeout.baseline.estimate, 6);
    expect(timeout.difference.estimate).toBeLessThan(0);
    expect(timeout.significant).toBe(true);
    expect(accepted.difference.estimate).toBeCloseTo(-timeout.difference.estimate, 6);
    const completed = r.outcomes.find((o) => o.outcome === 'completedNormally')!;
    expect(completed.difference.estimate).toBe(0);
    expect(completed.significant).toBe(false);
  });

  it('builds the per-claim transition table from the final outcomes', () => {
    const pairs = comparePairs(2);
    const r = buildCompareReport(pairs);
    const moved = pairs.reduce((s, p) => s + p.baselineOutcomes.filter((b, i) => b !== p.variantOutcomes[i]).length, 0);
    expect(r.transitions.changed).toBe(moved);
    expect(r.transitions.moves[0]).toMatchObject({ from: 'withdrawnByTimeout', to: 'withdrawnByAcceptance' });
  });

  it('with any number of replications, the interval comes from the per-claim pairs clustered by seller', () => {
    for (const k of [1, 2, 4]) {
      const r = buildCompareReport(comparePairs(k));
      const timeout = r.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!;
      expect(timeout.difference.method).toBe('score');
      expect(timeout.significant).toBe(true);
      expect(r.clusters).toBe(40 * k);
    }
  });

  it('gives the detectable effect, which shrinks as replications are added', () => {
    const one = buildCompareReport(comparePairs(1)), four = buildCompareReport(comparePairs(4));
    const d = (r: typeof one) => r.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!.detectable;
    expect(d(one)).toBeGreaterThan(0);
    expect(d(four)).toBeLessThan(d(one));
    expect(one.detectable).toBeGreaterThanOrEqual(d(one));
  });

  it('says nothing is significant when the variant changes no claim', () => {
    const same = buildCompareReport(comparePairs(3).map((p) => ({ ...p, variant: { ...p.baseline, policy: makePolicy({ responseWindowDays: 10 }) }, variantOutcomes: p.baselineOutcomes })));
    expect(same.outcomes.every((o) => !o.significant && o.difference.estimate === 0)).toBe(true);
    // Nothing moved, yet the interval is not a point: the score interval says how little could have.
    expect(same.outcomes.every((o) => o.difference.method === 'score' && o.difference.high > 0 && o.difference.low < 0)).toBe(true);
    expect(same.transitions.changed).toBe(0);
  });

  it('compares unpaired when the populations list profiles in another order, or when told to', () => {
    const order = [{ path: 'buyerProfiles', baseline: ['a', 'b'], variant: ['b', 'a'], order: true as const }];
    expect(buildCompareReport(comparePairs(2), order).pairing).toBe('unpaired');
    expect(buildCompareReport(comparePairs(2)).pairing).toBe('paired');
    const [p] = comparePairs(1);
    const independent = buildCompareReport([{ ...p!, variant: { ...p!.variant, seed: 9 } }], [], { pairing: 'unpaired', aa: true });
    expect(independent.variantSeeds).toEqual([9]);
    expect(independent.aa).toBe(true);
    expect(independent.outcomes.every((o) => o.difference.method === 'score')).toBe(true);
  });

  it('refuses replications that do not share seed and claims', () => {
    const [p] = comparePairs(1);
    expect(() => buildCompareReport([{ ...p!, variant: makeSummary({ seed: 9, outcomes: { openAtEnd: 1000 } }) }])).toThrow(/same seed/);
  });
});

describe('a comparison whose variant arm has another population', () => {
  it('names the variant population and says what differs, in the report and its Markdown', async () => {
    const { markdownCompare } = await import('../../../reports/render/markdown/markdownCompare.js');
    const { populationDifferences } = await import('../../../generators/population/populationDifferences.js');
    const base: Plain = { name: 'A', buyerProfiles: [{ name: 'firm', weight: 2 }, { name: 'kind', accept: { probability: 0.5, delay: '1d' } }] };
    const variant: Plain = { name: 'B', buyerProfiles: [{ name: 'kind', accept: { probability: 0.5, fractionOfWindow: { uniform: [0.5, 1] } } }, { name: 'firm', weight: 4 }] };
    const changes = populationDifferences(base, variant);
    expect(changes).toEqual([
      // The two profiles come in another order: a change of its own (claims draw differently).
      { path: 'buyerProfiles', baseline: ['firm', 'kind'], variant: ['kind', 'firm'], order: true },
      { path: 'buyerProfiles.firm.weight', baseline: 2, variant: 4 },
      { path: 'buyerProfiles.kind.accept.delay', baseline: '1d', variant: null },
      { path: 'buyerProfiles.kind.accept.fractionOfWindow', baseline: null, variant: { uniform: [0.5, 1] } },
    ]);
    const pairs = comparePairs(2, 1000, 5, makePolicy({}));
    const r = buildCompareReport(pairs, changes.slice(1));
    expect(r.changes).toEqual([]);
    expect(r.variantPopulation).toBe(pairs[0]!.variant.population);
    const md = markdownCompare(r);
    expect(md).toContain('# Comparison — population: buyerProfiles.firm.weight 2 → 4, buyerProfiles.kind.accept.delay 1d → —');
    expect(md).toContain('| buyerProfiles.kind.accept.fractionOfWindow | — | {uniform: [0.5, 1]} |');
    expect(buildCompareReport(comparePairs(2)).variantPopulation).toBeNull();
  });
});
