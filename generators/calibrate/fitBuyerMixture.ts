import { addDistribution } from './addDistribution.js';
import { type MixtureComponent, answerEm, groupLogLikelihood, grouped, mix, startingPosterior } from './answerMixtureEm.js';
import { type CardChoice, CardBuilder, count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import { type Timing, type TimingEvidence, TIMINGS, familiesOf, quantileEdges, scaleOf, weighTimings, weightWords } from './fitAnswers.js';
import { round1 } from './fit/chooseFamily.js';
import { type CompetingFit, type RiskUnit, fitCompetingRisks } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';
import { after, exact } from './fit/Observation.js';
import { fitOnce, writeChance } from './fitOnce.js';
import { heldOutDifference, IDENTIFIED_SE, isIdentified, modelWeights } from './modelEvidence.js';
import { wilson } from './stats/wilson.js';

/** A mixture's EM stops after this many rounds, or when its log-likelihood moves less than 10⁻⁶ of itself. */
const ROUNDS = 40;
/** The EM with each profile's own family runs this many rounds, from the binned mixture's posteriors. */
const FAMILY_ROUNDS = 12;

/** A profile's answer model in one timing with its family chosen: the families tried, best first, by the held-out buyers' likelihood. */
export interface FamilyOptions {
  readonly timing: Timing;
  /** Best first: each family's fit, each held-out buyer's log-likelihood under it (by group), and the mixture's held-out log-likelihood with it. */
  readonly options: readonly { readonly family: Family; readonly fit: CompetingFit; readonly column: readonly number[]; readonly ll: number }[];
}

/** Why a profile has its timing: the held-out evidence, the families tried, and the timings kept beside it when it is not identified. */
export interface ProfileTiming {
  /** Each timing for this profile, the other profiles as chosen: the held-out buyers' log-likelihood of the mixture, per buyer with a request. */
  readonly evidence: TimingEvidence;
  readonly families: FamilyOptions;
  /** The timings the lead does not rule out, each with its best family and its weight among those kept. */
  readonly alternatives: readonly (FamilyOptions & { readonly weight: number })[];
}

/** K buyer profiles' answer models, their weights and each buyer's posterior over them. */
export interface AnswerMixture {
  readonly weights: readonly number[];
  /** Each profile's timing, family and fit. */
  readonly components: readonly MixtureComponent[];
  /** Each profile's timing evidence, in the components' order. */
  readonly timings: readonly ProfileTiming[];
  /** Per training buyer (group), the posterior of each profile. */
  readonly posterior: readonly (readonly number[])[];
  /** The buyers' ids, in group order. */
  readonly buyers: readonly string[];
  /** How many buyers (groups) the training claims show, and how many of them had a request. */
  readonly groups: number;
  readonly answering: number;
  /** The held-out requests. */
  readonly heldOutRequests: number;
  /** The held-out log-likelihood of the mixture per held-out buyer with a request (the same buyers, in the same order, for every K). */
  readonly heldOutPerBuyer: readonly number[];
}

/** The profiles as written: those some buyer holds, highest accept probability first (the components' indices). */
export function profileOrder(m: Pick<AnswerMixture, 'weights' | 'components' | 'groups'>): number[] {
  return m.weights
    .map((w, c) => ({ w, c }))
    .filter((x) => x.w * m.groups >= 0.5)
    .sort((a, b) => m.components[b.c]!.fit.shares[0]! - m.components[a.c]!.fit.shares[0]! || a.c - b.c)
    .map((x) => x.c);
}

/**
 * A mixture of `k` buyer profiles' answer models (accept, reject, silent and their timing), each
 * buyer's requests from one profile, **each profile with its own timing**:
 *
 * 1. an EM of binned tables (the bins of the one-profile timing choice, densities in time) whose
 *    M step fits each profile in every timing and keeps the best on its weighted requests;
 * 2. each profile fitted in every timing with every family on its requests weighted by that EM's
 *    posteriors, the family kept the best on the held-out buyers (the mixture's log-likelihood,
 *    the other profiles as the EM left them);
 * 3. each profile's timing decided on the held-out buyers, each timing with its best family:
 *    coordinate ascent from the EM's timings or from every profile in one timing, whichever the
 *    holdout favours; then each profile's lead, its standard error over the held-out buyers, the
 *    weights and the timings the lead does not rule out (weighTimings, as for one profile);
 * 4. a last EM with every profile in its timing and family, from the binned EM's posteriors.
 *
 * The card gets the mixture's timing choice (a timing per profile against one timing for every
 * profile); each profile's own choices go with the profile (buyerProfilesOf). Null when the log
 * shows no answer.
 */
export function fitAnswerMixture(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], k: number, card: CardBuilder | null, seed = 1): (AnswerMixture & { readonly heldOut: number }) | null {
  const tr = train.flatMap((f) => f.answers);
  if (tr.length === 0 || !tr.some((a) => a.answer !== null)) return null;
  const window = Math.max(...tr.map((a) => a.timeoutAt - a.at));
  const ids = new Map<string, number>();
  const d = grouped(train, ids);
  const edges = Object.fromEntries(TIMINGS.map((t) => [t, quantileEdges(d.units[t], t === 'fractionOfWindow' ? 1 : window)])) as Record<Timing, number[]>;
  const binned = answerEm(d, k, { timings: null, families: new Array<Family>(k).fill('empirical'), edges }, startingPosterior(d, k, [...ids.keys()]), ROUNDS);
  if (!binned) return null;
  const ho = grouped(holdout, new Map());
  const hoRequests = holdout.reduce((s, f) => s + f.answers.length, 0);
  // Each profile in each timing with each family, fitted on its requests weighted by the binned
  // mixture's posteriors; the family kept is the best on the held-out buyers, the other profiles'
  // tables as the EM left them. A timing is then weighed with its best family.
  const tables = binned.components.map((p) => groupLogLikelihood(ho, p.timing, p.fit));
  const familiesFor = (c: number, t: Timing): FamilyOptions => {
    const idx = d.group.flatMap((g, i) => (binned.posterior[g]![c]! > 1e-6 ? [i] : []));
    const w = idx.map((i) => binned.posterior[d.group[i]!]![c]!);
    const units = idx.map((i) => d.units[t][i]!);
    const options = familiesOf(t).flatMap((family) => {
      const fit = fitCompetingRisks(units, 2, family, scaleOf(t), 40, binned.byTiming[c]![t], undefined, w);
      if (!fit) return [];
      const column = groupLogLikelihood(ho, t, fit);
      return [{ family, fit, column, ll: mix(tables.map((col, j) => (j === c ? column : col)), binned.weights).total }];
    });
    return { timing: t, options: options.sort((x, y) => y.ll - x.ll) };
  };
  const byTiming = binned.components.map((_, c) => {
    const own: Partial<Record<Timing, FamilyOptions>> = {};
    for (const t of TIMINGS) {
      const f = binned.byTiming[c]![t] ? familiesFor(c, t) : null;
      if (f && f.options.length > 0) own[t] = f;
    }
    return own;
  });
  const fitted = (c: number): Timing[] => TIMINGS.filter((t) => byTiming[c]![t] !== undefined);
  if (binned.components.some((_, c) => fitted(c).length === 0)) return null;
  const perBuyer = (timings: readonly Timing[]): number[] => {
    const v = mix(timings.map((t, c) => byTiming[c]![t]!.options[0]!.column), binned.weights).perGroup;
    return ho.asking.map((g) => v[g]!);
  };
  const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);
  const shared = TIMINGS.filter((t) => binned.components.every((_, c) => byTiming[c]![t] !== undefined));
  const starts = [binned.components.map((p) => p.timing).map((t, c) => (byTiming[c]![t] ? t : fitted(c)[0]!)), ...shared.map((t) => new Array<Timing>(k).fill(t))];
  let timings = starts.map((x) => ({ x, ll: sum(perBuyer(x)) })).sort((a, b) => b.ll - a.ll)[0]!.x;
  const swapped = (c: number, t: Timing): Timing[] => timings.map((x, j) => (j === c ? t : x));
  // Coordinate ascent on the held-out buyers: each profile takes the timing the mixture favours, the others as they stand.
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (let c = 0; c < k; c++) {
      const best = fitted(c)
        .map((t) => ({ t, ll: sum(perBuyer(swapped(c, t))) }))
        .sort((a, b) => b.ll - a.ll)[0]!;
      if (best.t !== timings[c] && best.ll > sum(perBuyer(timings)) + 1e-9) {
        timings = swapped(c, best.t);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const evidence = timings.map((_, c) => weighTimings(fitted(c).map((t) => ({ timing: t, perClaim: perBuyer(swapped(c, t)), ll: sum(perBuyer(swapped(c, t))) })), seed));
  timings = evidence.map((e) => e.perTiming[0]!.timing);
  const families = timings.map((t, c) => byTiming[c]![t]!);
  const chosen = families.map((f) => f.options[0]!.family);
  const final = answerEm(d, k, { timings, families: chosen, edges: null }, binned.posterior, chosen.every((f) => f === 'empirical') ? ROUNDS : FAMILY_ROUNDS);
  if (!final) return null;
  const finalColumns = final.components.map((p) => groupLogLikelihood(ho, p.timing, p.fit));
  const profileTimings: ProfileTiming[] = evidence.map((e, c) => {
    const keptWeight = e.weights[0]! + e.kept.reduce((s, x) => s + x.weight, 0);
    const alternatives = e.identified ? [] : e.kept.map((x) => ({ ...byTiming[c]![x.timing]!, weight: x.weight / keptWeight }));
    return { evidence: e, families: families[c]!, alternatives };
  });
  const finalMix = mix(finalColumns, final.weights);
  const heldOut = finalMix.total;
  const mixture: AnswerMixture = {
    weights: final.weights,
    components: final.components,
    timings: profileTimings,
    posterior: final.posterior,
    buyers: [...ids.keys()],
    groups: d.groups,
    answering: d.asking.length,
    heldOutRequests: hoRequests,
    heldOutPerBuyer: ho.asking.map((g) => finalMix.perGroup[g]!),
  };
  if (card) {
    const names = profileOrder(mixture).map((c, i) => `fitted-${i + 1} ${timings[c]}`);
    const options = [...(new Set(timings).size > 1 ? [{ name: `per profile: ${names.join(', ')}`, perClaim: perBuyer(timings) }] : []), ...shared.map((t) => ({ name: t, perClaim: perBuyer(new Array<Timing>(k).fill(t)) }))];
    card.choice(mixtureTimingChoice(options, k, hoRequests, seed));
  }
  return { ...mixture, heldOut };
}

/**
 * The mixture's timing choice: a timing per profile against each timing for every profile, by
 * the held-out buyers' log-likelihood of the mixture (each profile's timing with its best
 * family), with the lead, its standard error over the held-out buyers and the weights, as the
 * one-profile choice has them.
 */
function mixtureTimingChoice(given: readonly { readonly name: string; readonly perClaim: readonly number[] }[], k: number, hoRequests: number, seed: number): CardChoice {
  const options = given.map((o) => ({ ...o, ll: o.perClaim.reduce((a, b) => a + b, 0) })).sort((a, b) => b.ll - a.ll);
  const weights = modelWeights(options.map((o) => o.perClaim), seed);
  const second = options[1];
  const lead = second ? heldOutDifference(options[0]!.perClaim, second.perClaim) : null;
  const short = (name: string): string => (name.startsWith('per profile') ? 'a timing per profile' : `${name} for every profile`);
  return {
    what: 'buyer answer timing',
    chosen: options[0]!.name,
    options: options.map((o, i) => ({ name: o.name, heldOutLogLikelihood: round1(o.ll), weight: +weights[i]!.toPrecision(4) })),
    evidence:
      second && lead
        ? `held-out log-likelihood of the ${k}-profile mixture higher by ${lead.difference.toFixed(1)} (standard error ${lead.se.toFixed(1)} over ${count(lead.n)} held-out buyers with a request) than ${short(second.name)} over ${count(hoRequests)} held-out requests (each profile's timing with its best family, densities in time; each buyer's requests from one profile); ${isIdentified(lead) ? `identified (a lead of ${IDENTIFIED_SE} standard errors or more)` : `not identified by this log (a lead within ${IDENTIFIED_SE} standard errors)`}; weights (pseudo-BMA+) ${options.map((o, i) => `${o.name.startsWith('per profile') ? 'per profile' : o.name} ${weightWords(weights[i]!)}`).join(', ')}; each profile's own timing under buyer answer timing (fitted-…)`
        : 'the only timing the data carries',
  };
}

/** A profile's answers in one timing (accept, reject, silent and the two answers' times), their parameters on the card under `path`. */
function answersOf(card: CardBuilder, path: string, timing: Timing, fit: CompetingFit, basis: string): { accept: unknown; reject: unknown; silent: number } {
  const pa = +fit.shares[0]!.toPrecision(6);
  const pr = +fit.shares[1]!.toPrecision(6);
  const silent = Math.max(0, +(1 - pa - pr).toFixed(12));
  card.parameter(`${path}.accept.probability`, pa, fit.intervals[0]!.low, fit.intervals[0]!.high, 'probability', basis);
  card.parameter(`${path}.reject.probability`, pr, fit.intervals[1]!.low, fit.intervals[1]!.high, 'probability', basis);
  card.parameter(`${path}.silent`, silent, fit.intervals[2]!.low, fit.intervals[2]!.high, 'probability', basis);
  const scale = scaleOf(timing);
  return {
    accept: { probability: pa, [timing]: addDistribution(card, `${path}.accept.${timing}`, fit.components[0]!, scale, basis) },
    reject: { probability: pr, [timing]: addDistribution(card, `${path}.reject.${timing}`, fit.components[1]!, scale, basis) },
    silent,
  };
}

/**
 * A profile's timing choice and its family choice on the card, in the one-profile fit's terms:
 * each timing's held-out log-likelihood (the mixture's, this profile in that timing, the others
 * as chosen) and weight, the lead and its standard error over the held-out buyers, "identified"
 * or "not identified by this log"; and, when not identified, each timing kept as an alternative
 * (what it puts in place of the profile's answers, its weight, its parameters).
 */
function writeProfileTiming(card: CardBuilder, m: AnswerMixture, c: number, name: string, path: string, basis: string): void {
  const { evidence: e, families, alternatives } = m.timings[c]!;
  const k = m.components.length;
  const timing = m.components[c]!.timing;
  const what = `buyer answer timing (${name})`;
  const second = e.perTiming[1];
  const weightText = e.perTiming.map((p, i) => `${p.timing} ${weightWords(e.weights[i]!)}`).join(', ');
  card.choice({
    what,
    chosen: timing,
    options: e.perTiming.map((p, i) => ({ name: p.timing, heldOutLogLikelihood: round1(p.ll), weight: +e.weights[i]!.toPrecision(4) })),
    evidence:
      second && e.lead
        ? `held-out log-likelihood of the ${k}-profile mixture with this profile's answers timed so higher by ${e.lead.difference.toFixed(1)} (standard error ${e.lead.se.toFixed(1)} over ${count(e.lead.n)} held-out buyers with a request) than timed ${second.timing} over ${count(m.heldOutRequests)} held-out requests (each timing with its best family on the same held-out buyers, densities in time; the other profiles as chosen); ${e.identified ? `identified (a lead of ${IDENTIFIED_SE} standard errors or more)` : `not identified by this log (a lead within ${IDENTIFIED_SE} standard errors)${alternatives.length > 0 ? `: kept with ${alternatives.map((a) => a.timing).join(' and ')} by weight for compare --parameter-draws` : ''}`}; weights (pseudo-BMA+) ${weightText}`
        : 'the only timing the data carries',
  });
  const best = families.options[0]!;
  card.choice({
    what: `${what}: ${timing} family`,
    chosen: best.family,
    options: families.options.map((o) => ({ name: o.family, heldOutLogLikelihood: round1(o.ll) })),
    evidence: families.options[1] ? `held-out log-likelihood of the ${k}-profile mixture higher by ${(best.ll - families.options[1].ll).toFixed(1)} than ${families.options[1].family} over ${count(m.heldOutRequests)} held-out requests` : 'the only family the data carries',
  });
  for (const alt of alternatives) {
    const own = new CardBuilder();
    const chosenFamily = alt.options[0]!;
    const answers = answersOf(own, path, alt.timing, chosenFamily.fit, basis);
    card.alternative({
      what,
      name: alt.timing,
      weight: +alt.weight.toPrecision(4),
      set: { [`${path}.accept`]: answers.accept, [`${path}.reject`]: answers.reject, [`${path}.silent`]: answers.silent },
      parameters: own.parameters.map((p) => (p.path.includes(`.${alt.timing}.`) ? { ...p, basis: `${p.basis}; ${chosenFamily.family}, chosen by held-out likelihood` } : p)),
    });
  }
}

/**
 * K buyer profiles from the mixture: each with its weight (the buyers' mean posterior; Wilson
 * on the expected count of buyers), its answer model in its own timing (the timing's and the
 * family's choices and evidence on the card, alternatives when the timing is not identified),
 * and its memo reply fitted on the memos weighted by the buyer's posterior (the family chosen
 * on all memos, as for one profile). The profiles come in order of their accept probability,
 * highest first; a profile no buyer holds is left out. Personal data in messages stays one share
 * for every profile.
 */
export function buyerProfilesOf(m: AnswerMixture, train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder, pii: { readonly share: number; readonly low: number; readonly high: number; readonly basis: string } | null): Record<string, unknown>[] {
  const order = profileOrder(m);
  const total = order.reduce((s, c) => s + m.weights[c]!, 0);
  const groupOf = new Map(m.buyers.map((b, g) => [b, g]));
  const replyUnit = (f: ClaimFacts): RiskUnit[] => (f.memoReply ? [f.memoReply.done ? { event: 0, obs: [exact(f.memoReply.t - f.memoReply.from)] } : { event: -1, obs: [after(f.memoReply.t - f.memoReply.from)] }] : []);
  const replies = train.filter((f) => f.memoReply);
  const pooledReply = fitOnce('buyer memo reply delay', 1, replies.flatMap(replyUnit), holdout.flatMap(replyUnit), card);
  return order.map((c, i) => {
    const { timing, fit } = m.components[c]!;
    const path = `buyerProfiles.${i}`;
    const name = `fitted-${i + 1}`;
    const weight = m.weights[c]! / total;
    // Only buyers with a request tell profiles apart: the interval is on their expected count.
    const ci = wilson(weight * m.answering, m.answering);
    const basis = `${count(fit.n)} training requests expected from this profile's buyers (of ${count(m.posterior.length)} buyers)`;
    writeProfileTiming(card, m, c, name, path, basis);
    card.parameter(`${path}.weight`, weight, ci.low, ci.high, 'weight', `${count(m.answering)} training buyers with a request, ${count(weight * m.answering)} expected in this profile (EM over a ${order.length}-profile mixture)`);
    const profile: Record<string, unknown> = { name, weight: +weight.toPrecision(6), ...answersOf(card, path, timing, fit, basis) };
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
