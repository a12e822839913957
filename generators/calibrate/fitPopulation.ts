import { EVENT_CATALOGUE } from '../../engine/events/index.js';
import type { AnyReaction } from '../reactions/Reaction.js';
import { REACTIONS } from '../reactions/index.js';
import { CardBuilder, count } from './Card.js';
import { round1 } from './fit/chooseFamily.js';
import type { ClaimFacts } from './ClaimFacts.js';
import type { ClaimLog } from './ClaimHistory.js';
import { factsOf } from './factsOf.js';
import { fitAnswers } from './fitAnswers.js';
import { type AnswerMixture, buyerProfilesOf, fitAnswerMixture } from './fitBuyerMixture.js';
import { fitFollowUps } from './fitFollowUps.js';
import { fitLifecycle } from './fitLifecycle.js';
import { fitRequests } from './fitRequests.js';
import { chooseSellerMixture } from './fitSellerMixture.js';
import { fitTraffic } from './fitTraffic.js';
import { isHeldOut } from './holdoutOf.js';
import { sellerProfilesOf } from './sellerProfilesOf.js';
import { type ProfilesTried, fewestProfiles } from './fewestProfiles.js';
import { IDENTIFIED_SE } from './modelEvidence.js';

export interface FitOptions {
  /** The share of claims held out for model choice and the checks (0 < h < 1). */
  readonly holdout: number;
  readonly seed: number;
  /** The population's name. */
  readonly name: string;
  /**
   * Profiles per party (buyers and sellers each a mixture fitted by EM, each buyer's requests and
   * each seller's claims from one profile); 1 when not given; `auto` fits 1 to AUTO_MOST for each
   * party and keeps the one its held-out buyers (sellers) favour.
   */
  readonly profiles?: number | 'auto';
  /** Seller profiles apart from the buyers' (as `profiles`); as `profiles` when not given. */
  readonly sellerProfiles?: number | 'auto';
}

/** `--profiles auto` tries 1 … AUTO_MOST buyer (seller) profiles. */
export const AUTO_MOST = 4;

export interface FittedPopulation {
  /** The population file's data, without its card. */
  readonly data: Record<string, unknown>;
  readonly card: CardBuilder;
  readonly train: readonly ClaimFacts[];
  readonly holdout: readonly ClaimFacts[];
  /** How many seller and buyer profiles were fitted. */
  readonly sellerProfiles: number;
  readonly buyerProfiles: number;
}

/**
 * Fits one seller profile and one buyer profile (and the claims' traffic and lifecycle) to a
 * claim log: every fit on the training claims with censoring, every model choice by the
 * held-out claims' likelihood. Pure: the same log and options give the same population.
 */
export function fitPopulation(log: ClaimLog, options: FitOptions): FittedPopulation {
  const card = new CardBuilder();
  const facts = log.claims.map((c) => factsOf(c, log.policy, log.calendar, log.end, isHeldOut(c.id, options.seed, options.holdout)));
  const train = facts.filter((f) => !f.holdout);
  const holdout = facts.filter((f) => f.holdout);
  const traffic = fitTraffic(log, train, card);
  const lifecycle = fitLifecycle(train, holdout, card);
  const sellers = chooseSellerMixture(train, holdout, options.sellerProfiles ?? options.profiles ?? 1, card, AUTO_MOST);
  const requests = sellers === null ? fitRequests(train, holdout, card) : null;
  const mixture = buyerMixture(train, holdout, options.profiles ?? 1, card, options.seed);
  const answers = mixture === null ? fitAnswers(train, holdout, card, options.seed) : null;
  const followUps = fitFollowUps(train, holdout, card, mixture === null, sellers === null);
  const sellerProfiles = sellers !== null ? sellerProfilesOf(sellers, train, card, followUps.sellerPii) : [{ name: 'fitted', weight: 1, ...requests, ...followUps.seller }];
  const buyerProfiles = mixture !== null ? buyerProfilesOf(mixture, train, holdout, card, followUps.buyerPii) : [{ name: 'fitted', weight: 1, ...answers!.profile, ...followUps.buyer }];
  assumptions(log, card, buyerProfiles.length, sellerProfiles.length);
  const data: Record<string, unknown> = {
    name: options.name,
    description: `Fitted by claimsim calibrate from ${log.files.map((f) => f.name).join(', ')} (${log.claims.length.toLocaleString('en-US')} claims); see calibration: for where each number comes from.`,
    seed: options.seed,
    ...traffic,
    lifecycle,
    sellerProfiles,
    buyerProfiles,
  };
  return { data, card, train, holdout, sellerProfiles: sellerProfiles.length, buyerProfiles: buyerProfiles.length };
}

/**
 * The buyers' answer mixture, or null for one profile (fitted as before, by fitAnswers). With
 * `auto`, each K from 1 to AUTO_MOST is fitted as a mixture and the fewest profiles the best
 * does not lead by IDENTIFIED_SE standard errors over the held-out buyers is kept (the choice and
 * its figures on the card).
 */
