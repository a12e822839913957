import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../engine/index.js';
import { fitPopulation } from '../../generators/calibrate/fitPopulation.js';
import { simulatedLog } from '../../generators/calibrate/simulatedLog.js';
import { loadPopulationFile } from '../../generators/index.js';
import { populationSchema } from '../../generators/population/populationSchema.js';

/**
 * `calibrate --profiles K` for sellers: on a population that truly has two kinds of seller
 * (fixtures/twoSellers.yaml, 60 sellers of about 50 claims each: eager, weight 3, requests 90%
 * of claims about an hour after they open; slow, weight 2, 20% after about two days), a
 * two-profile mixture recovers both kinds' weights and request probabilities within their 95%
 * intervals, where a single profile (the two averaged) holds none of the request probabilities.
 */
const FILE = 'test/calibrate/fixtures/twoSellers.yaml';
const population = loadPopulationFile(FILE);
const HOUR = 3_600_000;
const TRUTH = [
  { weight: 0.6, request: 0.9, mean: 1 * HOUR },
  { weight: 0.4, request: 0.2, mean: 48 * HOUR },
];
const TYPES = ['return', 'cancel'] as const;
const SEEDS = [1, 2];

const fitOf = (seed: number, profiles: number | 'auto') => fitPopulation(simulatedLog('two-sellers', population, DEFAULT_POLICY, seed, 3000), { holdout: 0.25, seed, name: 'two sellers fitted', profiles });
const fits = new Map<string, ReturnType<typeof fitOf>>();
/** Each fit once (they take seconds): the tests share them. */
const fitted = (seed: number, profiles: number | 'auto') => {
  const key = `${seed}:${profiles}`;
  if (!fits.has(key)) fits.set(key, fitOf(seed, profiles));
  return fits.get(key)!;
};

/** How many of the 2 × 3 true values (weight, request probability per claim type of each kind) the fitted profile of the same rank, or the one profile, holds in its interval. */
function held(fit: ReturnType<typeof fitOf>): number {
  const at = (path: string) => fit.card.parameters.find((p) => p.path === path);
  let n = 0;
  TRUTH.forEach((truth, i) => {
    const k = fit.sellerProfiles > 1 ? i : 0;
    // One profile has weight 1 and no interval on it: it holds a weight only if the truth is 1.
    const w = at(`sellerProfiles.${k}.weight`) ?? { low: 1, high: 1 };
    if (w.low <= truth.weight && truth.weight <= w.high) n++;
    for (const t of TYPES) {
      const p = at(`sellerProfiles.${k}.request.probability.${t}`);
      if (p && p.low <= truth.request && truth.request <= p.high) n++;
    }
  });
  return n;
}

