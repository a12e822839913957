import { CardBuilder } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import type { ClaimLog } from './ClaimHistory.js';
import { factsOf } from './factsOf.js';
import { fitAnswers } from './fitAnswers.js';
import { fitFollowUps } from './fitFollowUps.js';
import { fitLifecycle } from './fitLifecycle.js';
import { fitRequests } from './fitRequests.js';
import { fitTraffic } from './fitTraffic.js';
import { isHeldOut } from './holdoutOf.js';

export interface FitOptions {
  /** The share of claims held out for model choice and the checks (0 < h < 1). */
  readonly holdout: number;
  readonly seed: number;
  /** The population's name. */
  readonly name: string;
  /** Profiles per party (a mixture fitted by EM); 1 when not given. */
  readonly profiles?: number;
}

export interface FittedPopulation {
  /** The population file's data, without its card. */
  readonly data: Record<string, unknown>;
  readonly card: CardBuilder;
  readonly train: readonly ClaimFacts[];
  readonly holdout: readonly ClaimFacts[];
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
  const requests = fitRequests(train, holdout, card);
  const answers = fitAnswers(train, holdout, card);
  const followUps = fitFollowUps(train, holdout, card);
  assumptions(log, card);
  const data: Record<string, unknown> = {
    name: options.name,
    description: `Fitted by claimsim calibrate from ${log.files.map((f) => f.name).join(', ')} (${log.claims.length.toLocaleString('en-US')} claims); see calibration: for where each number comes from.`,
    seed: options.seed,
    ...traffic,
    lifecycle,
    sellerProfiles: [{ name: 'fitted', weight: 1, ...requests, ...followUps.seller }],
    buyerProfiles: [{ name: 'fitted', weight: 1, ...answers.profile, ...followUps.buyer }],
  };
  return { data, card, train, holdout };
}

/** What the log cannot tell, kept as stated assumptions. */
function assumptions(log: ClaimLog, card: CardBuilder): void {
  card.assume({
    what: "buyers' reaction to a reminder",
    why: log.reminders === 0 ? 'the log has no buyer_reminded record' : 'a single-profile fit does not tell answers the reminder brought from those that were due anyway',
    assumption: 'reminders change nothing (no onReminder: reaction)',
    policyKeys: ['reminderDaysBeforeDeadline'],
  });
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
  card.assume({
    what: 'which seller and buyer a claim has, and their profiles',
    why: 'a single profile per party is fitted (--profiles 1): differences between sellers or buyers are averaged',
    assumption: 'every seller and every buyer behaves as the fitted average; claims per seller uniform',
    policyKeys: [],
  });
}
