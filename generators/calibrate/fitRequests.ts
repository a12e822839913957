import { CLAIM_TYPES, type ClaimType } from '../../engine/index.js';
import { addDistribution } from './addDistribution.js';
import type { CardBuilder, CardChoice } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import { type Scale, DURATION_FAMILIES, fitFamily, round1 } from './fit/chooseFamily.js';
import type { Family, FittedDistribution } from './fit/FittedDistribution.js';
import { LOG_FLOOR, logProbability } from './fit/logLikelihood.js';
import { type Observation, after, between, exact } from './fit/Observation.js';
import { wilson } from './stats/wilson.js';

/**
 * A claim as the seller's first request sees it: requested at x, escalated at x (a refused
 * request), or neither. Times from the claim's opening.
 */
export interface RequestUnit {
  readonly type: ClaimType;
  readonly kind: 'requested' | 'escalated' | 'neither';
  readonly x: number;
  /** When the claim first stopped being eligible (0: never eligible). */
  readonly eligible: number;
  /**
   * The spans [from, to) in which a request would have been refused, then escalated or not: the
   * claim open in a status not eligible. A request drawn while it was eligible shows; one drawn
   * after the claim closed shows nothing, as the seller no longer acts on a closed claim.
   */
  readonly refused: readonly (readonly [number, number])[];
  /** The claim's close or the log's end, whichever came first: a request drawn after it leaves no record. */
  readonly end: number;
}

export interface RequestFit {
  readonly p: Readonly<Record<ClaimType, number>>;
  readonly n: Readonly<Record<ClaimType, number>>;
  readonly k: Readonly<Record<ClaimType, number>>;
  readonly escalate: number;
  readonly escalateBasis: number;
  readonly delay: FittedDistribution;
}

export function requestUnitOf(f: ClaimFacts): RequestUnit {
  const r = f.request;
  const eligible = Math.max(0, r.eligibleUntil - f.openedAt);
  const end = Math.max(eligible, Math.min(f.endedAt ?? r.end, r.end) - f.openedAt);
  const refused = (r.refused ?? [[r.eligibleUntil, f.openedAt + end]]).flatMap(([a, b]) => {
    const from = Math.max(0, a - f.openedAt);
    const to = Math.min(end, b - f.openedAt);
    return to > from ? [[from, to] as const] : [];
  });
  const unit = { type: f.type, eligible, refused, end };
  if (r.at !== null) return { ...unit, kind: 'requested', x: r.at - f.openedAt };
  if (r.escalatedAt !== null) return { ...unit, kind: 'escalated', x: r.escalatedAt - f.openedAt };
  return { ...unit, kind: 'neither', x: 0 };
}

/** The chance that a request's delay falls in one of the spans. */
function inSpans(d: FittedDistribution, spans: RequestUnit['refused']): number {
  let s = 0;
  for (const [a, b] of spans) s += Math.max(0, d.cdf(b) - d.cdf(a));
  return s;
}

/**
 * The seller's first request: per claim type the chance of one, its delay after the claim
 * opened, and the chance of escalating a request the rules refuse (the claim open in a status
 * not eligible). A claim with neither is censored: no request at all, one drawn while the claim
 * was not eligible and not escalated, or one drawn after the claim closed or the log ended (the
 * seller acts on no closed claim, so that one leaves no record and is at no risk of
 * escalation). EM over those three. The escalation rests on the claim types that were ever
 * eligible: a type never eligible shows only request × escalate (escalateRests), and left in it
 * would hold the EM on that ridge, far from the maximum, for hundreds of rounds.
 * With `weights` each claim counts for its weight (a seller's posterior share of a profile in a
 * mixture's M step, fitSellerMixture), `start` is where the EM stood the round before, and
 * `edges` fixes an empirical table's bins (smoothed, so every profile's table covers them all).
 */
