import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts, OnceFact } from './ClaimFacts.js';
import type { RiskUnit } from './fit/competingRisks.js';
import { after, exact } from './fit/Observation.js';
import { fitOnce, writeChance } from './fitOnce.js';
import { addDistribution } from './addDistribution.js';
import { wilson } from './stats/wilson.js';

const onceUnit = (f: OnceFact): RiskUnit => (f.done ? { event: 0, obs: [exact(f.t - f.from)] } : { event: -1, obs: [after(f.t - f.from)] });

/** The seller's cancel of an unanswered request (R14): censored by the answer, the timeout, a lapse or the log's end. */
const cancelUnits = (facts: readonly ClaimFacts[]): RiskUnit[] =>
  facts.flatMap((f) => f.answers.map((a): RiskUnit => (a.cancelled ? { event: 0, obs: [exact(a.t - a.at)] } : { event: -1, obs: [after(a.t - a.at)] })));

/**
 * After a rejection: give up (cancel from on hold, timed from the rejection), re-request (timed
 * from the cooldown's end), or neither before the claim or the log ends.
 */
const rejectionUnits = (facts: readonly ClaimFacts[]): RiskUnit[] =>
  facts.flatMap((f) =>
    f.rejections.map((r): RiskUnit => {
      if (r.next === 'giveUp') return { event: 0, obs: [exact(r.t - r.at), null] };
      if (r.next === 'reRequest') return { event: 1, obs: [null, exact(Math.max(0, r.t - r.cooldownUntil))] };
      return { event: -1, obs: [after(r.t - r.at), after(Math.max(0, r.t - r.cooldownUntil))] };
    }),
  );

/** The seller's cancel, give-up, re-request, memo and personal data; the buyer's memo reply and personal data. */
export function fitFollowUps(
  train: readonly ClaimFacts[],
  holdout: readonly ClaimFacts[],
  card: CardBuilder,
  buyers = true,
): { readonly seller: Record<string, unknown>; readonly buyer: Record<string, unknown>; readonly buyerPii: { readonly share: number; readonly low: number; readonly high: number; readonly basis: string } | null } {
  const seller: Record<string, unknown> = {};
  const buyer: Record<string, unknown> = {};
  const requests = train.reduce((s, f) => s + f.answers.length, 0);
  const cancel = fitOnce('seller cancel delay', 1, cancelUnits(train), cancelUnits(holdout), card);
  seller['cancel'] = writeChance(card, 'sellerProfiles.0.cancel', cancel, 0, `${count(requests)} training requests, ${count(train.reduce((s, f) => s + f.answers.filter((a) => a.cancelled).length, 0))} cancelled before an answer`);

  const rejections = rejectionUnits(train);
  const afterRejection = fitOnce('seller after a rejection: delay', 2, rejections, rejectionUnits(holdout), card);
  const gaveUp = rejections.filter((u) => u.event === 0).length;
  const reRequested = rejections.filter((u) => u.event === 1).length;
  const basis = `${count(rejections.length)} training rejections: ${count(gaveUp)} given up, ${count(reRequested)} re-requested`;
  seller['giveUp'] = writeChance(card, 'sellerProfiles.0.giveUp', afterRejection, 0, basis);
  if (afterRejection !== null && afterRejection.fit.shares[1]! > 0) {
    const g = afterRejection.fit.shares[0]!;
    const q = g < 1 ? afterRejection.fit.shares[1]! / (1 - g) : 0;
    const n = rejections.length * (1 - g);
    const ci = wilson(q * n, n);
    card.parameter('sellerProfiles.0.reRequest.probability', q, ci.low, ci.high, 'probability', `${basis} (of those not given up)`);
    const maxSeen = Math.max(1, ...train.map((f) => f.reRequests));
    seller['reRequest'] = {
      probability: +q.toPrecision(6),
      from: 'cooldownEnd',
      delay: addDistribution(card, 'sellerProfiles.0.reRequest.delay', afterRejection.fit.components[1]!, 'ms', `${count(reRequested)} re-requests after the cooldown's end`),
      max: Math.min(100, maxSeen),
    };
  }
  const memoUnits = (facts: readonly ClaimFacts[]): RiskUnit[] => facts.flatMap((f) => (f.sellerMemo ? [onceUnit(f.sellerMemo)] : []));
  const memoTrain = memoUnits(train);
  seller['memo'] = writeChance(card, 'sellerProfiles.0.memo', fitOnce('seller memo delay', 1, memoTrain, memoUnits(holdout), card), 0, `${count(memoTrain.length)} first requests, ${count(memoTrain.filter((u) => u.event === 0).length)} with a seller memo`);
  // With several buyer profiles (buyers false), the memo reply and personal data are the mixture's (fitBuyerMixture).
  if (buyers) {
    const replyUnits = (facts: readonly ClaimFacts[]): RiskUnit[] => facts.flatMap((f) => (f.memoReply ? [onceUnit(f.memoReply)] : []));
    const replyTrain = replyUnits(train);
    buyer['memoReply'] = writeChance(card, 'buyerProfiles.0.memoReply', fitOnce('buyer memo reply delay', 1, replyTrain, replyUnits(holdout), card), 0, `${count(replyTrain.length)} seller memos, ${count(replyTrain.filter((u) => u.event === 0).length)} answered`);
  }
  let buyerPii: { share: number; low: number; high: number; basis: string } | null = null;

  for (const [party, target, messages, pii] of [
    ['seller', seller, train.reduce((s, f) => s + f.sellerMessages, 0), train.reduce((s, f) => s + f.sellerPii, 0)],
    ['buyer', buyer, train.reduce((s, f) => s + f.buyerMessages, 0), train.reduce((s, f) => s + f.buyerPii, 0)],
  ] as const) {
    if (messages === 0) continue;
    const ci = wilson(pii, messages);
    const basis = `${count(pii)} of ${count(messages)} ${party} messages carry personal data`;
    if (party === 'buyer') buyerPii = { share: pii / messages, low: ci.low, high: ci.high, basis };
    if (party === 'buyer' && !buyers) continue;
    target['pii'] = +(pii / messages).toPrecision(6);
    card.parameter(`${party}Profiles.0.pii`, pii / messages, ci.low, ci.high, 'probability', basis);
  }
  return { seller, buyer, buyerPii };
}
