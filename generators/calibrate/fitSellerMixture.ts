import { type CardChoice, CardBuilder, count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import { round1 } from './fit/chooseFamily.js';
import { type CompetingFit, type RiskUnit, fitCompetingRisks, unitLogProbability } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';
import { cancelUnits, memoUnits, rejectionUnits } from './fitFollowUps.js';
import { fitOnce } from './fitOnce.js';
import { mixturePosterior, rankedStart } from './mixturePosterior.js';
import { type ProfilesTried, fewestProfiles } from './fewestProfiles.js';
import { IDENTIFIED_SE } from './modelEvidence.js';
import { type RequestFit, type RequestUnit, fitRequestModel, requestFamilies, requestUnitLogLikelihood, requestUnitOf } from './fitRequests.js';

/** A mixture's EM stops after this many rounds, or when its log-likelihood moves less than 10⁻⁶ of itself. */
const ROUNDS = 40;
/** Each round refits a profile's models for this many inner EM steps, from where they stood. */
const INNER = 4;
/**
 * A profile reads each unit as its own model with this share of all sellers' model (fitted as
 * one): an act the profile has not seen yet (a re-request where its sellers rarely re-request,
 * so its re-request share fell to 0) then costs a seller about log 100, where the profile's
 * model alone would rule the profile out for that seller for good.
 */
const DEFENSIVE = 0.01;

/** The seller's acts after the first request, each a competing-risks model as the one-profile fit has it (fitFollowUps). */
const PARTS = [
  { name: 'cancel', what: 'seller cancel delay', k: 1, units: cancelUnits },
  { name: 'afterRejection', what: 'seller after a rejection: delay', k: 2, units: rejectionUnits },
  { name: 'memo', what: 'seller memo delay', k: 1, units: memoUnits },
] as const;

/**
 * The families the profiles use: the request delay's candidates (each family the one-profile
 * fit could fit, its choice made again by the mixture's held-out likelihood), and each later
 * act's family chosen on all sellers as one (null for an act the log never shows).
 */
export interface SellerFamilies {
  readonly request: readonly Family[];
  readonly parts: readonly (Family | null)[];
  /** The later acts' family choices as the card states them. */
  readonly card: CardBuilder;
  /** All sellers' models fitted as one, with the chosen families: what each profile's units are read against (DEFENSIVE). */
  readonly reference: SellerModel;
}

/** One seller profile's models: the first request, then each part (cancel, after a rejection, memo; null when the log never shows it). */
export interface SellerModel {
  readonly request: RequestFit;
  readonly parts: readonly (CompetingFit | null)[];
}

/** The claims' units, each with the seller (group) it belongs to: a seller's whole history is one latent profile. */
interface Grouped {
  readonly requests: readonly RequestUnit[];
  readonly requestGroup: readonly number[];
  readonly parts: readonly { readonly units: readonly RiskUnit[]; readonly group: readonly number[] }[];
  readonly groups: number;
}

/** K seller profiles' models, their weights and each training seller's posterior over them. */
export interface SellerMixture {
  readonly weights: readonly number[];
  readonly models: readonly SellerModel[];
  readonly families: SellerFamilies;
  /** The request delay's family, chosen by the mixture's held-out likelihood, and that choice as the card states it. */
  readonly request: Family;
  readonly choice: CardChoice;
  readonly posterior: readonly (readonly number[])[];
  /** How many sellers (groups) the training claims show. */
  readonly groups: number;
  /** The held-out sellers' log-likelihood under the mixture (each seller's held-out claims as one). */
  readonly heldOut: number;
  /** Each held-out seller's log-likelihood under the mixture (all its held-out claims as one), in the held-out claims' order of sellers: the terms of `heldOut`. */
  readonly heldOutPerSeller: readonly number[];
}

function grouped(facts: readonly ClaimFacts[], ids: Map<string, number>): Grouped {
  const requests: RequestUnit[] = [];
  const requestGroup: number[] = [];
  const parts = PARTS.map(() => ({ units: [] as RiskUnit[], group: [] as number[] }));
  for (const f of facts) {
    let g = ids.get(f.seller);
    if (g === undefined) {
      g = ids.size;
      ids.set(f.seller, g);
    }
    requests.push(requestUnitOf(f));
    requestGroup.push(g);
    PARTS.forEach((p, j) => {
      for (const u of p.units([f])) {
        parts[j]!.units.push(u);
        parts[j]!.group.push(g);
      }
    });
  }
  return { requests, requestGroup, parts, groups: ids.size };
}

/** log((1 − DEFENSIVE)·e^own + DEFENSIVE·e^reference). */
function defended(own: number, reference: number): number {
  const a = Math.log1p(-DEFENSIVE) + own;
  const b = Math.log(DEFENSIVE) + reference;
  const top = Math.max(a, b);
  return top + Math.log(Math.exp(a - top) + Math.exp(b - top));
}

/** Per seller, the log-likelihood of all its units under each profile (each unit defended by the reference). */
function groupLogLikelihoods(d: Grouped, models: readonly SellerModel[], reference: SellerModel): number[][] {
  const ll = Array.from({ length: d.groups }, () => new Array<number>(models.length).fill(0));
  d.requests.forEach((u, i) => {
    const row = ll[d.requestGroup[i]!]!;
    const r = requestUnitLogLikelihood(reference.request, u);
    models.forEach((m, c) => {
      row[c]! += defended(requestUnitLogLikelihood(m.request, u), r);
    });
  });
  d.parts.forEach((part, j) => {
    const ref = reference.parts[j];
    part.units.forEach((u, i) => {
      const row = ll[part.group[i]!]!;
      const r = ref ? unitLogProbability(u, ref.shares, ref.components) : 0;
      models.forEach((m, c) => {
        const fit = m.parts[j];
        if (fit && ref) row[c]! += defended(unitLogProbability(u, fit.shares, fit.components), r);
      });
    });
  });
  return ll;
}

/**
 * The starting posteriors: sellers ranked by the share of their claims with a request (then
 * by id), cut into K runs of equal size, each seller 0.7 in its run's profile. Deterministic.
 */
function startingPosterior(d: Grouped, k: number, ids: readonly string[]): number[][] {
  const asked = new Array<number>(d.groups).fill(0);
  const n = new Array<number>(d.groups).fill(0);
  d.requests.forEach((u, i) => {
    const g = d.requestGroup[i]!;
    n[g]! += 1;
    if (u.kind !== 'neither') asked[g]! += 1;
  });
  return rankedStart(
    asked.map((a, g) => a / Math.max(1, n[g]!)),
    ids,
    k,
  );
}

/** Bins an empirical table of the mixture uses for every profile: the request delay's, then each part's. */
interface Edges {
  readonly request: readonly number[];
  readonly parts: readonly (readonly number[])[];
}

/**
 * An empirical table's bins on all sellers' values: 10 at the exact values' quantiles, from 0 to
 * past the furthest of `reach` and the exact values (as the one-profile fit bins them: the
 * request delay with a tail to the furthest censored value, a later act without).
 */
function edgesOf(exactValues: readonly number[], reach: number): number[] {
  const xs = [...exactValues].sort((a, b) => a - b);
  if (xs.length === 0) return [0, reach + 1];
  const edges = [Math.min(0, xs[0]!)];
  for (let i = 1; i < 10; i++) edges.push(xs[Math.floor((i * xs.length) / 10)]!);
  edges.push(Math.max(reach, xs[xs.length - 1]!) + 1);
  return edges.filter((e, i) => i === 0 || e > edges[i - 1]!);
}

function edgesFor(d: Grouped): Edges {
  return {
    request: edgesOf(
      d.requests.flatMap((u) => (u.kind !== 'neither' ? [u.x] : [])),
      Math.max(0, ...d.requests.map((u) => u.end)),
    ),
    // A tail bin beyond every exact value would let censored units fill it without end (a later act "done, but after the log"), as the one-profile fit's bins do not.
    parts: d.parts.map((part) => edgesOf(part.units.flatMap((u) => (u.event >= 0 ? [u.obs[u.event]!.lo] : [])), 0)),
  };
}

/** The units (and their weights) a profile's M step sees: those whose seller holds it with a posterior above 10⁻⁶. */
function weighted<U>(units: readonly U[], group: readonly number[], posterior: readonly (readonly number[])[], c: number): { units: U[]; weights: number[] } {
  const out: U[] = [];
  const weights: number[] = [];
  units.forEach((u, i) => {
    const w = posterior[group[i]!]![c]!;
    if (w > 1e-6) {
      out.push(u);
      weights.push(w);
    }
  });
  return { units: out, weights };
}

/**
 * EM over K seller profiles: the E step gives each seller its posterior over the profiles from
 * all its claims together (the first request, censored as the one-profile fit censors it; each
 * cancel, give-up or re-request and memo); the M step refits each profile's models on every
 * unit weighted by its seller's posterior, and the weights as the posteriors' means. An
 * empirical table has the same bins in every profile (`edges`, smoothed): a table fitted on one
 * profile's sellers alone would give another's values no density, and hold each seller where
 * it started.
 */
function sellerEm(d: Grouped, k: number, request: Family, partFamilies: readonly (Family | null)[], edges: Edges, reference: SellerModel, start: readonly (readonly number[])[]): { weights: number[]; models: SellerModel[]; posterior: number[][] } | null {
  let posterior = start.map((p) => [...p]);
  let models: (SellerModel | undefined)[] = new Array<SellerModel | undefined>(k).fill(undefined);
  let weights = new Array<number>(k).fill(1 / k);
  let previous = Number.NEGATIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    weights = Array.from({ length: k }, (_, c) => posterior.reduce((s, p) => s + p[c]!, 0) / Math.max(1, d.groups));
    const next: SellerModel[] = [];
    for (let c = 0; c < k; c++) {
      const before = models[c];
      const r = weighted(d.requests, d.requestGroup, posterior, c);
      const fit = fitRequestModel(r.units, request, 'ms', r.weights, before?.request, before ? INNER : 30, request === 'empirical' ? edges.request : undefined);
      if (!fit) return null;
      const parts = d.parts.map((part, j) => {
        const family = partFamilies[j];
        if (!family) return null;
        const p = weighted(part.units, part.group, posterior, c);
        return fitCompetingRisks(p.units, PARTS[j]!.k, family, 'ms', before ? INNER : 40, before?.parts[j] ?? undefined, family === 'empirical' ? edges.parts[j] : undefined, p.weights);
      });
      next.push({ request: fit, parts });
    }
    models = next;
    const m = mixturePosterior(groupLogLikelihoods(d, next, reference), weights);
    posterior = m.posterior;
    if (Math.abs(m.total - previous) < 1e-6 * (1 + Math.abs(m.total))) break;
    previous = m.total;
  }
  return { weights, models: models as SellerModel[], posterior };
}

