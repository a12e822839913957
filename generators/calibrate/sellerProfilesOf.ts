import { CLAIM_TYPES, MS_PER_DAY } from '../../engine/index.js';
import { POPULATION_LIMITS as L } from '../population/populationLimits.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import type { CompetingFit } from './fit/competingRisks.js';
import type { FittedDistribution, FittedParameter } from './fit/FittedDistribution.js';
import { type PiiShare, reRequestMax, writeAfterRejection } from './fitFollowUps.js';
import { writeChance } from './fitOnce.js';
import { REFUSED_REQUESTS, type RequestFit, neverEligible, requestUnitOf, writeRequest } from './fitRequests.js';
import type { SellerMixture } from './fitSellerMixture.js';
import { wilson } from './stats/wilson.js';

/**
 * K seller profiles from the mixture: each with its weight (the sellers' mean posterior; Wilson
 * on the expected count of training sellers), its first request, escalation, cancel, give-up,
 * re-request and memo, each on the units weighted by the seller's posterior. The profiles come
 * in order of their share of claims with a request, highest first; a profile no seller holds is
 * left out. Personal data in messages and `reRequest.max` stay one for every profile.
 */
export function sellerProfilesOf(m: SellerMixture, train: readonly ClaimFacts[], card: CardBuilder, pii: PiiShare | null): Record<string, unknown>[] {
  const asked = (r: RequestFit): number => {
    const n = CLAIM_TYPES.reduce((s, t) => s + r.n[t], 0);
    return n > 0 ? CLAIM_TYPES.reduce((s, t) => s + r.k[t], 0) / n : 0;
  };
  const order = m.weights
    .map((w, c) => ({ w, c }))
    .filter((x) => x.w * m.groups >= 0.5)
    .sort((a, b) => asked(m.models[b.c]!.request) - asked(m.models[a.c]!.request) || a.c - b.c);
  const total = order.reduce((s, x) => s + x.w, 0);
  const tr = train.map(requestUnitOf);
  const max = reRequestMax(train);
  const profiles = order.map(({ w, c }, i) => {
    const model = m.models[c]!;
    const path = `sellerProfiles.${i}`;
    const weight = w / total;
    const ci = wilson(weight * m.groups, m.groups);
    card.parameter(`${path}.weight`, weight, ci.low, ci.high, 'weight', `${count(m.groups)} training sellers, ${count(weight * m.groups)} expected in this profile (EM over a ${order.length}-profile mixture)`);
    const requestDelay = cutAtLimits(model.request.delay);
    const r = { ...model.request, delay: requestDelay.fit };
    const claims = CLAIM_TYPES.reduce((s, t) => s + r.n[t], 0);
    const of = `(of ${count(m.groups)} sellers; EM over a ${order.length}-profile mixture)`;
    const profile: Record<string, unknown> = {
      name: `fitted-${i + 1}`,
      weight: +weight.toPrecision(6),
      ...writeRequest(card, path, r, {
        probability: (t) => `${count(r.n[t])} training ${t} claims expected from this profile's sellers ${of}`,
        delay: `${count(claims)} training claims expected from this profile's sellers ${of}${note(requestDelay.cut)}`,
        escalate: `about ${count(r.escalateBasis)} refused requests expected from this profile's sellers (${REFUSED_REQUESTS})`,
      }),
    };
    const [cancel, afterRejection, memo] = model.parts.map(withinLimits);
    const [cancelFamily, rejectionFamily, memoFamily] = m.families.parts;
    profile['cancel'] = writeChance(card, `${path}.cancel`, cancel?.fit && cancelFamily ? { fit: cancel.fit, family: cancelFamily } : null, 0, `${count(cancel?.fit.n ?? 0)} training requests expected from this profile's sellers${cancel?.note ?? ''}`);
    const rejections = afterRejection?.fit.n ?? 0;
    const basis = `${count(rejections)} training rejections expected from this profile's sellers${afterRejection?.note ?? ''}`;
    writeAfterRejection(card, path, profile, afterRejection?.fit && rejectionFamily ? { fit: afterRejection.fit, family: rejectionFamily } : null, rejections, max, basis, basis);
    profile['memo'] = writeChance(card, `${path}.memo`, memo?.fit && memoFamily ? { fit: memo.fit, family: memoFamily } : null, 0, `${count(memo?.fit.n ?? 0)} first requests expected from this profile's sellers${memo?.note ?? ''}`);
    if (pii !== null) {
      card.parameter(`${path}.pii`, pii.share, pii.low, pii.high, 'probability', pii.basis);
      profile['pii'] = +pii.share.toPrecision(6);
    }
    return profile;
  });
  neverEligible(
    tr,
    order.map(({ c }) => m.models[c]!.request),
    card,
    (t) => order.map((_, i) => `sellerProfiles.${i}.request.probability.${t}`),
  );
  return profiles;
}

/** The most each kind of a seller profile's delay parameter may be in a population file (POPULATION_LIMITS): a duration its longest, a weight, a sigma. */
const LIMIT: Record<FittedParameter['kind'], number> = { value: L.horizonDays * MS_PER_DAY, weight: L.weight, sigma: L.sigma };

/**
 * A profile's later-act fit with each delay parameter's 95% interval cut at what the population
 * file allows (LIMIT), and a note for the card's basis when one was cut. A profile whose sellers
 * show next to no such act (a few memos, their posterior weights small) has a log-normal whose
 * observed information on log σ is near zero: its Wald interval's top is then e^(log σ + 1.96·se)
 * with se of several units (a σ of 0.7 with an interval reaching 1.5·10⁴). The data bound such a parameter only
 * from below; the parameter space bounds it from above, and the interval says so rather than
 * give a value no population may hold (a draw of it would be refused). The estimate is kept.
 * The first request's delay is cut the same way.
 */
export function withinLimits(fit: CompetingFit | null): { fit: CompetingFit; note: string } | null {
  if (fit === null) return null;
  const cuts = fit.components.map(cutAtLimits);
  const cut = cuts.flatMap((c) => c.cut);
  if (cut.length === 0) return { fit, note: '' };
  return { fit: { ...fit, components: cuts.map((c) => c.fit) }, note: note(cut) };
}

/** A fitted delay with each parameter's interval cut at LIMIT, and the keys of those cut. */
function cutAtLimits(d: FittedDistribution): { fit: FittedDistribution; cut: string[] } {
  const cut = d.parameters.filter((p) => p.high > LIMIT[p.kind]).map((p) => p.key);
  if (cut.length === 0) return { fit: d, cut };
  const parameters = d.parameters.map((p) => (p.high > LIMIT[p.kind] ? { ...p, low: Math.min(p.low, LIMIT[p.kind]), high: Math.max(p.estimate, LIMIT[p.kind]) } : p));
  return { fit: { ...d, parameters }, cut };
}

/** The basis's note on the parameters whose interval was cut at the limits ('' for none). */
function note(cut: readonly string[]): string {
  return cut.length === 0 ? '' : `; the data do not bound ${[...new Set(cut)].join(', ')} from above: the interval's top is the most a population file allows`;
}
