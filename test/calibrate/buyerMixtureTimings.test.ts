import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modelDraws, withValue } from '../../cli/actions/compare/parameterDraws.js';
import { DEFAULT_POLICY, type Policy, checkPolicy } from '../../engine/index.js';
import { fitPopulation } from '../../generators/calibrate/fitPopulation.js';
import { simulatedLog } from '../../generators/calibrate/simulatedLog.js';
import { loadPopulationFile, parsePopulation } from '../../generators/index.js';
import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';
import type { Plain } from '../../input/toPlain.js';

/**
 * `calibrate --profiles K`, each profile with its own answer timing: on a population whose two
 * kinds of buyer time their answers differently (fixtures/twoTimings.yaml: prompt buyers after an
 * absolute delay, deadline-minded ones at a fraction of the window), logged under a window that
 * changes from 3 to 10 days halfway (so the log can tell the timings apart), a two-profile fit
 * gives each profile its kind's timing, identified, and a timing per profile beats every timing
 * shared by the profiles on the held-out buyers.
 */
const windows = checkPolicy({ ...DEFAULT_POLICY, responseWindowDays: 3, changes: [{ at: '2024-04-21', set: { responseWindowDays: 10 } }] });
if (!windows.ok) throw new Error('the test policy is not valid');
const CHANGING: Policy = windows.policy;

const fitOf = (file: string, policy: Policy, seed: number, claims: number) => fitPopulation(simulatedLog('two-timings', loadPopulationFile(file), policy, seed, claims), { holdout: 0.25, seed, name: 'fitted', profiles: 2 });
const choice = (fit: ReturnType<typeof fitOf>, what: string) => fit.card.choices.find((c) => c.what === what);

describe('a timing per buyer profile (calibrate --profiles K)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: the prompt profile is fitted in delay, the deadline-minded one at a fraction of the window, each identified on the held-out buyers`, () => {
      const fit = fitOf('test/calibrate/fixtures/twoTimings.yaml', CHANGING, seed, 4000);
      expect(fit.buyerProfiles).toBe(2);
      const profiles = fit.data['buyerProfiles'] as { name: string; accept: Record<string, unknown>; reject: Record<string, unknown> }[];
      // fitted-1 accepts most: the prompt kind (accept 0.6 against 0.3).
      const prompt = choice(fit, 'buyer answer timing (fitted-1)')!;
      const minded = choice(fit, 'buyer answer timing (fitted-2)')!;
      expect(prompt.chosen).toBe('delay');
      expect(minded.chosen).toBe('fractionOfWindow');
      for (const c of [prompt, minded]) {
        expect(c.options.map((o) => o.name).sort()).toEqual(['beforeDeadline', 'delay', 'fractionOfWindow']);
        expect(c.evidence).toMatch(/higher by [\d.]+ \(standard error [\d.]+ over [\d,]+ held-out buyers with a request\)/);
        expect(c.evidence).toContain('; identified (a lead of');
        expect(c.options[0]!.weight!).toBeGreaterThan(0.99);
      }
      // The file writes each profile in its own timing, and the card has its parameters there.
      expect(Object.keys(profiles[0]!.accept).sort()).toEqual(['delay', 'probability']);
      expect(Object.keys(profiles[1]!.accept).sort()).toEqual(['fractionOfWindow', 'probability']);
      expect(Object.keys(profiles[1]!.reject).sort()).toEqual(['fractionOfWindow', 'probability']);
      expect(fit.card.parameters.some((p) => p.path.startsWith('buyerProfiles.0.accept.delay.'))).toBe(true);
      expect(fit.card.parameters.some((p) => p.path.startsWith('buyerProfiles.1.accept.fractionOfWindow.'))).toBe(true);
      expect(choice(fit, 'buyer answer timing (fitted-2): fractionOfWindow family')).toBeDefined();
      // Both identified: no alternative kept for either.
      expect(fit.card.alternatives).toEqual([]);
      // The mixture's choice: a timing per profile against each timing for every profile.
      const mixture = choice(fit, 'buyer answer timing')!;
      expect(mixture.chosen).toBe('per profile: fitted-1 delay, fitted-2 fractionOfWindow');
      expect(mixture.options.map((o) => o.name).slice(1).sort()).toEqual(['beforeDeadline', 'delay', 'fractionOfWindow']);
      expect(mixture.evidence).toContain('; identified (a lead of');
      // Each kind's answer probabilities come back (to within 0.05: 2,000 buyers' requests of each kind).
      const at = (path: string) => fit.card.parameters.find((p) => p.path === path)!.estimate;
      expect(at('buyerProfiles.0.accept.probability')).toBeCloseTo(0.6, 1);
      expect(at('buyerProfiles.0.reject.probability')).toBeCloseTo(0.2, 1);
      expect(at('buyerProfiles.1.accept.probability')).toBeCloseTo(0.3, 1);
      expect(at('buyerProfiles.1.reject.probability')).toBeCloseTo(0.5, 1);
    });
  }

  it('a profile whose timing the log does not identify keeps the others beside it, and compare --parameter-draws draws them in that profile', () => {
    // Under one policy (a 6-to-7-day window) absolute and window-relative timings differ little.
    const fit = fitOf('test/calibrate/fixtures/twoBuyers.yaml', DEFAULT_POLICY, 1, 3000);
    const open = fit.card.choices.filter((c) => /^buyer answer timing \(fitted-\d\)$/.test(c.what) && c.evidence.includes('not identified by this log'));
    expect(open.length).toBeGreaterThan(0);
    for (const c of open) {
      const i = Number(/fitted-(\d)/.exec(c.what)![1]) - 1;
      const alternatives = fit.card.alternatives.filter((a) => a.what === c.what);
      expect(alternatives.length).toBeGreaterThan(0);
      for (const a of alternatives) {
        expect(a.name).not.toBe(c.chosen);
        expect(Object.keys(a.set).sort()).toEqual([`buyerProfiles.${i}.accept`, `buyerProfiles.${i}.reject`, `buyerProfiles.${i}.silent`]);
        expect(Object.keys(a.set[`buyerProfiles.${i}.accept`] as object)).toContain(a.name);
        expect(a.parameters.every((p) => p.path.startsWith(`buyerProfiles.${i}.`))).toBe(true);
      }
    }
    const card = { parameters: fit.card.parameters, choices: fit.card.choices, alternatives: fit.card.alternatives } as unknown as CalibrationCard;
    const draws = modelDraws(card, fit.data as Plain, 40, 1);
    const alt = fit.card.alternatives[0]!;
    const taking = draws.filter((d) => d.model.includes(`${alt.what}: ${alt.name}`));
    expect(taking.length).toBeGreaterThan(0);
    for (const d of taking) {
      let data = fit.data as Plain;
      for (const [path, value] of Object.entries(d.set)) data = withValue(data, path, value as Plain);
      const population = parsePopulation(stringify(data), 'drawn.yaml');
      expect(population.buyerProfiles).toHaveLength(2);
    }
  });
});
