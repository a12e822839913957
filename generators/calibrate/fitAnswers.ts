import { addDistribution } from './addDistribution.js';
import { CardBuilder, count } from './Card.js';
import type { AnswerFact, ClaimFacts } from './ClaimFacts.js';
import { type Scale, DURATION_FAMILIES, FRACTION_FAMILIES, round1 } from './fit/chooseFamily.js';
import { type CompetingFit, type RiskUnit, competingLogLikelihood, fitCompetingRisks, unitLogProbability } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';
import { type Observation, after, between, exact } from './fit/Observation.js';
import { type HeldOutDifference, heldOutDifference, IDENTIFIED_SE, isIdentified, modelWeights } from './modelEvidence.js';

/** How a buyer's answer is timed (the population's three forms). */
export type Timing = 'delay' | 'beforeDeadline' | 'fractionOfWindow';
export const TIMINGS: readonly Timing[] = ['delay', 'fractionOfWindow', 'beforeDeadline'];

/** The timings compare as tables of this many bins, at the quantiles of each timing's values. */
const TIMING_BINS = 40;

const EVENT = { accept: 0, reject: 1 } as const;

/**
 * A request as one unit of the buyer's answer model, in one timing's terms: one categorical
 * draw (accept, reject, silent), then the answer's time. An answer drawn after the window
 * closes is refused, so a timeout is "silent, or an answer drawn too late"; a request cancelled,
 * lapsed or still open at the log's end is censored where it stopped.
 */
export function answerUnit(a: AnswerFact, timing: Timing): RiskUnit {
  const W = a.timeoutAt - a.at;
  const seen = (t: number): Observation => {
    switch (timing) {
      case 'delay':
        return exact(t - a.at);
      case 'fractionOfWindow':
        return exact(W > 0 ? Math.min(1, (t - a.at) / W) : 0);
      case 'beforeDeadline':
        // An answer at the request itself may be a draw longer than the window, clamped.
        return t === a.at ? after(W) : exact(a.timeoutAt - t);
      default: {
        const unreachable: never = timing;
        throw new Error(`unknown timing ${String(unreachable)}`);
      }
    }
  };
  const notBy = (c: number): Observation | null => {
    switch (timing) {
      case 'delay':
        return after(c - a.at);
      case 'fractionOfWindow':
        return W > 0 && c < a.timeoutAt ? after((c - a.at) / W) : null;
      case 'beforeDeadline':
        return c < a.timeoutAt ? between(0, a.timeoutAt - c) : null;
      default: {
        const unreachable: never = timing;
        throw new Error(`unknown timing ${String(unreachable)}`);
      }
    }
  };
  if (a.answer !== null) {
    const o = seen(a.t);
    const unit = { event: EVENT[a.answer], obs: a.answer === 'accept' ? [o, null] : [null, o] };
    // Densities compare in time: a fraction of the window W has density W times that of the time it stands for.
    return timing === 'fractionOfWindow' && W > 0 ? { ...unit, logJacobian: -Math.log(W) } : unit;
  }
  const c = notBy(Math.min(a.t, a.timeoutAt));
  return { event: -1, obs: [c, c] };
}

export const scaleOf = (t: Timing): Scale => (t === 'fractionOfWindow' ? 'fraction' : 'ms');
export const familiesOf = (t: Timing): readonly Family[] => (t === 'fractionOfWindow' ? FRACTION_FAMILIES : DURATION_FAMILIES);

export interface AnswerModel {
  readonly timing: Timing;
  readonly family: Family;
  readonly fit: CompetingFit;
}

/**
 * The buyer's answers: accept / reject / silent and the timing model, both the absolute delay
 * and the deadline-relative forms (fraction of the window, time before the deadline), each
 * with every family it takes, fitted on the training requests with censoring; the one with the
 * highest held-out log-likelihood is kept and the evidence written on the card: the lead, its
 * standard error over the held-out claims, each timing's weight (modelWeights) and, when the
 * lead is within IDENTIFIED_SE standard errors, "not identified by this log" and every timing
 * not ruled out fitted and kept on the card as an alternative with its weight.
 */