export function fitRequestModel(units: readonly RequestUnit[], family: Family, scale: Scale, weights?: readonly number[], start?: RequestFit, iterations = 30, edges?: readonly number[]): RequestFit | null {
  const weightOf = (i: number): number => (weights ? weights[i]! : 1);
  const p = (start ? { ...start.p } : Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0.5]))) as Record<ClaimType, number>;
  let escalate = start ? start.escalate : 0.5;
  let delay: FittedDistribution | null = null;
  const seen = units.flatMap((u, i) => (u.kind !== 'neither' ? [exact(u.x, weightOf(i))] : []));
  delay = fitFamily(family, seen, scale, true, start?.delay, edges);
  if (delay === null) return null;
  const n = Object.fromEntries(CLAIM_TYPES.map((t) => [t, units.reduce((s, u, i) => (u.type === t ? s + weightOf(i) : s), 0)])) as Record<ClaimType, number>;
  let k = { ...n };
  let escalateBasis = 0;
  const rests = escalateRests(units);
  for (let it = 0; it < iterations; it++) {
    const obs: Observation[] = [...seen];
    const kk = Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0])) as Record<ClaimType, number>;
    let escalated = 0;
    let late = 0;
    const d = delay;
    units.forEach((u, i) => {
      const w = weightOf(i);
      if (u.kind !== 'neither') {
        kk[u.type] += w;
        if (u.kind === 'escalated' && rests.has(u.type)) escalated += w;
        return;
      }
      const pt = p[u.type];
      const none = 1 - pt;
      const quiet = pt * (1 - escalate);
      const lateQuiet = quiet * inSpans(d, u.refused);
      const afterEnd = pt * (1 - d.cdf(u.end));
      const total = none + lateQuiet + afterEnd;
      if (!(total > 0)) return;
      const rl = lateQuiet / total;
      const ra = afterEnd / total;
      kk[u.type] += (rl + ra) * w;
      if (rests.has(u.type)) late += rl * w;
      if (rl > 1e-9) {
        for (const [a, b] of u.refused) {
          const r = (quiet * Math.max(0, d.cdf(b) - d.cdf(a))) / total;
          if (r > 1e-9) obs.push(between(a, b, r * w));
        }
      }
      if (ra > 1e-9) obs.push(after(u.end, ra * w));
    });
    let moved = 0;
    for (const t of CLAIM_TYPES) {
      const next = n[t] > 0 ? kk[t] / n[t] : 0;
      moved = Math.max(moved, Math.abs(next - p[t]));
      p[t] = next;
    }
    const nextEscalate = escalated + late > 0 ? escalated / (escalated + late) : 0;
    moved = Math.max(moved, Math.abs(nextEscalate - escalate));
    escalate = nextEscalate;
    escalateBasis = escalated + late;
    k = kk;
    delay = fitFamily(family, obs, scale, true, delay, edges) ?? delay;
    if (moved < 1e-6) break;
  }
  return { p, n, k, escalate, escalateBasis, delay };
}

/**
 * The claim types the escalation is fitted on: those some claim was eligible for (all types when
 * none was). A type never eligible tells only request × escalate, so its request probability
 * follows from the escalation the other types show (neverEligible says so on the card).
 */
export function escalateRests(units: readonly RequestUnit[]): ReadonlySet<ClaimType> {
  const rests = new Set(units.flatMap((u) => (u.eligible > 0 ? [u.type] : [])));
  return rests.size > 0 ? rests : new Set(CLAIM_TYPES);
}

/** One claim's log-likelihood under a request model (censored as the EM sees it). */
export function requestUnitLogLikelihood(fit: RequestFit, u: RequestUnit): number {
  const pt = fit.p[u.type];
  if (u.kind === 'requested') return pt > 0 ? Math.log(pt) + logProbability(fit.delay, exact(u.x)) : LOG_FLOOR;
  if (u.kind === 'escalated') return pt * fit.escalate > 0 ? Math.log(pt * fit.escalate) + logProbability(fit.delay, exact(u.x)) : LOG_FLOOR;
  const v = 1 - pt + pt * inSpans(fit.delay, u.refused) * (1 - fit.escalate) + pt * (1 - fit.delay.cdf(u.end));
  return v > 0 ? Math.log(v) : LOG_FLOOR;
}

function requestLogLikelihood(fit: RequestFit, units: readonly RequestUnit[]): number {
  let s = 0;
  for (const u of units) s += requestUnitLogLikelihood(fit, u);
  return s;
}

/** Each family's request model on all claims as one, best held-out log-likelihood first, with the choice as the card says it. */
export function requestFamilies(tr: readonly RequestUnit[], ho: readonly RequestUnit[]): { readonly fits: readonly { readonly family: Family; readonly fit: RequestFit; readonly ll: number }[]; readonly choice: CardChoice | null } {
  const fits: { family: Family; fit: RequestFit; ll: number }[] = [];
  for (const family of DURATION_FAMILIES) {
    const fit = fitRequestModel(tr, family, 'ms');
    if (fit) fits.push({ family, fit, ll: requestLogLikelihood(fit, ho) });
  }
  if (fits.length === 0) return { fits, choice: null };
  fits.sort((a, b) => b.ll - a.ll);
  const best = fits[0]!;
  return {
    fits,
    choice: {
      what: 'seller request delay',
      chosen: best.family,
      options: fits.map((f) => ({ name: f.family, heldOutLogLikelihood: round1(f.ll) })),
      evidence: fits.length > 1 ? `held-out log-likelihood higher by ${(best.ll - fits[1]!.ll).toFixed(1)} than ${fits[1]!.family} over ${count(ho.length)} held-out claims` : 'the only family the data carries',
    },
  };
}