/**
 * The request delay's candidate families (each one the one-profile fit can fit), each later
 * act's family chosen on all sellers as one by held-out likelihood (as the one-profile fit
 * chooses it; the choices on their own card), and all sellers' models fitted as one (the
 * reference). Null when the log shows no withdrawal request.
 */
export function sellerFamilies(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[]): SellerFamilies | null {
  const card = new CardBuilder();
  const { fits } = requestFamilies(train.map(requestUnitOf), holdout.map(requestUnitOf));
  if (fits.length === 0) return null;
  const parts = PARTS.map((p) => fitOnce(p.what, p.k, p.units(train), p.units(holdout), card));
  return { request: fits.map((f) => f.family), parts: parts.map((o) => o?.family ?? null), card, reference: { request: fits[0]!.fit, parts: parts.map((o) => o?.fit ?? null) } };
}

/**
 * A mixture of `k` seller profiles, each seller's claims from one: the later acts' families as
 * sellerFamilies chose them; the request delay's family the one whose mixture the held-out
 * sellers favour. The EM starts from the sellers ranked by how often they request, first with
 * every delay exponential (a density everywhere, so a seller moves freely between profiles),
 * then each family from where that left the sellers. Null when the EM cannot fit a profile.
 */
export function fitSellerMixture(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], k: number, families: SellerFamilies): SellerMixture | null {
  const ids = new Map<string, number>();
  const d = grouped(train, ids);
  const ho = grouped(holdout, new Map());
  const edges = edgesFor(d);
  const first = sellerEm(d, k, 'exponential', families.parts.map((f) => f && 'exponential'), edges, families.reference, startingPosterior(d, k, [...ids.keys()]));
  if (first === null) return null;
  const options: { family: Family; ll: number; perSeller: number[]; em: NonNullable<ReturnType<typeof sellerEm>> }[] = [];
  for (const family of families.request) {
    const em = sellerEm(d, k, family, families.parts, edges, families.reference, first.posterior);
    if (em === null) continue;
    const m = mixturePosterior(groupLogLikelihoods(ho, em.models, families.reference), em.weights);
    options.push({ family, ll: m.total, perSeller: m.perGroup, em });
  }
  if (options.length === 0) return null;
  options.sort((a, b) => b.ll - a.ll);
  const best = options[0]!;
  const choice: CardChoice = {
    what: 'seller request delay',
    chosen: best.family,
    options: options.map((o) => ({ name: o.family, heldOutLogLikelihood: round1(o.ll) })),
    evidence:
      options.length > 1
        ? `held-out log-likelihood of the ${k}-profile mixture higher by ${(best.ll - options[1]!.ll).toFixed(1)} than ${options[1]!.family} over ${count(holdout.length)} held-out claims (each seller's claims from one profile)`
        : 'the only family the data carries',
  };
  return { ...best.em, families, request: best.family, choice, groups: d.groups, heldOut: best.ll, heldOutPerSeller: best.perSeller };
}

