import { CLAIM_TYPES, type ClaimType } from '../../engine/index.js';
import { addDistribution } from './addDistribution.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import { type Scale, DURATION_FAMILIES, fitFamily, round1 } from './fit/chooseFamily.js';
import type { Family, FittedDistribution } from './fit/FittedDistribution.js';
import { LOG_FLOOR, logProbability } from './fit/logLikelihood.js';
import { type Observation, after, between, exact } from './fit/Observation.js';
import { wilson } from './stats/wilson.js';

/** A claim as the seller's first request sees it: requested at x, escalated at x (a refused request), or neither. */
interface RequestUnit {
  readonly type: ClaimType;
  readonly kind: 'requested' | 'escalated' | 'neither';
  readonly x: number;
  /** Until when a request would have been seen (then refused and escalated, or not), and the log's end. */
  readonly eligible: number;
  readonly end: number;
}

interface RequestFit {
  readonly p: Readonly<Record<ClaimType, number>>;
  readonly n: Readonly<Record<ClaimType, number>>;
  readonly k: Readonly<Record<ClaimType, number>>;
  readonly escalate: number;
  readonly escalateBasis: number;
  readonly delay: FittedDistribution;
}

function unitOf(f: ClaimFacts): RequestUnit {
  const r = f.request;
  const eligible = Math.max(0, r.eligibleUntil - f.openedAt);
  const end = Math.max(eligible, r.end - f.openedAt);
  if (r.at !== null) return { type: f.type, kind: 'requested', x: r.at - f.openedAt, eligible, end };
  if (r.escalatedAt !== null) return { type: f.type, kind: 'escalated', x: r.escalatedAt - f.openedAt, eligible, end };
  return { type: f.type, kind: 'neither', x: 0, eligible, end };
}

/**
 * The seller's first request: per claim type the chance of one, its delay after the claim
 * opened, and the chance of escalating a request the rules refuse (the claim no longer
 * eligible, or closed). A claim with neither is censored: no request at all, one drawn after
 * eligibility ended and not escalated, or one drawn after the log's end. EM over those three.
 */
function fitRequestModel(units: readonly RequestUnit[], family: Family, scale: Scale): RequestFit | null {
  const p = Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0.5])) as Record<ClaimType, number>;
  let escalate = 0.5;
  let delay: FittedDistribution | null = null;
  const seen = units.filter((u) => u.kind !== 'neither').map((u) => exact(u.x));
  delay = fitFamily(family, seen, scale, true);
  if (delay === null) return null;
  const n = Object.fromEntries(CLAIM_TYPES.map((t) => [t, units.filter((u) => u.type === t).length])) as Record<ClaimType, number>;
  let k = { ...n };
  let escalateBasis = 0;
  for (let it = 0; it < 30; it++) {
    const obs: Observation[] = [...seen];
    const kk = Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0])) as Record<ClaimType, number>;
    let escalated = 0;
    let late = 0;
    for (const u of units) {
      if (u.kind !== 'neither') {
        kk[u.type]++;
        if (u.kind === 'escalated') escalated++;
        continue;
      }
      const pt = p[u.type];
      const Fe = delay.cdf(u.eligible);
      const Fl = delay.cdf(u.end);
      const none = 1 - pt;
      const lateQuiet = pt * Math.max(0, Fl - Fe) * (1 - escalate);
      const afterEnd = pt * (1 - Fl);
      const total = none + lateQuiet + afterEnd;
      if (!(total > 0)) continue;
      const rl = lateQuiet / total;
      const ra = afterEnd / total;
      kk[u.type] += rl + ra;
      late += rl;
      if (rl > 1e-9) obs.push(between(u.eligible, u.end, rl));
      if (ra > 1e-9) obs.push(after(u.end, ra));
    }
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
    delay = fitFamily(family, obs, scale, true, delay) ?? delay;
    if (moved < 1e-6) break;
  }
  return { p, n, k, escalate, escalateBasis, delay };
}

