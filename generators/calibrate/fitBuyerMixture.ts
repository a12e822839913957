import { addDistribution } from './addDistribution.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import { type Timing, TIMINGS, answerUnit, familiesOf, quantileEdges, scaleOf } from './fitAnswers.js';
import { round1 } from './fit/chooseFamily.js';
import { type CompetingFit, type RiskUnit, fitCompetingRisks, unitLogProbability } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';
import { after, exact } from './fit/Observation.js';
import { fitOnce, writeChance } from './fitOnce.js';
import { wilson } from './stats/wilson.js';

/** A mixture's EM stops after this many rounds, or when its log-likelihood moves less than 10⁻⁶ of itself. */
const ROUNDS = 40;
/** Each round refits a profile's answer model for this many inner EM steps, from where it stood. */
const INNER = 4;

/** A buyer's units of one party model: which buyer (group) each unit belongs to. */
interface Grouped {
  readonly units: readonly RiskUnit[];
  readonly group: readonly number[];
  readonly groups: number;
}

/** K buyer profiles' answer models, their weights and each buyer's posterior over them. */
export interface AnswerMixture {
  readonly timing: Timing;
  readonly family: Family;
  readonly weights: readonly number[];
  readonly fits: readonly CompetingFit[];
  /** Per training buyer (group), the posterior of each profile. */
  readonly posterior: readonly (readonly number[])[];
  /** The buyers' ids, in group order. */
  readonly buyers: readonly string[];
  /** How many buyers (groups) the training claims show, and how many of them had a request. */
  readonly groups: number;
  readonly answering: number;
}

/** The answer units of the claims, grouped by buyer (a buyer's whole history is one latent profile). */
function grouped(facts: readonly ClaimFacts[], timing: Timing, ids: Map<string, number>): Grouped {
  const units: RiskUnit[] = [];
  const group: number[] = [];
  for (const f of facts) {
    let g = ids.get(f.buyer);
    if (g === undefined) {
      g = ids.size;
      ids.set(f.buyer, g);
    }
    for (const a of f.answers) {
      units.push(answerUnit(a, timing));
      group.push(g);
    }
  }
  return { units, group, groups: ids.size };
}

/** Per group, the log-likelihood of its units under each profile. */
function groupLogLikelihoods(d: Grouped, fits: readonly CompetingFit[]): number[][] {
  const ll = Array.from({ length: d.groups }, () => new Array<number>(fits.length).fill(0));
  d.units.forEach((u, i) => {
    const row = ll[d.group[i]!]!;
    fits.forEach((f, k) => {
      row[k]! += unitLogProbability(u, f.shares, f.components);
    });
  });
  return ll;
}

/** log Σ_k π_k·exp(ll_k) per group, and the posteriors. */
function mix(ll: readonly (readonly number[])[], weights: readonly number[]): { total: number; posterior: number[][] } {
  let total = 0;
  const posterior = ll.map((row) => {
    const terms = row.map((l, k) => (weights[k]! > 0 ? Math.log(weights[k]!) + l : Number.NEGATIVE_INFINITY));
    const top = Math.max(...terms);
    if (!Number.isFinite(top)) return weights.map(() => 1 / weights.length);
    const e = terms.map((t) => Math.exp(t - top));
    const s = e.reduce((a, b) => a + b, 0);
    total += top + Math.log(s);
    return e.map((v) => v / s);
  });
  return { total, posterior };
}

/**
 * The starting posteriors: buyers ranked by how they answered (accepts less rejects per request,
 * then by id), cut into K runs of equal size, each buyer 0.7 in its run's profile. Deterministic.
 */
function startingPosterior(d: Grouped, k: number, ids: readonly string[]): number[][] {
  const score = new Array<number>(d.groups).fill(0);
  const n = new Array<number>(d.groups).fill(0);
  d.units.forEach((u, i) => {
    const g = d.group[i]!;
    n[g]! += 1;
    score[g]! += u.event === 0 ? 1 : u.event === 1 ? -1 : 0;
  });
  const order = Array.from({ length: d.groups }, (_, g) => g).sort((a, b) => score[b]! / Math.max(1, n[b]!) - score[a]! / Math.max(1, n[a]!) || (ids[a]! < ids[b]! ? -1 : 1));
  const posterior = Array.from({ length: d.groups }, () => new Array<number>(k).fill(k > 1 ? 0.3 / (k - 1) : 1));
  order.forEach((g, rank) => {
    if (k > 1) posterior[g]![Math.min(k - 1, Math.floor((rank * k) / d.groups))] = 0.7;
  });
  return posterior;
}

/**
 * EM over K profiles of the answer model: the E step gives each buyer its posterior over the
 * profiles from all its requests together; the M step refits each profile's censored answer
 * model (fitCompetingRisks) on every request weighted by its buyer's posterior, and the
 * weights as the posteriors' means.
 */
