import { describe, expect, it } from 'vitest';
import { CardBuilder } from '../../generators/calibrate/Card.js';
import type { AnswerFact, ClaimFacts } from '../../generators/calibrate/ClaimFacts.js';
import { fitAnswers } from '../../generators/calibrate/fitAnswers.js';
import { drawUniform, streamKey } from '../../generators/random/hash32.js';

const DAY = 86_400_000;

/** A claim holding one request and its answer, as factsOf would read it. */
function claim(i: number, holdout: boolean, a: AnswerFact): ClaimFacts {
  return {
    id: `C${i}`, seller: 'S1', buyer: `B${i}`, holdout, type: 'return', openedAt: a.at, status: 'return_requested', stays: [],
    request: { at: a.at, escalatedAt: null, eligibleUntil: a.at, end: a.at + 30 * DAY }, answers: [a], rejections: [],
    sellerMemo: null, memoReply: null, sellerMessages: 0, sellerPii: 0, buyerMessages: 0, buyerPii: 0, reRequests: 0, outcome: 'open at the end', endedAt: null,
  };
}

/** Requests whose buyers answer after an exponential delay (mean 2 days), accept 0.5, reject 0.2, under windows of `lo` to `hi` days. */
function delayed(n: number, lo: number, hi: number, seed: number): ClaimFacts[] {
  return Array.from({ length: n }, (_, i) => {
    const u = (k: number): number => drawUniform(streamKey(seed, i, 31), k);
    const at = i * 600_000;
    const timeoutAt = at + Math.round((lo + (hi - lo) * u(0)) * DAY);
    const c = u(1);
    const answer = c < 0.5 ? 'accept' : c < 0.7 ? 'reject' : null;
    const t = at - 2 * DAY * Math.log(1 - u(2));
    if (answer === null || t >= timeoutAt) return claim(i, u(3) < 0.25, { at, timeoutAt, answer: null, t: timeoutAt, cancelled: false, reminded: false });
    return claim(i, u(3) < 0.25, { at, timeoutAt, answer, t: Math.round(t), cancelled: false, reminded: false });
  });
}

const fit = (facts: readonly ClaimFacts[]) => {
  const card = new CardBuilder();
  fitAnswers(facts.filter((f) => !f.holdout), facts.filter((f) => f.holdout), card);
  return { card, choice: card.choices.find((c) => c.what === 'buyer answer timing')! };
};

describe('the evidence for the answer timing', () => {
  it('under one policy (windows of 6 to 7 days), 2,000 requests: "not identified by this log", the other timing kept with its weight', () => {
    const { card, choice } = fit(delayed(2000, 6, 7, 1));
    expect(choice.evidence).toMatch(/standard error [\d.]+ over [\d,]+ held-out claims with a request/);
    expect(choice.evidence).toContain('not identified by this log');
    const alternative = card.alternatives.find((a) => a.what === 'buyer answer timing')!;
    expect(alternative).toBeDefined();
    expect(alternative.name).not.toBe(choice.chosen);
    expect(alternative.weight).toBeGreaterThan(0);
    expect(alternative.weight).toBeLessThan(1);
    // What the alternative puts in place is a whole answer model in its own timing, with its parameters.
    expect(Object.keys(alternative.set).sort()).toEqual(['buyerProfiles.0.accept', 'buyerProfiles.0.reject', 'buyerProfiles.0.silent']);
    expect(Object.keys(alternative.set['buyerProfiles.0.accept'] as object)).toContain(alternative.name);
    expect(alternative.parameters.some((p) => p.path.startsWith(`buyerProfiles.0.accept.${alternative.name}.`))).toBe(true);
    const weights = choice.options.map((o) => o.weight!);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('across windows of 3 to 10 days, 20,000 requests: delay chosen and identified, no alternative kept', () => {
    const { card, choice } = fit(delayed(20_000, 3, 10, 2));
    expect(choice.chosen).toBe('delay');
    expect(choice.evidence).toContain('identified (a lead of 2.6 standard errors or more)');
    expect(choice.evidence).not.toContain('not identified');
    expect(card.alternatives).toEqual([]);
    expect(choice.options.find((o) => o.name === 'delay')!.weight).toBeGreaterThan(0.95);
  });
});
