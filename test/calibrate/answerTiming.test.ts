import { describe, expect, it } from 'vitest';
import { CardBuilder } from '../../generators/calibrate/Card.js';
import type { AnswerFact, ClaimFacts } from '../../generators/calibrate/ClaimFacts.js';
import { fitAnswers } from '../../generators/calibrate/fitAnswers.js';
import { drawUniform, streamKey } from '../../generators/random/hash32.js';

const DAY = 86_400_000;
const u = (i: number, k: number): number => drawUniform(streamKey(11, i, 77), k);

/** A claim holding one request and its answer, as factsOf would read it. */
function claim(i: number, a: AnswerFact): ClaimFacts {
  return {
    id: `C${i}`, seller: 'S1', buyer: `B${i}`, holdout: u(i, 9) < 0.25, type: 'return', openedAt: a.at, status: 'return_requested', stays: [],
    request: { at: a.at, escalatedAt: null, eligibleUntil: a.at, end: a.at + 30 * DAY }, answers: [a], rejections: [],
    sellerMemo: null, memoReply: null, sellerMessages: 0, sellerPii: 0, buyerMessages: 0, buyerPii: 0, reRequests: 0, outcome: 'open at the end', endedAt: null,
  };
}

/**
 * Requests under windows of 3 to 10 days (a log across policy changes): accept 0.5, reject 0.2,
 * silent 0.3; the answer at a uniform fraction of the window (fractionOfWindow) or after an
 * exponential delay of 2 days (delay), refused (a timeout) when it falls after the window.
 */
function claims(timing: 'delay' | 'fractionOfWindow', n: number): ClaimFacts[] {
  return Array.from({ length: n }, (_, i) => {
    const at = i * 600_000;
    const timeoutAt = at + (3 + Math.floor(u(i, 0) * 8)) * DAY;
    const c = u(i, 1);
    const answer = c < 0.5 ? 'accept' : c < 0.7 ? 'reject' : null;
    const t = timing === 'delay' ? at - 2 * DAY * Math.log(1 - u(i, 2)) : at + (0.2 + 0.75 * u(i, 2)) * (timeoutAt - at);
    if (answer === null || t >= timeoutAt) return claim(i, { at, timeoutAt, answer: null, t: timeoutAt, cancelled: false, reminded: false });
    return claim(i, { at, timeoutAt, answer, t: Math.round(t), cancelled: false, reminded: false });
  });
}

describe('the answer timing, chosen by held-out likelihood', () => {
  for (const timing of ['delay', 'fractionOfWindow'] as const) {
    it(`answers drawn as ${timing} across windows of 3 to 10 days: ${timing} is chosen, its evidence on the card`, () => {
      const facts = claims(timing, 3000);
      const card = new CardBuilder();
      const { model } = fitAnswers(facts.filter((f) => !f.holdout), facts.filter((f) => f.holdout), card);
      expect(model?.timing).toBe(timing);
      const choice = card.choices.find((c) => c.what === 'buyer answer timing')!;
      expect(choice.chosen).toBe(timing);
      expect(choice.options.map((o) => o.name).sort()).toEqual(['beforeDeadline', 'delay', 'fractionOfWindow']);
      const best = Math.max(...choice.options.map((o) => o.heldOutLogLikelihood));
      expect(choice.options.find((o) => o.name === timing)!.heldOutLogLikelihood).toBe(best);
    });
  }
});