/** What a request fit's card lines rest on: per claim type, for the delay, for the escalation. */
export interface RequestBasis {
  readonly probability: (t: ClaimType) => string;
  readonly delay: string;
  readonly escalate: string;
}

/** Writes a profile's request (probability per type, delay) and escalation under `path` on the card; returns the profile's keys. */
export function writeRequest(card: CardBuilder, path: string, fit: RequestFit, basis: RequestBasis): Record<string, unknown> {
  const probability: Record<string, number> = {};
  for (const t of CLAIM_TYPES) {
    if (fit.n[t] === 0) continue;
    const ci = wilson(fit.k[t], fit.n[t]);
    probability[t] = +fit.p[t].toPrecision(6);
    card.parameter(`${path}.request.probability.${t}`, fit.p[t], ci.low, ci.high, 'probability', basis.probability(t));
  }
  const delay = addDistribution(card, `${path}.request.delay`, fit.delay, 'ms', basis.delay);
  const eci = wilson(fit.escalate * fit.escalateBasis, fit.escalateBasis);
  card.parameter(`${path}.escalate`, fit.escalate, eci.low, eci.high, 'probability', basis.escalate);
  return { request: { probability, delay }, escalate: +fit.escalate.toPrecision(6) };
}

/** The claim types no training claim was ever eligible for: a request on one leaves no record (the card says so, with each profile's probability). */
export function neverEligible(tr: readonly RequestUnit[], fits: readonly RequestFit[], card: CardBuilder, paths: (t: ClaimType) => string[]): void {
  for (const t of CLAIM_TYPES) {
    if (fits.some((f) => f.n[t] > 0) && tr.filter((u) => u.type === t).every((u) => u.eligible === 0)) {
      const each = fits.map((f) => +f.p[t].toPrecision(3)).join(', ');
      card.assume({
        what: `sellers' requests on ${t} claims`,
        why: `a ${t} claim is never eligible, so a request on it is refused and leaves no record; only an escalation shows, and the log tells request × escalate, not each`,
        assumption: `request probability ${each}${fits.length > 1 ? ' (profile by profile)' : ''} from the escalations and the escalation rate the other types show`,
        policyKeys: ['eligibleStatuses'],
        paths: paths(t),
      });
    }
  }
}

/** The card's line for a log that shows no withdrawal request, and the profile keys it leaves. */
export function noRequests(card: CardBuilder): Record<string, unknown> {
  card.assume({ what: 'sellers\' withdrawal requests', why: 'the log shows no withdrawal request', assumption: 'sellers never request a withdrawal', policyKeys: ['eligibleStatuses', 'responseWindowDays'] });
  return { request: { probability: 0, delay: { constant: '0ms' } } };
}

/** What the escalation's basis counts as a refused request: the model's risk of a quiet refusal (requestUnitOf's refused spans). */
export const REFUSED_REQUESTS = 'requests drawn while the claim was open and not eligible, by EM';

/** Fits and writes the seller's request (probability per type, delay) and escalation; returns the profile's keys. */
export function fitRequests(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder): Record<string, unknown> {
  const tr = train.map(requestUnitOf);
  const ho = holdout.map(requestUnitOf);
  const { fits, choice } = requestFamilies(tr, ho);
  if (choice === null) return noRequests(card);
  const { fit } = fits[0]!;
  card.choice(choice);
  const requested = tr.filter((u) => u.kind !== 'neither').length;
  const rests = escalateRests(tr);
  const escalated = tr.filter((u) => u.kind === 'escalated' && rests.has(u.type)).length;
  const written = writeRequest(card, 'sellerProfiles.0', fit, {
    probability: (t) => `${count(fit.n[t])} training ${t} claims, ${count(tr.filter((u) => u.type === t && u.kind === 'requested').length)} requested (censored claims shared by EM)`,
    delay: `${count(requested)} first requests after the claim opened`,
    escalate: `${count(escalated)} escalations of about ${count(fit.escalateBasis)} refused requests (${REFUSED_REQUESTS})`,
  });
  neverEligible(tr, [fit], card, (t) => [`sellerProfiles.0.request.probability.${t}`]);
  return written;
}
