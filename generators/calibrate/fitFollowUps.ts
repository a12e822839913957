import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts, OnceFact } from './ClaimFacts.js';
import type { RiskUnit } from './fit/competingRisks.js';
import { after, exact } from './fit/Observation.js';
import { type OnceResult, fitOnce, writeChance } from './fitOnce.js';
import { addDistribution } from './addDistribution.js';
import { wilson } from './stats/wilson.js';

const onceUnit = (f: OnceFact): RiskUnit => (f.done ? { event: 0, obs: [exact(f.t - f.from)] } : { event: -1, obs: [after(f.t - f.from)] });

/** The seller's cancel of an unanswered request (R14): censored by the answer, the timeout, a lapse or the log's end. */
export const cancelUnits = (facts: readonly ClaimFacts[]): RiskUnit[] =>
  facts.flatMap((f) => f.answers.map((a): RiskUnit => (a.cancelled ? { event: 0, obs: [exact(a.t - a.at)] } : { event: -1, obs: [after(a.t - a.at)] })));

/**
 * After a rejection: give up (cancel from on hold, timed from the rejection), re-request (timed
 * from the cooldown's end), or neither before the claim or the log ends.
 */
export const rejectionUnits = (facts: readonly ClaimFacts[]): RiskUnit[] =>
  facts.flatMap((f) =>
    f.rejections.map((r): RiskUnit => {
      if (r.next === 'giveUp') return { event: 0, obs: [exact(r.t - r.at), null] };
      if (r.next === 'reRequest') return { event: 1, obs: [null, exact(Math.max(0, r.t - r.cooldownUntil))] };
      return { event: -1, obs: [after(r.t - r.at), after(Math.max(0, r.t - r.cooldownUntil))] };
    }),
  );

/** The seller's memo on the first request: written (timed from the request), or not before the claim or the log ends. */
export const memoUnits = (facts: readonly ClaimFacts[]): RiskUnit[] => facts.flatMap((f) => (f.sellerMemo ? [onceUnit(f.sellerMemo)] : []));

/** A share of messages with personal data, its interval and what it rests on. */
export interface PiiShare {
  readonly share: number;
  readonly low: number;
  readonly high: number;
  readonly basis: string;
}

/**
 * Writes a profile's give-up and re-request after a rejection under `path` into `target`: the
 * give-up's chance and delay, then the re-request's chance among those not given up (Wilson on
 * `rejections` less the given up) and its delay from the cooldown's end, at most `max` times.
 */
export function writeAfterRejection(card: CardBuilder, path: string, target: Record<string, unknown>, r: OnceResult | null, rejections: number, max: number, basis: string, delayBasis: string): void {
  target['giveUp'] = writeChance(card, `${path}.giveUp`, r, 0, basis);
  if (r !== null && r.fit.shares[1]! > 0) {
    const g = r.fit.shares[0]!;
    const q = g < 1 ? r.fit.shares[1]! / (1 - g) : 0;
    const n = rejections * (1 - g);
    const ci = wilson(q * n, n);
    card.parameter(`${path}.reRequest.probability`, q, ci.low, ci.high, 'probability', `${basis} (of those not given up)`);
    target['reRequest'] = {
      probability: +q.toPrecision(6),
      from: 'cooldownEnd',
      delay: addDistribution(card, `${path}.reRequest.delay`, r.fit.components[1]!, 'ms', delayBasis),
      max,
    };
  }
}

/** The most re-requests a training claim shows (at least 1, at most 100): every profile's `reRequest.max`. */
export const reRequestMax = (train: readonly ClaimFacts[]): number => Math.min(100, Math.max(1, ...train.map((f) => f.reRequests)));

/**
 * The seller's cancel, give-up, re-request, memo and personal data; the buyer's memo reply and
 * personal data. With several seller profiles (`sellers` false) the seller's are the mixture's
 * (fitSellerMixture), and only the sellers' personal-data share is returned for it.
 */
export function fitFollowUps(
  train: readonly ClaimFacts[],
  holdout: readonly ClaimFacts[],
  card: CardBuilder,
  buyers = true,
  sellers = true,
): { readonly seller: Record<string, unknown>; readonly buyer: Record<string, unknown>; readonly buyerPii: PiiShare | null; readonly sellerPii: PiiShare | null } {
  const seller: Record<string, unknown> = {};
  const buyer: Record<string, unknown> = {};
  if (sellers) {
    const requests = train.reduce((s, f) => s + f.answers.length, 0);
    const cancel = fitOnce('seller cancel delay', 1, cancelUnits(train), cancelUnits(holdout), card);
    seller['cancel'] = writeChance(card, 'sellerProfiles.0.cancel', cancel, 0, `${count(requests)} training requests, ${count(train.reduce((s, f) => s + f.answers.filter((a) => a.cancelled).length, 0))} cancelled before an answer`);

    const rejections = rejectionUnits(train);
    const afterRejection = fitOnce('seller after a rejection: delay', 2, rejections, rejectionUnits(holdout), card);
    const gaveUp = rejections.filter((u) => u.event === 0).length;
    const reRequested = rejections.filter((u) => u.event === 1).length;
    const basis = `${count(rejections.length)} training rejections: ${count(gaveUp)} given up, ${count(reRequested)} re-requested`;
    writeAfterRejection(card, 'sellerProfiles.0', seller, afterRejection, rejections.length, reRequestMax(train), basis, `${count(reRequested)} re-requests after the cooldown's end`);
    const memoTrain = memoUnits(train);
    seller['memo'] = writeChance(card, 'sellerProfiles.0.memo', fitOnce('seller memo delay', 1, memoTrain, memoUnits(holdout), card), 0, `${count(memoTrain.length)} first requests, ${count(memoTrain.filter((u) => u.event === 0).length)} with a seller memo`);
  }
  // With several buyer profiles (buyers false), the memo reply and personal data are the mixture's (fitBuyerMixture).
  if (buyers) {
    const replyUnits = (facts: readonly ClaimFacts[]): RiskUnit[] => facts.flatMap((f) => (f.memoReply ? [onceUnit(f.memoReply)] : []));
    const replyTrain = replyUnits(train);
    buyer['memoReply'] = writeChance(card, 'buyerProfiles.0.memoReply', fitOnce('buyer memo reply delay', 1, replyTrain, replyUnits(holdout), card), 0, `${count(replyTrain.length)} seller memos, ${count(replyTrain.filter((u) => u.event === 0).length)} answered`);
  }
  let buyerPii: PiiShare | null = null;
  let sellerPii: PiiShare | null = null;

  for (const [party, target, messages, pii] of [
    ['seller', seller, train.reduce((s, f) => s + f.sellerMessages, 0), train.reduce((s, f) => s + f.sellerPii, 0)],
    ['buyer', buyer, train.reduce((s, f) => s + f.buyerMessages, 0), train.reduce((s, f) => s + f.buyerPii, 0)],
  ] as const) {
    if (messages === 0) continue;
    const ci = wilson(pii, messages);
    const basis = `${count(pii)} of ${count(messages)} ${party} messages carry personal data`;
    if (party === 'buyer') buyerPii = { share: pii / messages, low: ci.low, high: ci.high, basis };
    else sellerPii = { share: pii / messages, low: ci.low, high: ci.high, basis };
    if (party === 'buyer' && !buyers) continue;
    if (party === 'seller' && !sellers) continue;
    target['pii'] = +(pii / messages).toPrecision(6);
    card.parameter(`${party}Profiles.0.pii`, pii / messages, ci.low, ci.high, 'probability', basis);
  }
  return { seller, buyer, buyerPii, sellerPii };
}