describe('a mixture of seller profiles (calibrate --profiles K)', () => {
  it('two profiles recover both kinds of seller (weights and request probabilities within their intervals), one profile holds none of the request probabilities', () => {
    let two = 0;
    let one = 0;
    for (const seed of SEEDS) {
      const k2 = fitted(seed, 2);
      expect(k2.sellerProfiles).toBe(2);
      const profiles = k2.data['sellerProfiles'] as { name: string; weight: number; request: { probability: Record<string, number> } }[];
      expect(profiles.map((p) => p.name)).toEqual(['fitted-1', 'fitted-2']);
      // Highest share of claims with a request first: the eager kind.
      expect(profiles[0]!.request.probability['return']!).toBeGreaterThan(profiles[1]!.request.probability['return']!);
      expect(profiles[0]!.weight + profiles[1]!.weight).toBeCloseTo(1, 5);
      // The request delay's family is chosen by the mixture's held-out likelihood: each kind's exponential mean is within 15% of its truth.
      const delay = k2.card.choices.find((c) => c.what === 'seller request delay')!;
      expect(delay.evidence).toContain('2-profile mixture');
      expect(delay.chosen).toBe('exponential');
      TRUTH.forEach((truth, i) => {
        const mean = k2.card.parameters.find((p) => p.path === `sellerProfiles.${i}.request.delay.exponential.mean`)!;
        expect(Math.abs(mean.estimate / truth.mean - 1)).toBeLessThan(0.15);
      });
      two += held(k2);
      const k1 = fitOf(seed, 1);
      expect(k1.sellerProfiles).toBe(1);
      one += held(k1);
    }
    // 12 true values over two seeds: the mixture holds nearly all (95% intervals); the single profile only the weights' none and no request probability.
    expect(two).toBeGreaterThanOrEqual(11);
    expect(one).toBe(0);
  });

  it('the same log and K fit the same population; simulate takes it, and the card says the sellers are a mixture', () => {
    const a = fitted(1, 2);
    const b = fitOf(1, 2);
    expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
    expect(JSON.stringify(b.card.parameters)).toBe(JSON.stringify(a.card.parameters));
    expect(populationSchema.safeParse(a.data).success).toBe(true);
    const who = a.card.unidentified.find((u) => u.what.startsWith('which seller and buyer'))!;
    expect(who.why).toContain("the sellers' requests and what follows them as a mixture of 2 profiles");
    expect(who.assumption).toContain('a seller draws a profile by its weight');
    const weights = a.card.parameters.filter((p) => /^sellerProfiles\.\d\.weight$/.test(p.path));
    expect(weights.map((w) => w.path)).toEqual(['sellerProfiles.0.weight', 'sellerProfiles.1.weight']);
    // Each profile carries its own request, escalation, give-up and re-request on the card.
    for (const k of [0, 1]) {
      for (const key of ['request.probability.return', 'escalate', 'giveUp.probability', 'reRequest.probability']) {
        expect(a.card.parameters.some((p) => p.path === `sellerProfiles.${k}.${key}`)).toBe(true);
      }
    }
  });

  it("each profile's escalation rests on the requests at risk of a refusal as the model reads them: drawn while the claim was open and not eligible (the one-profile card's words)", () => {
    const a = fitted(1, 2);
    for (const k of [0, 1]) {
      const escalate = a.card.parameters.find((p) => p.path === `sellerProfiles.${k}.escalate`)!;
      expect(escalate.basis).toMatch(/^about [\d,.]+ refused requests expected from this profile's sellers \(requests drawn while the claim was open and not eligible, by EM\)$/);
      expect(escalate.basis).not.toContain('after eligibility ended');
    }
  });

  it('sellerProfiles holds the sellers to their own number of profiles apart from the buyers\' (fitPopulation, recover.ts --seller-profiles)', () => {
    const log = simulatedLog('two-sellers', population, DEFAULT_POLICY, 1, 3000);
    const held1 = fitPopulation(log, { holdout: 0.25, seed: 1, name: 'two sellers fitted', profiles: 2, sellerProfiles: 1 });
    expect(held1.sellerProfiles).toBe(1);
    expect(held1.card.choices.some((c) => c.what === 'seller request delay' && c.evidence.includes('profile mixture'))).toBe(false);
    // The sellers' half is the one-profile fit's; the two-profile fit of the same log has two.
    expect(JSON.stringify(held1.data['sellerProfiles'])).toBe(JSON.stringify(fitOf(1, 1).data['sellerProfiles']));
    expect(fitted(1, 2).sellerProfiles).toBe(2);
    const apart = fitPopulation(log, { holdout: 0.25, seed: 1, name: 'two sellers fitted', profiles: 1, sellerProfiles: 2 });
    expect(apart.sellerProfiles).toBe(2);
    expect(JSON.stringify(apart.data['sellerProfiles'])).toBe(JSON.stringify(fitted(1, 2).data['sellerProfiles']));
  });

  it("--profiles auto keeps two seller profiles on a log of two kinds of seller, by the held-out sellers' likelihood", () => {
    const fit = fitOf(1, 'auto');
    const choice = fit.card.choices.find((c) => c.what === 'seller profiles');
    expect(choice?.chosen).toBe('2');
    expect(choice?.options.map((o) => o.name)).toEqual(['1', '2', '3', '4']);
    const ll = new Map(choice!.options.map((o) => [o.name, o.heldOutLogLikelihood]));
    expect(ll.get('2')!).toBeGreaterThan(ll.get('1')! + 10);
    // An extra profile must lead by 2.6 standard errors over the held-out sellers, as for buyers, not by a fixed margin of log-likelihood.
    expect(choice!.evidence).toContain('does not lead by 2.6 standard errors over the 60 held-out sellers');
    expect(fit.sellerProfiles).toBe(2);
  });
});