function answerEm(d: Grouped, k: number, family: Family, timing: Timing, edges: readonly number[] | undefined, start: number[][], rounds: number): { weights: number[]; fits: CompetingFit[]; posterior: number[][] } | null {
  let posterior = start;
  let fits: (CompetingFit | undefined)[] = new Array<CompetingFit | undefined>(k).fill(undefined);
  let weights = new Array<number>(k).fill(1 / k);
  let previous = Number.NEGATIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    weights = Array.from({ length: k }, (_, c) => posterior.reduce((s, p) => s + p[c]!, 0) / Math.max(1, d.groups));
    const next: CompetingFit[] = [];
    for (let c = 0; c < k; c++) {
      const idx = d.units.flatMap((_, i) => (posterior[d.group[i]!]![c]! > 1e-6 ? [i] : []));
      const fit = fitCompetingRisks(
        idx.map((i) => d.units[i]!),
        2,
        family,
        scaleOf(timing),
        fits[c] ? INNER : 40,
        fits[c],
        edges,
        idx.map((i) => posterior[d.group[i]!]![c]!),
      );
      if (!fit) return null;
      next.push(fit);
    }
    fits = next;
    const m = mix(groupLogLikelihoods(d, next), weights);
    posterior = m.posterior;
    if (Math.abs(m.total - previous) < 1e-6 * (1 + Math.abs(m.total))) break;
    previous = m.total;
  }
  return { weights, fits: fits as CompetingFit[], posterior };
}

/** The held-out buyers' log-likelihood under the mixture (each buyer's held-out requests as one). */
function heldOut(holdout: readonly ClaimFacts[], timing: Timing, weights: readonly number[], fits: readonly CompetingFit[]): number {
  const d = grouped(holdout, timing, new Map());
  return mix(groupLogLikelihoods(d, fits), weights).total;
}

/**
 * A mixture of `k` buyer profiles' answer models (accept, reject, silent and their timing), each
 * buyer's requests from one profile: the timing chosen among the three by the held-out buyers'
 * likelihood of the mixture (each timing as a binned table, as for one profile), then its family
 * the same way; the choices written on the card. Null when the log shows no answer.
 */
export function fitAnswerMixture(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], k: number, card: CardBuilder | null): (AnswerMixture & { readonly heldOut: number }) | null {
  const tr = train.flatMap((f) => f.answers);
  if (tr.length === 0 || !tr.some((a) => a.answer !== null)) return null;
  const window = Math.max(...tr.map((a) => a.timeoutAt - a.at));
  const perTiming: { timing: Timing; ll: number; posterior: number[][] }[] = [];
  for (const timing of TIMINGS) {
    const ids = new Map<string, number>();
    const d = grouped(train, timing, ids);
    const edges = quantileEdges(d.units, timing === 'fractionOfWindow' ? 1 : window);
    const em = answerEm(d, k, 'empirical', timing, edges, startingPosterior(d, k, [...ids.keys()]), ROUNDS);
    if (em) perTiming.push({ timing, ll: heldOut(holdout, timing, em.weights, em.fits), posterior: em.posterior });
  }
  if (perTiming.length === 0) return null;
  perTiming.sort((a, b) => b.ll - a.ll);
  const { timing } = perTiming[0]!;
  const hoRequests = holdout.reduce((s, f) => s + f.answers.length, 0);
  card?.choice({
    what: 'buyer answer timing',
    chosen: timing,
    options: perTiming.map((p) => ({ name: p.timing, heldOutLogLikelihood: round1(p.ll) })),
    evidence: perTiming[1]
      ? `held-out log-likelihood of the ${k}-profile mixture higher by ${(perTiming[0]!.ll - perTiming[1].ll).toFixed(1)} than ${perTiming[1].timing} over ${count(hoRequests)} held-out requests (each timing as a table of bins at its quantiles, smoothed, densities in time; each buyer's requests from one profile)`
      : 'the only timing the data carries',
  });
  const ids = new Map<string, number>();
  const d = grouped(train, timing, ids);
  const options: { family: Family; ll: number; weights: number[]; fits: CompetingFit[]; posterior: number[][] }[] = [];
  for (const family of familiesOf(timing)) {
    // Each family starts from the binned mixture's posteriors, so the profiles stay the same buyers.
    const em = answerEm(d, k, family, timing, undefined, perTiming[0]!.posterior, family === 'empirical' ? ROUNDS : 12);
    if (em) options.push({ family, ll: heldOut(holdout, timing, em.weights, em.fits), ...em });
  }
  if (options.length === 0) return null;
  options.sort((a, b) => b.ll - a.ll);
  const best = options[0]!;
  card?.choice({
    what: `buyer answer timing: ${timing} family`,
    chosen: best.family,
    options: options.map((o) => ({ name: o.family, heldOutLogLikelihood: round1(o.ll) })),
    evidence: options.length > 1 ? `held-out log-likelihood of the ${k}-profile mixture higher by ${(best.ll - options[1]!.ll).toFixed(1)} than ${options[1]!.family} over ${count(hoRequests)} held-out requests` : 'the only family the data carries',
  });
  return { timing, family: best.family, weights: best.weights, fits: best.fits, posterior: best.posterior, buyers: [...ids.keys()], groups: d.groups, answering: new Set(d.group).size, heldOut: best.ll };
}

