import { describe, expect, it } from 'vitest';
import { type ClaimEvent, makePolicy } from '../../../engine/index.js';
import { parsePopulation } from '../../../generators/loadPopulation.js';
import { runPopulation } from '../../../generators/runPopulation.js';

const POPULATION = `name: Answers in the window
seed: 5
horizon: { start: 2024-04-01T09:00, length: 40d, arrivals: 10d }
sellers: 3
buyers: 50
claims: 200
claimMix: { cancel: 1 }
sellerProfiles:
  - name: asks
    request: { probability: 1, delay: { uniform: [1h, 1d] } }
buyerProfiles:
  - name: in-the-window
    accept: { probability: 0.5, fractionOfWindow: { uniform: [0, 0.99] } }
    reject: { probability: 0.5, beforeDeadline: { uniform: [1h, 2d] } }
`;

/** Per claim: its first request's instant and window end, and when the buyer answered it. */
function answers(windowDays: number): Map<string, { at: number; timeoutAt: number; answered: number; kind: string }> {
  const requested = new Map<string, { at: number; timeoutAt: number }>();
  const out = new Map<string, { at: number; timeoutAt: number; answered: number; kind: string }>();
  const onEvents = (events: readonly ClaimEvent[]): void => {
    for (const e of events) {
      if (e.kind === 'WithdrawalRequested' && e.request === 1) requested.set(e.claim, { at: e.at, timeoutAt: e.timeoutAt });
      if ((e.kind === 'WithdrawalAccepted' || e.kind === 'WithdrawalRejected') && requested.has(e.claim) && !out.has(e.claim)) {
        out.set(e.claim, { ...requested.get(e.claim)!, answered: e.at, kind: e.kind });
      }
    }
  };
  runPopulation(parsePopulation(POPULATION, 'window.yaml'), { policy: makePolicy({ responseWindowDays: windowDays }), onEvents });
  return out;
}

describe('buyers who answer to the window', () => {
  it('keep their draw across policies: the same fraction of a 7-day and of a 10-day window, the same time before either deadline', () => {
    const seven = answers(7);
    const ten = answers(10);
    expect(seven.size).toBeGreaterThan(150);
    let fractions = 0;
    for (const [claim, a] of seven) {
      const b = ten.get(claim)!;
      expect(b.kind).toBe(a.kind);
      expect(b.at).toBe(a.at);
      if (a.kind === 'WithdrawalAccepted') {
        const f7 = (a.answered - a.at) / (a.timeoutAt - a.at);
        const f10 = (b.answered - b.at) / (b.timeoutAt - b.at);
        expect(Math.abs(f7 - f10)).toBeLessThan(1e-6);
        fractions++;
      } else {
        expect(b.timeoutAt - b.answered).toBe(a.timeoutAt - a.answered);
      }
      expect(b.timeoutAt - b.at).toBeGreaterThan(a.timeoutAt - a.at);
    }
    expect(fractions).toBeGreaterThan(50);
  });
});
