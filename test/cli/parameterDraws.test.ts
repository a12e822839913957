import { describe, expect, it } from 'vitest';
import { MIN_DRAWS_PER_MODEL, MODEL_WEIGHT_FLOOR, modelDraws, stratified } from '../../cli/actions/compare/parameterDraws.js';
import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';
import type { Plain } from '../../input/toPlain.js';

const counts = (order: readonly number[], options: number): number[] => Array.from({ length: options }, (_, k) => order.filter((x) => x === k).length);

describe('stratified model draws', () => {
  it('gives an option of a few percent its own MIN_DRAWS_PER_MODEL draws, and the rest by weight', () => {
    const s = stratified([0.95, 0.05], 10, 1);
    expect(MIN_DRAWS_PER_MODEL).toBe(2);
    expect(counts(s.order, 2)).toEqual([8, 2]);
    expect(s.weights).toEqual([0.95, 0.05]);
    expect(s.order).toHaveLength(10);
  });

  it('shares the draws beyond the minimum by largest remainders', () => {
    // 10 − 3·2 = 4 left: 2.8, 0.8, 0.4 → 2, 0, 0 and the two largest remainders (0.8, 0.8) one more each.
    expect(counts(stratified([0.7, 0.2, 0.1], 10, 3).order, 3)).toEqual([5, 3, 2]);
  });

  it('draws no option below MODEL_WEIGHT_FLOOR, and says how much weight it left undrawn', () => {
    const s = stratified([0.995, MODEL_WEIGHT_FLOOR / 2], 10, 1);
    expect(counts(s.order, 2)).toEqual([10, 0]);
    expect(s.weights).toEqual([1, 0]);
    expect(s.undrawn).toBeCloseTo(MODEL_WEIGHT_FLOOR / 2 / (0.995 + MODEL_WEIGHT_FLOOR / 2), 12);
    expect(stratified([0.6, 0.4], 10, 1).undrawn).toBe(0);
  });

  it('with too few draws for every option, gives them to the heaviest', () => {
    expect(counts(stratified([0.2, 0.5, 0.3], 4, 1).order, 3)).toEqual([0, 2, 2]);
    expect(counts(stratified([0.6, 0.4], 1, 1).order, 2)).toEqual([1, 0]);
  });

  it('shuffles which draw takes which option by the seed, reproducibly', () => {
    expect(stratified([0.6, 0.4], 10, 5)).toEqual(stratified([0.6, 0.4], 10, 5));
    expect(stratified([0.6, 0.4], 10, 5).order).not.toEqual(stratified([0.6, 0.4], 10, 6).order);
  });
});

describe('modelDraws', () => {
  const card = {
    parameters: [{ path: 'buyerProfiles.0.accept.probability', estimate: 0.7, low: 0.6, high: 0.8, unit: 'probability', basis: 'test' }],
    choices: [{ what: 'buyer answer timing', chosen: 'delay', options: [], evidence: '' }],
    alternatives: [{ what: 'buyer answer timing', name: 'fractionOfWindow', weight: 0.04, set: { 'buyerProfiles.0.silent': 0.3 }, parameters: [] }],
  } as unknown as CalibrationCard;
  const data = { buyerProfiles: [{ name: 'b', accept: { probability: 0.7 }, reject: { probability: 0.1 }, silent: 0.2 }] } as Plain;

  it('carries each draw’s model weight: an alternative of weight 0.04 gets 2 of 10 draws, each of weight 0.04', () => {
    const draws = modelDraws(card, data, 10, 3);
    const alt = draws.filter((d) => d.model === 'buyer answer timing: fractionOfWindow');
    expect(alt).toHaveLength(2);
    expect(alt.every((d) => d.weight === 0.04 && d.set['buyerProfiles.0.silent'] === 0.3)).toBe(true);
    expect(draws.filter((d) => d.model === 'buyer answer timing: delay').every((d) => Math.abs(d.weight - 0.96) < 1e-12)).toBe(true);
  });

  it('gives every draw weight 1 for a card without alternatives', () => {
    expect(modelDraws({ ...card, alternatives: undefined }, data, 5, 3).map((d) => [d.model, d.weight])).toEqual(Array.from({ length: 5 }, () => ['', 1]));
  });
});

describe('modelDraws over several choices (a timing per buyer profile)', () => {
  const alt = (what: string, weight: number) => ({ what, name: 'delay', weight, set: {}, parameters: [] });
  const choice = (i: number) => ({ what: `buyer answer timing (fitted-${i})`, chosen: 'fractionOfWindow', options: [], evidence: '' });
  // Three profiles whose timings the log does not identify: delay at 0.4, 0.3 and 0.2.
  const card = {
    parameters: [],
    choices: [choice(1), choice(2), choice(3)],
    alternatives: [alt('buyer answer timing (fitted-1)', 0.4), alt('buyer answer timing (fitted-2)', 0.3), alt('buyer answer timing (fitted-3)', 0.2)],
  } as unknown as CalibrationCard;
  const joint = (draws: ReturnType<typeof modelDraws>) => {
    const by = new Map<string, { n: number; weight: number }>();
    for (const d of draws) by.set(d.model, { n: (by.get(d.model)?.n ?? 0) + 1, weight: d.weight });
    return by;
  };

  it('stratifies over the joint models: each of weight 1% or more gets MIN_DRAWS_PER_MODEL draws when the draws allow', () => {
    const by = joint(modelDraws(card, {} as Plain, 16, 7));
    expect(by.size).toBe(8);
    for (const m of by.values()) expect(m.n).toBeGreaterThanOrEqual(MIN_DRAWS_PER_MODEL);
    // A model's weight is the product of its options' (fitted-1 delay 0.4, the others chosen: 0.7, 0.8).
    expect(by.get('buyer answer timing (fitted-1): delay; buyer answer timing (fitted-2): fractionOfWindow; buyer answer timing (fitted-3): fractionOfWindow')!.weight).toBeCloseTo(0.224, 12);
    expect([...by.values()].reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
  });

  it('with 10 draws (seed 7) draws the five heaviest twice each and leaves the rest’s weight out, not spread over the others', () => {
    const by = joint(modelDraws(card, {} as Plain, 10, 7));
    expect([...by.values()].map((m) => m.n)).toEqual([2, 2, 2, 2, 2]);
    expect([...by.values()].map((m) => m.weight).sort((a, b) => b - a)).toEqual([0.336, 0.224, 0.144, 0.096, 0.084].map((w) => expect.closeTo(w, 12)));
    // 0.056 + 0.036 + 0.024 of the joint weight not drawn.
    expect(1 - [...by.values()].reduce((s, m) => s + m.weight, 0)).toBeCloseTo(0.116, 12);
  });
});
