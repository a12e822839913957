import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../engine/index.js';
import { fitPopulation } from '../../generators/calibrate/fitPopulation.js';
import { simulatedLog } from '../../generators/calibrate/simulatedLog.js';
import { loadPopulationFile } from '../../generators/index.js';

/**
 * `calibrate --profiles K`: on a population that truly has two kinds of buyer
 * (fixtures/twoBuyers.yaml: cooperative, weight 3, and firm, weight 2), a two-profile mixture
 * recovers both profiles' weights and answer probabilities within their 95% intervals, where a
 * single profile (the two averaged) holds neither.
 */
const FILE = 'test/calibrate/fixtures/twoBuyers.yaml';
const population = loadPopulationFile(FILE);
const TRUTH = [
  { weight: 0.6, accept: 0.75, reject: 0.1, silent: 0.15 },
  { weight: 0.4, accept: 0.1, reject: 0.7, silent: 0.2 },
];
const SEEDS = [1, 2];

const fitOf = (seed: number, profiles: number | 'auto') => fitPopulation(simulatedLog('two-buyers', population, DEFAULT_POLICY, seed, 3000), { holdout: 0.25, seed, name: 'two buyers fitted', profiles });

/** How many of the 2 × 4 true values (weight, accept, reject, silent of each profile) the fitted profile of the same rank, or the one profile, holds in its interval. */
function held(fit: ReturnType<typeof fitOf>): number {
  const at = (path: string) => fit.card.parameters.find((p) => p.path === path);
  let n = 0;
  TRUTH.forEach((truth, i) => {
    const k = fit.buyerProfiles > 1 ? i : 0;
    for (const [key, path] of [
      ['weight', `buyerProfiles.${k}.weight`],
      ['accept', `buyerProfiles.${k}.accept.probability`],
      ['reject', `buyerProfiles.${k}.reject.probability`],
      ['silent', `buyerProfiles.${k}.silent`],
    ] as const) {
      // One profile has weight 1 and no interval on it: it holds a weight only if the truth is 1.
      const p = at(path) ?? (key === 'weight' ? { low: 1, high: 1 } : undefined);
      if (p && p.low <= truth[key] && truth[key] <= p.high) n++;
    }
  });
  return n;
}

describe('a mixture of buyer profiles (calibrate --profiles K)', () => {
  it('two profiles recover both kinds of buyer (weights and answers within their intervals), one profile holds neither', () => {
    let two = 0;
    let one = 0;
    for (const seed of SEEDS) {
      const k2 = fitOf(seed, 2);
      expect(k2.buyerProfiles).toBe(2);
      const profiles = k2.data['buyerProfiles'] as { name: string; weight: number; accept: { probability: number } }[];
      expect(profiles.map((p) => p.name)).toEqual(['fitted-1', 'fitted-2']);
      expect(profiles[0]!.accept.probability).toBeGreaterThan(profiles[1]!.accept.probability);
      two += held(k2);
      one += held(fitOf(seed, 1));
    }
    // 16 true values over two seeds: the mixture holds nearly all of them (95% intervals), the single profile the averages' none.
    expect(two).toBeGreaterThanOrEqual(14);
    expect(one).toBeLessThanOrEqual(2);
    expect(two).toBeGreaterThan(one);
  });

  it('the same log and K fit the same population, and the card says how many profiles each party has', () => {
    const a = fitOf(1, 2);
    const b = fitOf(1, 2);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
    expect(JSON.stringify(b.card.parameters)).toBe(JSON.stringify(a.card.parameters));
    // --profiles K is per party: the log's one kind of seller is fitted as two profiles too (a fixed K keeps every profile some seller holds).
    expect(a.buyerProfiles).toBe(2);
    expect(a.sellerProfiles).toBe(2);
    expect((a.data['sellerProfiles'] as { name: string }[]).map((p) => p.name)).toEqual(['fitted-1', 'fitted-2']);
    expect(a.card.unidentified.find((u) => u.what.startsWith('which seller and buyer'))?.why).toContain('mixture of 2 profiles');
    const timing = a.card.choices.find((c) => c.what === 'buyer answer timing');
    expect(timing?.evidence).toContain('2-profile mixture');
  });

  it('--profiles auto keeps two profiles on a log of two kinds of buyer, by the held-out buyers\' likelihood', () => {
    const fit = fitOf(1, 'auto');
    const choice = fit.card.choices.find((c) => c.what === 'buyer profiles');
    expect(choice?.chosen).toBe('2');
    expect(choice?.options.map((o) => o.name).sort()).toEqual(['1', '2', '3', '4']);
    const ll = new Map(choice!.options.map((o) => [o.name, o.heldOutLogLikelihood]));
    expect(ll.get('2')!).toBeGreaterThan(ll.get('1')! + 10);
    expect(fit.buyerProfiles).toBe(2);
  });
});
