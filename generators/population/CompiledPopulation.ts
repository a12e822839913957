import {
  type ClaimType,
  type Instant,
  type LifecycleStatus,
  type Policy,
  CLAIM_TYPES,
  calendarFor,
  firstStatus,
} from '../../engine/index.js';
import type { Answer, AnswerTiming, BuyerProfile, Chance, Population, SellerProfile } from './Population.js';
import type { Sampler } from '../random/DistributionSpec.js';
import { Purpose } from '../random/Purpose.js';
import { WeightedChoice } from '../random/WeightedChoice.js';
import { compileDistribution } from '../random/compileDistribution.js';
import { drawUniform, streamKey } from '../random/hash32.js';
import { refuseDrawlessSeed } from './refuseDrawlessSeed.js';
import { type CompiledReactions, compileReactions } from '../reactions/compileReactions.js';

/** A Chance with its delay ready to draw. */
export interface CompiledChance {
  readonly probability: number;
  readonly delay: Sampler;
}

/** An Answer with its delay ready to draw (fractions for fractionOfWindow). */
export interface CompiledAnswer extends CompiledChance {
  readonly timing: AnswerTiming;
}

export interface CompiledSeller {
  readonly name: string;
  readonly request: Readonly<Record<ClaimType, number>>;
  readonly requestDelay: Sampler;
  readonly reRequest: { readonly probability: number; readonly fromRejection: boolean; readonly delay: Sampler; readonly retryDelay: Sampler; readonly max: number };
  readonly cancel: CompiledChance;
  readonly giveUp: CompiledChance;
  readonly escalate: number;
  readonly pii: number;
  readonly memo: CompiledChance;
  /** The reactions' values (generators/reactions), in the registry's order. */
  readonly reactions: CompiledReactions;
}

export interface CompiledBuyer {
  readonly name: string;
  readonly accept: CompiledAnswer;
  readonly reject: CompiledAnswer;
  readonly memoReply: CompiledChance;
  readonly pii: number;
  /** The reminder's reaction: answer with this probability, accepting with `accept`, after `delay`. */
  readonly onReminder: CompiledChance & { readonly accept: number };
}

export interface CompiledStep {
  readonly after: Sampler;
  readonly next: WeightedChoice<LifecycleStatus>;
  readonly wait: boolean;
}

const chance = (c: Chance): CompiledChance => ({ probability: c.probability, delay: compileDistribution(c.delay) });
const answer = (a: Answer): CompiledAnswer => ({ ...chance(a), timing: a.timing });

/**
 * A population ready to run under one policy and seed: every distribution compiled, and
 * each claim's fixed traits (arrival, type, status, seller, buyer) a pure function of
 * (seed, claim index), so any subset of the claims can be run on its own.
 */
export class CompiledPopulation {
  readonly population: Population;
  readonly seed: number;
  readonly claims: number;
  readonly start: Instant;
  readonly end: Instant;
  readonly sellers: readonly CompiledSeller[];
  readonly buyers: readonly CompiledBuyer[];
  readonly lifecycle: ReadonlyMap<LifecycleStatus, CompiledStep>;
  private readonly arrivalsMs: number;
  private readonly claimMix: WeightedChoice<ClaimType>;
  private readonly initial: ReadonlyMap<ClaimType, WeightedChoice<LifecycleStatus>>;
  private readonly sellerProfile: WeightedChoice<number>;
  private readonly buyerProfile: WeightedChoice<number>;
  /** With claimsPerSeller: each seller's share of the claims. */
  private readonly sellerShare: WeightedChoice<number> | null;