function requestLogLikelihood(fit: RequestFit, units: readonly RequestUnit[]): number {
  let s = 0;
  for (const u of units) {
    const pt = fit.p[u.type];
    if (u.kind === 'requested') s += pt > 0 ? Math.log(pt) + logProbability(fit.delay, exact(u.x)) : LOG_FLOOR;
    else if (u.kind === 'escalated') s += pt * fit.escalate > 0 ? Math.log(pt * fit.escalate) + logProbability(fit.delay, exact(u.x)) : LOG_FLOOR;
    else {
      const Fe = fit.delay.cdf(u.eligible);
      const Fl = fit.delay.cdf(u.end);
      const v = 1 - pt + pt * Math.max(0, Fl - Fe) * (1 - fit.escalate) + pt * (1 - Fl);
      s += v > 0 ? Math.log(v) : LOG_FLOOR;
    }
  }
  return s;
}

/** Fits and writes the seller's request (probability per type, delay) and escalation; returns the profile's keys. */
export function fitRequests(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder): Record<string, unknown> {
  const tr = train.map(unitOf);
  const ho = holdout.map(unitOf);
  const fits: { family: Family; fit: RequestFit; ll: number }[] = [];
  for (const family of DURATION_FAMILIES) {
    const fit = fitRequestModel(tr, family, 'ms');
    if (fit) fits.push({ family, fit, ll: requestLogLikelihood(fit, ho) });
  }
  if (fits.length === 0) {
    card.assume({ what: 'sellers\' withdrawal requests', why: 'the log shows no withdrawal request', assumption: 'sellers never request a withdrawal', policyKeys: ['eligibleStatuses', 'responseWindowDays'] });
    return { request: { probability: 0, delay: { constant: '0ms' } } };
  }
  fits.sort((a, b) => b.ll - a.ll);
  const best = fits[0]!;
  const { fit } = best;
  card.choice({
    what: 'seller request delay',
    chosen: best.family,
    options: fits.map((f) => ({ name: f.family, heldOutLogLikelihood: round1(f.ll) })),
    evidence: fits.length > 1 ? `held-out log-likelihood higher by ${(best.ll - fits[1]!.ll).toFixed(1)} than ${fits[1]!.family} over ${count(ho.length)} held-out claims` : 'the only family the data carries',
  });
  const probability: Record<string, number> = {};
  for (const t of CLAIM_TYPES) {
    if (fit.n[t] === 0) continue;
    const ci = wilson(fit.k[t], fit.n[t]);
    probability[t] = +fit.p[t].toPrecision(6);
    card.parameter(`sellerProfiles.0.request.probability.${t}`, fit.p[t], ci.low, ci.high, 'probability', `${count(fit.n[t])} training ${t} claims, ${count(tr.filter((u) => u.type === t && u.kind === 'requested').length)} requested (censored claims shared by EM)`);
  }
  for (const t of CLAIM_TYPES) {
    if (fit.n[t] > 0 && tr.filter((u) => u.type === t).every((u) => u.eligible === 0)) {
      card.assume({
        what: `sellers' requests on ${t} claims`,
        why: `a ${t} claim is never eligible, so a request on it is refused and leaves no record; only an escalation shows, and the log tells request × escalate, not each`,
        assumption: `request probability ${+fit.p[t].toPrecision(3)} from the escalations and the escalation rate the other types show`,
        policyKeys: ['eligibleStatuses'],
        paths: [`sellerProfiles.0.request.probability.${t}`],
      });
    }
  }
  const requested = tr.filter((u) => u.kind !== 'neither').length;
  const delay = addDistribution(card, 'sellerProfiles.0.request.delay', fit.delay, 'ms', `${count(requested)} first requests after the claim opened`);
  const escalated = tr.filter((u) => u.kind === 'escalated').length;
  const eci = wilson(fit.escalate * fit.escalateBasis, fit.escalateBasis);
  card.parameter('sellerProfiles.0.escalate', fit.escalate, eci.low, eci.high, 'probability', `${count(escalated)} escalations of about ${count(fit.escalateBasis)} refused requests (requests drawn after eligibility ended, by EM)`);
  return { request: { probability, delay }, escalate: +fit.escalate.toPrecision(6) };
}
