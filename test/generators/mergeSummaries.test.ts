import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../engine/index.js';
import { loadPopulationFile, mergeSummaries, runPopulation, summaryJson } from '../../generators/index.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const run = (shard?: { index: number; count: number }) => runPopulation(small, { policy: DEFAULT_POLICY, claims: 700, ...(shard ? { shard } : {}) });

describe('mergeSummaries', () => {
  const whole = run();
  const shards = [1, 2, 3].map((index) => run({ index, count: 3 }));

  it('merges shards 1/3, 2/3, 3/3 into exactly the unsharded summary', () => {
    const merged = mergeSummaries(shards.map((s) => s.summary));
    expect(merged).toEqual(whole.summary);
    expect(summaryJson(merged)).toBe(summaryJson(whole.summary));
    // In any order.
    expect(summaryJson(mergeSummaries([shards[2]!.summary, shards[0]!.summary, shards[1]!.summary]))).toBe(summaryJson(whole.summary));
  });

  it('gives each shard its own claims, by index', () => {
    shards.forEach((s, k) => {
      expect(s.summary.shard).toEqual({ index: k + 1, count: 3 });
      s.finalOutcomes.forEach((o, i) => expect(o === 255).toBe(i % 3 !== k));
      s.finalOutcomes.forEach((o, i) => o !== 255 && expect(o).toBe(whole.finalOutcomes[i]));
    });
  });

  it('refuses a missing or repeated shard and summaries of different runs', () => {
    expect(() => mergeSummaries([shards[0]!.summary, shards[1]!.summary])).toThrow('shard 3/3 is missing');
    expect(() => mergeSummaries([shards[0]!.summary, shards[0]!.summary, shards[2]!.summary])).toThrow('shard 1/3 is given twice');
    const other = runPopulation(small, { policy: DEFAULT_POLICY, claims: 700, seed: 5, shard: { index: 3, count: 3 } });
    expect(() => mergeSummaries([shards[0]!.summary, shards[1]!.summary, other.summary])).toThrow(/different runs: seed/);
    expect(() => mergeSummaries([])).toThrow();
    // The shard set is checked by the one shard arithmetic (input/Shard.ts), as every merge's is.
    const half = run({ index: 2, count: 2 });
    expect(() => mergeSummaries([shards[0]!.summary, half.summary, shards[2]!.summary])).toThrow('shard 2/2 does not belong with shards of 3');
    expect(() => mergeSummaries([whole.summary, shards[1]!.summary])).toThrow('cannot merge the whole run with shards');
  });
});
