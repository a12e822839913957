import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy, makePolicy } from '../../engine/index.js';
import { loadPopulationFile, runPopulation } from '../../generators/index.js';
import { claimSellers } from '../../generators/summary/claimSellers.js';
import { buildCompareReport } from '../../reports/model/buildCompareReport.js';
import { renderJson } from '../../reports/render/renderJson.js';

/**
 * The one golden report: a comparison of the default policy with a 10-day window on the
 * small population, 300 claims × 2 replications at fixed seeds. Its JSON is the machine
 * contract; a change here must be deliberate (`vitest run -u` after checking the diff).
 */
describe('golden compare report', () => {
  it('is byte for byte the committed JSON', async () => {
    const population = loadPopulationFile('generators/populations/small.yaml');
    const run = (policy: Policy, seed: number) => runPopulation(population, { policy, seed, claims: 300 });
    const pairs = [7, 8].map((seed) => {
      const b = run(DEFAULT_POLICY, seed);
      const v = run(makePolicy({ responseWindowDays: 10 }), seed);
      const sellers = claimSellers(population, DEFAULT_POLICY, seed, 300);
      return { baseline: b.summary, variant: v.summary, baselineOutcomes: b.finalOutcomes, variantOutcomes: v.finalOutcomes, sellers };
    });
    await expect(renderJson(buildCompareReport(pairs))).toMatchFileSnapshot('__snapshots__/compare-report.golden.json');
  });
});