/**
 * K buyer profiles from the mixture: each with its weight (the buyers' mean posterior; Wilson
 * on the expected count of buyers), its answer model, and its memo reply fitted on the memos
 * weighted by the buyer's posterior (the family chosen on all memos, as for one profile). The
 * profiles come in order of their accept probability, highest first; a profile no buyer holds
 * is left out. Personal data in messages stays one share for every profile.
 */
export function buyerProfilesOf(m: AnswerMixture, train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder, pii: { readonly share: number; readonly low: number; readonly high: number; readonly basis: string } | null): Record<string, unknown>[] {
  const order = m.weights.map((w, c) => ({ w, c })).filter((x) => x.w * m.groups >= 0.5).sort((a, b) => m.fits[b.c]!.shares[0]! - m.fits[a.c]!.shares[0]! || a.c - b.c);
  const total = order.reduce((s, x) => s + x.w, 0);
  const groupOf = new Map(m.buyers.map((b, g) => [b, g]));
  const replyUnit = (f: ClaimFacts): RiskUnit[] => (f.memoReply ? [f.memoReply.done ? { event: 0, obs: [exact(f.memoReply.t - f.memoReply.from)] } : { event: -1, obs: [after(f.memoReply.t - f.memoReply.from)] }] : []);
  const replies = train.filter((f) => f.memoReply);
  const pooledReply = fitOnce('buyer memo reply delay', 1, replies.flatMap(replyUnit), holdout.flatMap(replyUnit), card);
  const key = m.timing;
  return order.map(({ w, c }, i) => {
    const fit = m.fits[c]!;
    const path = `buyerProfiles.${i}`;
    const weight = w / total;
    // Only buyers with a request tell profiles apart: the interval is on their expected count.
    const ci = wilson(weight * m.answering, m.answering);
    card.parameter(`${path}.weight`, weight, ci.low, ci.high, 'weight', `${count(m.answering)} training buyers with a request, ${count(weight * m.answering)} expected in this profile (EM over a ${order.length}-profile mixture)`);
    const basis = `${count(fit.n)} training requests expected from this profile's buyers (of ${count(m.posterior.length)} buyers)`;
    const pa = +fit.shares[0]!.toPrecision(6);
    const pr = +fit.shares[1]!.toPrecision(6);
    const silent = Math.max(0, +(1 - pa - pr).toFixed(12));
    card.parameter(`${path}.accept.probability`, pa, fit.intervals[0]!.low, fit.intervals[0]!.high, 'probability', basis);
    card.parameter(`${path}.reject.probability`, pr, fit.intervals[1]!.low, fit.intervals[1]!.high, 'probability', basis);
    card.parameter(`${path}.silent`, silent, fit.intervals[2]!.low, fit.intervals[2]!.high, 'probability', basis);
    const scale = scaleOf(m.timing);
    const profile: Record<string, unknown> = {
      name: `fitted-${i + 1}`,
      weight: +weight.toPrecision(6),
      accept: { probability: pa, [key]: addDistribution(card, `${path}.accept.${key}`, fit.components[0]!, scale, basis) },
      reject: { probability: pr, [key]: addDistribution(card, `${path}.reject.${key}`, fit.components[1]!, scale, basis) },
      silent,
    };
    if (pooledReply !== null) {
      const units = replies.flatMap(replyUnit);
      const weights = replies.map((f) => m.posterior[groupOf.get(f.buyer)!]![c]!);
      const reply = fitCompetingRisks(units, 1, pooledReply.family, 'ms', 40, undefined, undefined, weights);
      if (reply) profile['memoReply'] = writeChance(card, `${path}.memoReply`, { fit: reply, family: pooledReply.family }, 0, `${count(reply.n)} seller memos expected to this profile's buyers`);
    } else {
      profile['memoReply'] = { probability: 0, delay: { constant: '0ms' } };
    }
    if (pii !== null) {
      card.parameter(`${path}.pii`, pii.share, pii.low, pii.high, 'probability', pii.basis);
      profile['pii'] = +pii.share.toPrecision(6);
    }
    return profile;
  });
}
