import { type Calendar, type Policy, formatDay } from '../../engine/index.js';
import type { Population } from '../population/Population.js';
import type { CardCheck } from './Card.js';
import { type ClaimFacts, OUTCOMES } from './ClaimFacts.js';
import type { ClaimLog } from './ClaimHistory.js';
import { factsOf } from './factsOf.js';
import { delayCheck, shareCheck } from './compareSamples.js';
import { simulateHistories } from './simulateHistories.js';
import type { DelayCheck, ShareCheck, ValidationModel } from './ValidationModel.js';

/**
 * Runs the fitted population once (same engine, printed seed, the log's policy and period)
 * and sets its claims beside the held-out claims of the log: outcome and other shares (χ²),
 * delays (KS), claims opened per week. The same checks go on the card.
 */
export function validate(population: Population, log: ClaimLog, holdout: readonly ClaimFacts[], seed: number, title: string): { readonly model: ValidationModel; readonly checks: CardCheck[] } {
  const simulated = simulateHistories(population, log.policy, seed).map((c) => factsOf(c, log.policy, log.calendar, log.end, false));
  const shares: ShareCheck[] = [
    shareOf('claim outcome', OUTCOMES, holdout, simulated, (f) => f.outcome),
    shareOf('claim type', ['cancel', 'return', 'exchange', 'non_receipt'], holdout, simulated, (f) => f.type),
    shareOf("seller's first request", ['requested', 'escalated', 'neither'], holdout, simulated, (f) => (f.request.at !== null ? 'requested' : f.request.escalatedAt !== null ? 'escalated' : 'neither')),
    shareOf("buyer's answer to the first request", ['accepted', 'rejected', 'no answer'], holdout.filter((f) => f.answers.length > 0), simulated.filter((f) => f.answers.length > 0), (f) => {
      const a = f.answers[0]!.answer;
      return a === 'accept' ? 'accepted' : a === 'reject' ? 'rejected' : 'no answer';
    }),
  ];
  const delays: DelayCheck[] = [
    delayOf('first request delay', holdout, simulated, (f) => (f.request.at !== null ? [f.request.at - f.openedAt] : [])),
    delayOf('accept delay', holdout, simulated, (f) => f.answers.filter((a) => a.answer === 'accept').map((a) => a.t - a.at)),
    delayOf('reject delay', holdout, simulated, (f) => f.answers.filter((a) => a.answer === 'reject').map((a) => a.t - a.at)),
    delayOf('time to finish', holdout, simulated, (f) => (f.endedAt !== null ? [f.endedAt - f.openedAt] : [])),
  ];
  const model: ValidationModel = { title, seed, shares, delays, weekly: weekly(log, simulated, log.calendar) };
  const checks: CardCheck[] = [
    ...shares.map((s) => ({ what: s.what, test: s.test, statistic: s.statistic, threshold: s.threshold, pValue: s.pValue, n: s.observed.reduce((a, b) => a + b, 0), verdict: s.verdict })),
    ...delays.map((d) => ({ what: d.what, test: d.test, statistic: d.statistic, threshold: d.threshold, pValue: d.pValue, n: observedSizes.get(d.what) ?? d.observed.length, verdict: d.verdict })),
  ];
  return { model, checks };
}

function shareOf(what: string, categories: readonly string[], observed: readonly ClaimFacts[], simulated: readonly ClaimFacts[], key: (f: ClaimFacts) => string): ShareCheck {
  const tally = (facts: readonly ClaimFacts[]): number[] => {
    const counts = categories.map(() => 0);
    for (const f of facts) {
      const i = categories.indexOf(key(f));
      if (i >= 0) counts[i]!++;
    }
    return counts;
  };
  return shareCheck(what, categories, tally(observed), tally(simulated));
}

/** How many held-out values each delay check had before its sample was thinned for the model. */
const observedSizes = new Map<string, number>();

function delayOf(what: string, observed: readonly ClaimFacts[], simulated: readonly ClaimFacts[], values: (f: ClaimFacts) => number[]): DelayCheck {
  const o = observed.flatMap(values);
  observedSizes.set(what, o.length);
  return delayCheck(what, o, simulated.flatMap(values));
}

/** Claims opened per week (weeks from Monday, in the policy's zone): the whole log against the run. */
function weekly(log: ClaimLog, simulated: readonly ClaimFacts[], calendar: Calendar): ValidationModel['weekly'] {
  const monday = (t: number): number => {
    const d = calendar.dayOf(t);
    return d - (((d + 3) % 7) + 7) % 7;
  };
  const counts = new Map<number, [number, number]>();
  for (const c of log.claims) counts.set(monday(c.openedAt), [(counts.get(monday(c.openedAt))?.[0] ?? 0) + 1, counts.get(monday(c.openedAt))?.[1] ?? 0]);
  for (const f of simulated) {
    const w = monday(f.openedAt);
    const was = counts.get(w) ?? [0, 0];
    counts.set(w, [was[0], was[1] + 1]);
  }
  const weeks = [...counts.keys()].sort((a, b) => a - b);
  return { weeks: weeks.map((w) => formatDay(w)), observed: weeks.map((w) => counts.get(w)![0]), simulated: weeks.map((w) => counts.get(w)![1]) };
}

export type { Policy };