export function fitAnswers(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder, seed = 1): { readonly profile: Record<string, unknown>; readonly model: AnswerModel | null } {
  const tr = train.flatMap((f) => f.answers);
  const ho = holdout.flatMap((f) => f.answers);
  if (tr.length === 0 || !tr.some((a) => a.answer !== null)) {
    card.assume({ what: 'buyers\' answers', why: 'the log shows no answer to a withdrawal request', assumption: 'buyers stay silent', policyKeys: ['responseWindowDays', 'autoWithdrawOnTimeout'] });
    return { profile: { silent: 1 }, model: null };
  }
  const { perTiming, weights, lead, identified, kept } = timingEvidence(train, holdout, seed);
  const timing = perTiming[0]!.timing;
  const second = perTiming[1];
  const keptWeight = weights[0]! + kept.reduce((s, p) => s + p.weight, 0);
  const weightText = perTiming.map((p, k) => `${p.timing} ${weightWords(weights[k]!)}`).join(', ');
  card.choice({
    what: 'buyer answer timing',
    chosen: timing,
    options: perTiming.map((p, k) => ({ name: p.timing, heldOutLogLikelihood: round1(p.ll), weight: +weights[k]!.toPrecision(4) })),
    evidence:
      second && lead
        ? `held-out log-likelihood higher by ${lead.difference.toFixed(1)} (standard error ${lead.se.toFixed(1)} over ${count(lead.n)} held-out claims with a request) than ${second.timing} over ${count(ho.length)} held-out requests (each timing as a table of ${TIMING_BINS} bins at its quantiles, smoothed, densities in time); ${identified ? `identified (a lead of ${IDENTIFIED_SE} standard errors or more)` : `not identified by this log (a lead within ${IDENTIFIED_SE} standard errors): kept with ${kept.map((p) => p.timing).join(' and ')} by weight for compare --parameter-draws`}; weights (pseudo-BMA+) ${weightText}`
        : 'the only timing the data carries',
  });
  const chosen = answerProfile(timing, train, holdout, card);
  if (!identified) {
    for (const alt of kept) {
      const own = new CardBuilder();
      const fitted = answerProfile(alt.timing, train, holdout, own);
      const family = own.choices[0]?.chosen ?? 'empirical';
      card.alternative({
        what: 'buyer answer timing',
        name: alt.timing,
        weight: +(alt.weight / keptWeight).toPrecision(4),
        set: { 'buyerProfiles.0.accept': fitted.profile.accept, 'buyerProfiles.0.reject': fitted.profile.reject, 'buyerProfiles.0.silent': fitted.profile.silent },
        parameters: own.parameters.map((p) => (p.path.includes(`.${alt.timing}.`) ? { ...p, basis: `${p.basis}; ${family}, chosen by held-out likelihood` } : p)),
      });
    }
  }
  return chosen;
}

/** A weight as the evidence line prints it: two decimals, or "< 0.01" / "> 0.99" where those would read as 0 or 1. */
export const weightWords = (w: number): string => (w < 0.005 ? '< 0.01' : w > 0.995 ? '> 0.99' : w.toFixed(2));

/** The evidence for the answer timing (timingEvidence): each timing's held-out figures, best first, and what they decide. */
export interface TimingEvidence {
  /** Each timing's held-out log-likelihood, in all and per held-out unit (a claim; a buyer in a mixture). */
  readonly perTiming: readonly { readonly timing: Timing; readonly ll: number; readonly perClaim: readonly number[] }[];
  /** Each timing's weight (modelWeights), in perTiming's order. */
  readonly weights: readonly number[];
  /** The best timing's lead over the runner-up, with its standard error over the held-out claims; null with one timing. */
  readonly lead: HeldOutDifference | null;
  /** The lead is IDENTIFIED_SE standard errors or more. */
  readonly identified: boolean;
  /** The other timings the best one's lead does not rule out, with their weights. */
  readonly kept: readonly { readonly timing: Timing; readonly weight: number }[];
}

/**
 * How far the log tells the answer timings apart: each timing as a table of TIMING_BINS bins at
 * the quantiles of its own training values (as fine where answers are dense, in every scale),
 * densities in time, the whole answer model fitted on the training requests and scored on each
 * held-out claim's requests together; the best one's lead over each other, its standard error
 * over the held-out claims, and the timings' weights. Requires a training answer.
 */
export function timingEvidence(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], seed = 1): TimingEvidence {
  const tr = train.flatMap((f) => f.answers);
  const window = Math.max(...tr.map((a) => a.timeoutAt - a.at));
  const heldClaims = holdout.filter((f) => f.answers.length > 0);
  const perTiming: { timing: Timing; ll: number; perClaim: number[] }[] = [];
  for (const timing of TIMINGS) {
    const units = tr.map((a) => answerUnit(a, timing));
    const fit = fitCompetingRisks(units, 2, 'empirical', scaleOf(timing), 40, undefined, quantileEdges(units, timing === 'fractionOfWindow' ? 1 : window));
    if (!fit) continue;
    const perClaim = heldClaims.map((f) => f.answers.reduce((s, a) => s + unitLogProbability(answerUnit(a, timing), fit.shares, fit.components), 0));
    perTiming.push({ timing, ll: perClaim.reduce((a, b) => a + b, 0), perClaim });
  }
  return weighTimings(perTiming, seed);
}

/**
 * The evidence from each timing's held-out log-likelihoods per held-out unit (a claim's
 * requests, or a buyer's in a mixture): the timings best first, their weights (modelWeights),
 * the best one's lead over the runner-up and whether it is identified, and the timings its lead
 * does not rule out. Requires one timing at least.
 */