/**
 * The sellers' mixture, or null for one profile (fitted as before, by fitRequests and
 * fitFollowUps). With `auto`, each K from 1 to `most` is fitted and the fewest profiles the best
 * does not lead by IDENTIFIED_SE standard errors over the held-out sellers is kept (each held-out
 * seller's claims one term, as for buyers; the choice and its figures on the card, with the
 * families' choices).
 */
export function chooseSellerMixture(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], profiles: number | 'auto', card: CardBuilder, most: number): SellerMixture | null {
  if (profiles !== 'auto' && profiles <= 1) return null;
  const families = sellerFamilies(train, holdout);
  if (families === null) return null;
  if (profiles !== 'auto') {
    const fit = fitSellerMixture(train, holdout, profiles, families);
    if (fit !== null) for (const c of [fit.choice, ...families.card.choices]) card.choice(c);
    return fit;
  }
  const tried: ProfilesTried<SellerMixture>[] = [];
  for (let k = 1; k <= most; k++) {
    const fit = fitSellerMixture(train, holdout, k, families);
    if (fit !== null) tried.push({ k, fit, heldOut: fit.heldOut, perUnit: fit.heldOutPerSeller });
  }
  if (tried.length === 0) return null;
  const { best, top, runnerUp } = fewestProfiles(tried);
  card.choice({
    what: 'seller profiles',
    chosen: String(best.k),
    options: tried.map((t) => ({ name: String(t.k), heldOutLogLikelihood: round1(t.heldOut) })),
    evidence: runnerUp
      ? `the fewest profiles whose held-out log-likelihood of the sellers' claims the best (${round1(top.heldOut)}) does not lead by ${IDENTIFIED_SE} standard errors over the ${count(top.perUnit.length)} held-out sellers; against ${runnerUp.k} profile(s): ${(best.heldOut - runnerUp.heldOut).toFixed(1)} over ${count(holdout.length)} held-out claims (each seller's claims from one profile)`
      : 'the only number of profiles the data carries',
  });
  if (best.k === 1) return null;
  for (const c of [best.fit.choice, ...families.card.choices]) card.choice(c);
  return best.fit;
}