  constructor(population: Population, policy: Policy, seed: number, claims?: number) {
    this.population = population;
    this.seed = seed >>> 0;
    const cal = calendarFor(policy.timezone);
    const s = population.horizon.start;
    this.start = s.offsetMs === null ? cal.atWallTime(s.day, s.msOfDay) : s.day * 86_400_000 + s.msOfDay - s.offsetMs;
    this.end = this.start + population.horizon.lengthMs;
    this.arrivalsMs = population.horizon.arrivalsMs;
    this.claimMix = new WeightedChoice(population.claimMix.map((w) => w.value), population.claimMix.map((w) => w.weight));
    this.initial = new Map(
      CLAIM_TYPES.filter((t) => population.initialStatus[t]).map((t) => {
        const table = population.initialStatus[t]!;
        return [t, new WeightedChoice(table.map((w) => w.value), table.map((w) => w.weight))] as const;
      }),
    );
    this.sellers = population.sellerProfiles.map(compileSeller);
    this.buyers = population.buyerProfiles.map(compileBuyer);
    this.sellerProfile = profileChoice(population.sellerProfiles);
    this.buyerProfile = profileChoice(population.buyerProfiles);
    this.lifecycle = new Map(
      Object.entries(population.lifecycle).map(([from, step]) => [
        from as LifecycleStatus,
        { after: compileDistribution(step.after), next: new WeightedChoice(step.next.map((w) => w.value), step.next.map((w) => w.weight)), wait: step.duringWithdrawal === 'wait' },
      ]),
    );
    let drawn = 0;
    if (population.claimsPerSeller) {
      const perSeller = compileDistribution(population.claimsPerSeller);
      const shares: number[] = [];
      for (let k = 0; k < population.sellers; k++) shares.push(Math.max(0, Math.round(perSeller(this.draw(k, Purpose.sellerWeight, 0)))));
      drawn = shares.reduce((a, b) => a + b, 0);
      // A file whose distribution can only draw 0 is refused at load; this seed drew 0 for every seller.
      if (drawn === 0) refuseDrawlessSeed(population, this.seed);
      this.sellerShare = new WeightedChoice(shares.map((_, k) => k), shares);
    } else this.sellerShare = null;
    this.claims = claims ?? population.claims ?? drawn;
  }

  /** Draw k of the stream (seed, index, purpose). */
  draw(index: number, purpose: number, k: number): number {
    return drawUniform(streamKey(this.seed, index, purpose), k);
  }

  /**
   * Claim i is received at a uniform instant of its own slot of the arrival window (slot i
   * of n): arrivals are in index order, so they stream without sorting.
   */
  arrivalOf(i: number): Instant {
    return this.start + Math.floor(((i + this.draw(i, Purpose.arrival, 0)) / this.claims) * this.arrivalsMs);
  }

  typeOf(i: number): ClaimType {
    return this.claimMix.pick(this.draw(i, Purpose.claimType, 0));
  }

  initialStatusOf(i: number, type: ClaimType): LifecycleStatus {
    const table = this.initial.get(type);
    return table ? table.pick(this.draw(i, Purpose.initialStatus, 0)) : firstStatus(type);
  }

  sellerOf(i: number): number {
    const u = this.draw(i, Purpose.seller, 0);
    return this.sellerShare ? this.sellerShare.pick(u) : Math.floor(u * this.population.sellers);
  }

  buyerOf(i: number): number {
    return Math.floor(this.draw(i, Purpose.buyer, 0) * this.population.buyers);
  }

  sellerProfileOf(seller: number): number {
    return this.sellerProfile.pick(this.draw(seller, Purpose.sellerProfile, 0));
  }

  buyerProfileOf(buyer: number): number {
    return this.buyerProfile.pick(this.draw(buyer, Purpose.buyerProfile, 0));
  }
}

function profileChoice(profiles: readonly { weight: number }[]): WeightedChoice<number> {
  return new WeightedChoice(profiles.map((_, k) => k), profiles.map((p) => p.weight));
}

function compileSeller(p: SellerProfile): CompiledSeller {
  return {
    name: p.name,
    request: p.request.probability,
    requestDelay: compileDistribution(p.request.delay),
    reRequest: {
      probability: p.reRequest.probability,
      fromRejection: p.reRequest.from === 'rejection',
      delay: compileDistribution(p.reRequest.delay),
      retryDelay: compileDistribution(p.reRequest.retryDelay),
      max: p.reRequest.max,
    },
    cancel: chance(p.cancel),
    giveUp: chance(p.giveUp),
    escalate: p.escalate,
    pii: p.pii,
    memo: chance(p.memo),
    reactions: compileReactions(p),
  };
}

function compileBuyer(p: BuyerProfile): CompiledBuyer {
  const r = p.onReminder;
  const onReminder = { probability: r.answerProbability, accept: r.accept, delay: compileDistribution(r.delay) };
  return { name: p.name, accept: answer(p.accept), reject: answer(p.reject), memoReply: chance(p.memoReply), pii: p.pii, onReminder };
}