export function weighTimings(timings: readonly { readonly timing: Timing; readonly ll: number; readonly perClaim: readonly number[] }[], seed: number): TimingEvidence {
  const perTiming = [...timings].sort((a, b) => b.ll - a.ll);
  const weights = modelWeights(perTiming.map((p) => p.perClaim), seed);
  const top = perTiming[0]!;
  const lead = perTiming[1] ? heldOutDifference(top.perClaim, perTiming[1].perClaim) : null;
  // A timing is kept as an alternative when the best one's lead over it is within noise.
  const kept = perTiming.flatMap((p, k) => (k > 0 && !isIdentified(heldOutDifference(top.perClaim, p.perClaim)) ? [{ timing: p.timing, weight: weights[k]! }] : []));
  return { perTiming, weights, lead, identified: lead === null || isIdentified(lead), kept };
}

/** The answer model in one timing: its best family by held-out likelihood (a choice on the card), its parameters on the card, the profile's answers. */
function answerProfile(timing: Timing, train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder): { readonly profile: Record<string, unknown>; readonly model: AnswerModel } {
  const tr = train.flatMap((f) => f.answers);
  const ho = holdout.flatMap((f) => f.answers);
  const trainUnits = tr.map((a) => answerUnit(a, timing));
  const heldUnits = ho.map((a) => answerUnit(a, timing));
  const options: { family: Family; fit: CompetingFit; ll: number }[] = [];
  // The empirical table first: its posteriors start the parametric families' EM near their end.
  const first = fitCompetingRisks(trainUnits, 2, 'empirical', scaleOf(timing));
  if (first) options.push({ family: 'empirical', fit: first, ll: competingLogLikelihood(first, heldUnits) });
  for (const family of familiesOf(timing).filter((f) => f !== 'empirical')) {
    const fit = fitCompetingRisks(trainUnits, 2, family, scaleOf(timing), 40, first ?? undefined);
    if (fit) options.push({ family, fit, ll: competingLogLikelihood(fit, heldUnits) });
  }
  options.sort((a, b) => b.ll - a.ll);
  const best = { timing, ...options[0]! };
  card.choice({
    what: `buyer answer timing: ${timing} family`,
    chosen: best.family,
    options: options.map((o) => ({ name: o.family, heldOutLogLikelihood: round1(o.ll) })),
    evidence: options.length > 1 ? `held-out log-likelihood of the whole answer model higher by ${(best.ll - options[1]!.ll).toFixed(1)} than ${options[1]!.family} over ${count(ho.length)} held-out requests` : 'the only family the data carries',
  });
  const { fit } = best;
  const r6 = (x: number): number => +x.toPrecision(6);
  const pa = r6(fit.shares[0]!);
  const pr = r6(fit.shares[1]!);
  const silent = +(1 - pa - pr).toFixed(12);
  const key = best.timing === 'delay' ? 'delay' : best.timing;
  const accepted = tr.filter((a) => a.answer === 'accept').length;
  const rejected = tr.filter((a) => a.answer === 'reject').length;
  const basis = `${count(tr.length)} training requests: ${count(accepted)} accepted, ${count(rejected)} rejected, ${count(tr.length - accepted - rejected)} unanswered (censored at the timeout, a cancel or lapse, or the log's end)`;
  card.parameter('buyerProfiles.0.accept.probability', pa, fit.intervals[0]!.low, fit.intervals[0]!.high, 'probability', basis);
  card.parameter('buyerProfiles.0.reject.probability', pr, fit.intervals[1]!.low, fit.intervals[1]!.high, 'probability', basis);
  card.parameter('buyerProfiles.0.silent', Math.max(0, silent), fit.intervals[2]!.low, fit.intervals[2]!.high, 'probability', basis);
  const scale = scaleOf(best.timing);
  const acceptTiming = addDistribution(card, `buyerProfiles.0.accept.${key}`, fit.components[0]!, scale, `${count(accepted)} acceptances`);
  const rejectTiming = addDistribution(card, `buyerProfiles.0.reject.${key}`, fit.components[1]!, scale, `${count(rejected)} rejections`);
  return {
    profile: { accept: { probability: pa, [key]: acceptTiming }, reject: { probability: pr, [key]: rejectTiming }, silent: Math.max(0, silent) },
    model: { timing: best.timing, family: best.family, fit },
  };
}

/**
 * Edges at the quantiles of the units' exact values (both answers together), from 0 to `end`
 * (the most a value can be in this timing), each bin smoothed by half a count: a held-out
 * answer beyond every training one keeps a density instead of deciding the choice alone.
 */
export function quantileEdges(units: readonly RiskUnit[], end: number): number[] {
  const xs = units.flatMap((u) => (u.event >= 0 ? [u.obs[u.event]!.lo] : [])).sort((a, b) => a - b);
  if (xs.length === 0) return [0, end];
  const edges = [Math.min(0, xs[0]!)];
  for (let k = 1; k < TIMING_BINS; k++) edges.push(xs[Math.floor((k * xs.length) / TIMING_BINS)]!);
  edges.push(Math.max(end, xs[xs.length - 1]! * (1 + 1e-9) + 1e-9));
  return edges.filter((e, i) => i === 0 || e > edges[i - 1]!);
}