function buyerMixture(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], profiles: number | 'auto', card: CardBuilder, seed: number): AnswerMixture | null {
  if (profiles !== 'auto') return profiles > 1 ? fitAnswerMixture(train, holdout, profiles, card, seed) : null;
  const tried: ProfilesTried<{ fit: AnswerMixture; card: CardBuilder }>[] = [];
  for (let k = 1; k <= AUTO_MOST; k++) {
    const own = new CardBuilder();
    const fit = fitAnswerMixture(train, holdout, k, own, seed);
    if (fit !== null) tried.push({ k, fit: { fit, card: own }, heldOut: fit.heldOut, perUnit: fit.heldOutPerBuyer });
  }
  if (tried.length === 0) return null;
  const { best, top, runnerUp, ranked } = fewestProfiles(tried);
  const hoRequests = holdout.reduce((s, f) => s + f.answers.length, 0);
  card.choice({
    what: 'buyer profiles',
    chosen: String(best.k),
    options: ranked.map((t) => ({ name: String(t.k), heldOutLogLikelihood: round1(t.heldOut) })),
    evidence: runnerUp
      ? `the fewest profiles whose held-out log-likelihood of the buyers' answers the best (${round1(top.heldOut)}) does not lead by ${IDENTIFIED_SE} standard errors over the held-out buyers; against ${runnerUp.k} profile(s): ${(best.heldOut - runnerUp.heldOut).toFixed(1)} over ${count(hoRequests)} held-out requests (each buyer's requests from one profile)`
      : 'the only number of profiles the data carries',
  });
  if (best.k === 1) return null;
  for (const c of best.fit.card.choices) card.choice(c);
  return best.fit.fit;
}

/** What the log cannot tell, kept as stated assumptions. */
function assumptions(log: ClaimLog, card: CardBuilder, buyerProfiles: number, sellerProfiles: number): void {
  card.assume({
    what: "buyers' reaction to a reminder",
    why: (log.recordCounts.get('buyer_reminded') ?? 0) === 0 ? 'the log has no buyer_reminded record' : 'a single-profile fit does not tell answers the reminder brought from those that were due anyway',
    assumption: 'reminders change nothing (no onReminder: reaction)',
    policyKeys: ['reminderDaysBeforeDeadline'],
  });
  // Each seller reaction to a feature's notice (generators/reactions): the fit leaves its field
  // absent (no reaction), and a variant that turns the notice on leans on that.
  for (const r of REACTIONS as readonly AnyReaction[]) {
    const record = EVENT_CATALOGUE[r.event].record;
    card.assume({
      what: `sellers' reaction to ${record} (${r.section}.${r.field})`,
      why: (log.recordCounts.get(record) ?? 0) === 0 ? `the log has no ${record} record` : `the fit does not read sellers' reactions to ${record}`,
      assumption: `no reaction (${r.section}.${r.field} absent): ${r.description}`,
      policyKeys: r.policyKeys,
    });
  }
  card.assume({
    what: 'answers drawn after the answer window',
    why: 'a log shows no answer after the deadline (it is refused): the time-to-answer beyond the window is the fitted family\'s extrapolation',
    assumption: 'the chosen family holds beyond the window (with a deadline-relative timing, answers move with the window)',
    policyKeys: ['responseWindowDays'],
  });
  card.assume({
    what: 'a re-request refused for the cooldown, and its retry',
    why: 'a refused command leaves no record in a claim log',
    assumption: 're-requests are timed from the cooldown\'s end (never refused for it); retryDelay 0',
    policyKeys: ['rejectionCooldownDays', 'maxReRequests'],
  });
  if (log.policy.piiCheck === 'block') {
    card.assume({ what: 'personal data in messages', why: 'under piiCheck: block a message with personal data is refused and sent again clean, so the log shows none', assumption: 'the pii shares fitted (0) are a lower bound', policyKeys: ['piiCheck'] });
  }
  card.assume(
    buyerProfiles === 1 && sellerProfiles === 1
      ? {
          what: 'which seller and buyer a claim has, and their profiles',
          why: 'a single profile per party is fitted (--profiles 1): differences between sellers or buyers are averaged',
          assumption: 'every seller and every buyer behaves as the fitted average; claims per seller uniform',
          policyKeys: [],
        }
      : {
          what: 'which seller and buyer a claim has, and their profiles',
          why: `${buyerProfiles > 1 ? `the buyers' answers are fitted as a mixture of ${buyerProfiles} profiles (each buyer's requests from one)` : 'buyers are fitted as one profile'}; ${sellerProfiles > 1 ? `the sellers' requests and what follows them as a mixture of ${sellerProfiles} profiles (each seller's claims from one)` : 'sellers are fitted as one profile'}`,
          assumption: `${sellerProfiles > 1 ? 'a seller draws a profile by its weight' : 'every seller behaves as the fitted average'}; ${buyerProfiles > 1 ? 'a buyer draws a profile by its weight' : 'every buyer behaves as the fitted average'}; claims per seller uniform`,
          policyKeys: [],
        },
  );
}
