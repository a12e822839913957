import { describe, expect, it } from 'vitest';
import type { AnswerFact } from '../../generators/calibrate/ClaimFacts.js';
import { answerUnit } from '../../generators/calibrate/fitAnswers.js';
import { fitCompetingRisks } from '../../generators/calibrate/fit/competingRisks.js';
import { fitExponential } from '../../generators/calibrate/fit/fitExponential.js';
import { fitLogNormal } from '../../generators/calibrate/fit/fitLogNormal.js';
import { after, exact } from '../../generators/calibrate/fit/Observation.js';
import { drawUniform, streamKey } from '../../generators/random/hash32.js';

const DAY = 86_400_000;
const u = (i: number, k: number): number => drawUniform(streamKey(7, i, 99), k);

/**
 * Requests drawn as the simulation draws them (generators/agents/Buyer.ts): one categorical
 * draw (accept 0.6, reject 0.1, silent 0.3), then an exponential delay (mean 4 days for an
 * acceptance, 1 day for a rejection); an answer after the 7-day window is refused, so the log
 * shows a timeout; a seller cancels a fifth of the requests at a uniform time in the window.
 */
function requests(n: number): { facts: AnswerFact[]; truth: { accept: number; reject: number; acceptMean: number; rejectMean: number } } {
  const truth = { accept: 0.6, reject: 0.1, acceptMean: 4 * DAY, rejectMean: 1 * DAY };
  const facts: AnswerFact[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * 60_000;
    const timeoutAt = at + 7 * DAY;
    const c = u(i, 0);
    const kind = c < truth.accept ? 'accept' : c < truth.accept + truth.reject ? 'reject' : null;
    const mean = kind === 'accept' ? truth.acceptMean : truth.rejectMean;
    const answerAt = kind === null ? Number.POSITIVE_INFINITY : at - mean * Math.log(1 - u(i, 1));
    const cancelAt = u(i, 2) < 0.2 ? at + u(i, 3) * 7 * DAY : Number.POSITIVE_INFINITY;
    const stop = Math.min(answerAt, cancelAt, timeoutAt);
    if (stop === answerAt && answerAt < timeoutAt) facts.push({ at, timeoutAt, answer: kind, t: Math.round(answerAt), cancelled: false, reminded: false });
    else facts.push({ at, timeoutAt, answer: null, t: Math.round(stop), cancelled: stop === cancelAt, reminded: false });
  }
  return { facts, truth };
}

describe('censoring (survival likelihood) against the naive fit', () => {
  const { facts, truth } = requests(6000);

  it('the naive fit (answered requests only, observed delays averaged) is biased low; the censored fit covers the truth', () => {
    const accepted = facts.filter((a) => a.answer === 'accept');
    const naiveShare = accepted.length / facts.length;
    const naiveMean = accepted.reduce((s, a) => s + (a.t - a.at), 0) / accepted.length;
    // Timeouts and cancels hide late acceptances: fewer and quicker than the truth.
    expect(naiveShare).toBeLessThan(truth.accept - 0.1);
    expect(naiveMean).toBeLessThan(truth.acceptMean * 0.75);

    const fit = fitCompetingRisks(facts.map((a) => answerUnit(a, 'delay')), 2, 'exponential', 'ms')!;
    const [acceptShare, rejectShare] = fit.shares;
    const [acceptCi, rejectCi] = fit.intervals;
    expect(acceptCi!.low).toBeLessThanOrEqual(truth.accept);
    expect(acceptCi!.high).toBeGreaterThanOrEqual(truth.accept);
    expect(rejectCi!.low).toBeLessThanOrEqual(truth.reject);
    expect(rejectCi!.high).toBeGreaterThanOrEqual(truth.reject);
    expect(Math.abs(acceptShare! - truth.accept)).toBeLessThan(0.03);
    expect(Math.abs(rejectShare! - truth.reject)).toBeLessThan(0.02);
    const mean = fit.components[0]!.mean;
    expect(Math.abs(mean - truth.acceptMean) / truth.acceptMean).toBeLessThan(0.08);
  });

  it('a right-censored exponential: the exposure over the events, and its exact interval holds the truth', () => {
    const obs = Array.from({ length: 3000 }, (_, i) => {
      const x = -2 * DAY * Math.log(1 - u(i, 5));
      const c = u(i, 6) * 4 * DAY;
      return x <= c ? exact(x) : after(c);
    });
    const naive = obs.filter((o) => o.lo === o.hi).reduce((s, o, _, all) => s + o.lo / all.length, 0);
    expect(naive).toBeLessThan(1.5 * DAY);
    const fit = fitExponential(obs)!;
    const p = fit.parameters[0]!;
    expect(p.low).toBeLessThanOrEqual(2 * DAY);
    expect(p.high).toBeGreaterThanOrEqual(2 * DAY);
  });

  it('a right-censored log-normal: the median and σ intervals hold the truth', () => {
    const obs = Array.from({ length: 3000 }, (_, i) => {
      // Box–Muller from two uniform draws.
      const z = Math.sqrt(-2 * Math.log(1 - u(i, 7))) * Math.cos(2 * Math.PI * u(i, 8));
      const x = 3 * DAY * Math.exp(0.6 * z);
      const c = (1 + u(i, 9) * 5) * DAY;
      return x <= c ? exact(x) : after(c);
    });
    const fit = fitLogNormal(obs)!;
    const [median, sigma] = fit.parameters;
    expect(median!.low).toBeLessThanOrEqual(3 * DAY);
    expect(median!.high).toBeGreaterThanOrEqual(3 * DAY);
    expect(sigma!.low).toBeLessThanOrEqual(0.6);
    expect(sigma!.high).toBeGreaterThanOrEqual(0.6);
  });
});
