import type { ClaimType, Policy } from '../../engine/index.js';
import type { ClaimFacts } from '../../generators/calibrate/ClaimFacts.js';
import { escalateRests, requestUnitOf } from '../../generators/calibrate/fitRequests.js';
import { claimDraws } from '../../generators/agents/ClaimDraws.js';
import { after } from '../../generators/agents/AgentContext.js';
import { CompiledPopulation } from '../../generators/population/CompiledPopulation.js';
import type { Population } from '../../generators/index.js';
import type { DistributionSpec } from '../../generators/random/DistributionSpec.js';

/**
 * The truth a single-profile fit is held to, by the card's parameter path. Shares of the claim
 * mix, initial status and lifecycle arrows are the population's weights, normalised. A
 * behaviour probability of a mixture of profiles is its marginal over the units the fit saw:
 * the average, over the training claims' requests (or rejections, memos), of the probability
 * of the profile that drew it (the buyer of claim i has profile buyerProfileOf(buyerOf(i))).
 * The escalation's units are the first requests the rules refused, which the log shows only when
 * escalated: the claims whose drawn request (firstRequestOf, the run's own draws) fell where the
 * claim was open and not eligible, of the types the fit rests it on (escalateRests).
 * A delay's parameters are the truth only where the true step is one distribution of the
 * family the fit chose (exponential mean, log-normal median and σ).
 */
export function truthOf(population: Population, policy: Policy, seed: number, claims: number, train: readonly ClaimFacts[]): Map<string, number> {
  const truth = new Map<string, number>();
  const norm = (rows: readonly { value: string; weight: number }[], prefix: string): void => {
    const total = rows.reduce((s, r) => s + r.weight, 0);
    for (const r of rows) truth.set(`${prefix}.${r.value}`, r.weight / total);
  };
  norm(population.claimMix, 'claimMix');
  for (const [type, rows] of Object.entries(population.initialStatus)) if (rows) norm(rows, `initialStatus.${type}`);
  for (const [status, step] of Object.entries(population.lifecycle)) {
    if (!step) continue;
    norm(step.next, `lifecycle.${status}.next`);
    distributionTruth(step.after, `lifecycle.${status}.after`, truth);
  }
  const pop = new CompiledPopulation(population, policy, seed, claims);
  const index = (id: string): number => Number(id.slice(1));
  const buyer = (f: ClaimFacts) => population.buyerProfiles[pop.buyerProfileOf(pop.buyerOf(index(f.id)))]!;
  const seller = (f: ClaimFacts) => population.sellerProfiles[pop.sellerProfileOf(pop.sellerOf(index(f.id)))]!;
  const average = (path: string, values: number[]): void => {
    if (values.length > 0) truth.set(path, values.reduce((a, b) => a + b, 0) / values.length);
  };
  const perRequest = (f: ClaimFacts, v: number): number[] => f.answers.map(() => v);
  average('buyerProfiles.0.accept.probability', train.flatMap((f) => perRequest(f, buyer(f).accept.probability)));
  average('buyerProfiles.0.reject.probability', train.flatMap((f) => perRequest(f, buyer(f).reject.probability)));
  average('buyerProfiles.0.silent', train.flatMap((f) => perRequest(f, buyer(f).silent)));
  average('sellerProfiles.0.cancel.probability', train.flatMap((f) => perRequest(f, seller(f).cancel.probability)));
  average('sellerProfiles.0.giveUp.probability', train.flatMap((f) => f.rejections.map(() => seller(f).giveUp.probability)));
  average('sellerProfiles.0.memo.probability', train.flatMap((f) => (f.sellerMemo ? [seller(f).memo.probability] : [])));
  average('buyerProfiles.0.memoReply.probability', train.flatMap((f) => (f.memoReply ? [buyer(f).memoReply.probability] : [])));
  const rests = escalateRests(train.map(requestUnitOf));
  const refused = train.filter((f) => {
    if (!rests.has(f.type)) return false;
    const t = firstRequestOf(pop, index(f.id), f.type);
    const u = requestUnitOf(f);
    return t !== null && u.refused.some(([a, b]) => a <= t && t < b);
  });
  average('sellerProfiles.0.escalate', refused.map((f) => seller(f).escalate));
  for (const t of ['cancel', 'return', 'exchange', 'non_receipt'] as ClaimType[]) {
    average(`sellerProfiles.0.request.probability.${t}`, train.filter((f) => f.type === t).map((f) => seller(f).request.probability[t]));
  }
  return truth;
}

/**
 * When claim i's seller draws its first request, from the claim's opening (Seller.claimOpened:
 * the same draws), or null when it draws none.
 */
export function firstRequestOf(pop: CompiledPopulation, i: number, type: ClaimType): number | null {
  const seller = pop.sellers[pop.sellerProfileOf(pop.sellerOf(i))]!;
  const draw = claimDraws(pop.seed).seller;
  if (draw.requests(i) >= seller.request[type]) return null;
  return after(0, seller.requestDelay(draw.requestDelay(i)));
}

function distributionTruth(spec: DistributionSpec, path: string, truth: Map<string, number>): void {
  if ('exponential' in spec) truth.set(`${path}.exponential.mean`, spec.exponential.mean);
  if ('logNormal' in spec) {
    truth.set(`${path}.logNormal.median`, spec.logNormal.median);
    truth.set(`${path}.logNormal.sigma`, spec.logNormal.sigma);
  }
}
