import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../engine/index.js';
import { loadPopulationFile, runPopulation, runPopulationParallel, summaryJson } from '../../generators/index.js';

const FILE = 'generators/populations/small.yaml';

describe('runPopulationParallel', () => {
  it('gives the same summary bytes and final outcomes with 1 or 2 workers as in-process', async () => {
    const alone = runPopulation(loadPopulationFile(FILE), { policy: DEFAULT_POLICY, claims: 1500 });
    const [one, two] = await Promise.all([1, 2].map((workers) => runPopulationParallel(FILE, { policy: DEFAULT_POLICY, claims: 1500, workers })));
    for (const r of [one!, two!]) {
      expect(summaryJson(r.summary)).toBe(summaryJson(alone.summary));
      expect(Buffer.from(r.finalOutcomes).equals(Buffer.from(alone.finalOutcomes))).toBe(true);
    }
  });

  it('refuses a shard that does not exist, before starting workers', async () => {
    await expect(runPopulationParallel(FILE, { policy: DEFAULT_POLICY, workers: 2, shard: { index: 4, count: 3 } })).rejects.toThrow('shard 4/3');
  });
});
