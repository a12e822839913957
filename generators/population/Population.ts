import type { ClaimType, Day, LifecycleStatus } from '../../engine/index.js';
import type { DistributionSpec } from '../random/DistributionSpec.js';
import type { CalibrationCard } from './calibrationSchema.js';
import type { ReactionFields } from '../reactions/reactionFields.js';

/**
 * A population of sellers and buyers with behaviour profiles, as a population file
 * describes it (validated; durations in ms). Plain data: it can be sent to a worker.
 */
export interface Population {
  /** The file it was read from, as given. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly horizon: Horizon;
  readonly sellers: number;
  readonly buyers: number;
  /** The number of claims; null when `claimsPerSeller` gives it. */
  readonly claims: number | null;
  /** Claims per seller, drawn per seller (its expected share of the claims). */
  readonly claimsPerSeller: DistributionSpec | null;
  readonly claimMix: Weighted<ClaimType>;
  /** Per claim type, the statuses claims are opened in (default: the type's first status). */
  readonly initialStatus: Partial<Record<ClaimType, Weighted<LifecycleStatus>>>;
  /** The claim's own course when nobody withdraws it: per status, when and where it moves next. */
  readonly lifecycle: Partial<Record<LifecycleStatus, LifecycleStep>>;
  readonly sellerProfiles: readonly SellerProfile[];
  readonly buyerProfiles: readonly BuyerProfile[];
  /** Fitted from a claim log (`claimsim calibrate`): the card the reports show; absent otherwise. It changes no simulated figure. */
  readonly calibration?: CalibrationCard;
}

/** A wall-clock date-time as written; the run resolves it in the policy's zone unless it has an offset. */
export interface LocalDateTime {
  readonly text: string;
  readonly day: Day;
  readonly msOfDay: number;
  /** An explicit UTC offset (ms), or null for the policy's zone. */
  readonly offsetMs: number | null;
}

export interface Horizon {
  readonly start: LocalDateTime;
  /** The run ends this long after the start. */
  readonly lengthMs: number;
  /** Claims are received over this long from the start (≤ length). */
  readonly arrivalsMs: number;
}

export type Weighted<T> = readonly { readonly value: T; readonly weight: number }[];

export interface LifecycleStep {
  /** How long the claim stays in the status. */
  readonly after: DistributionSpec;
  /** Where it goes next (only the rules' arrows). */
  readonly next: Weighted<LifecycleStatus>;
  /** `wait`: the move waits while a withdrawal is open; `continue`: it happens anyway (R16 lapses the withdrawal). */
  readonly duringWithdrawal: 'wait' | 'continue';
}

/** Something done with a probability, after a delay. */
export interface Chance {
  readonly probability: number;
  readonly delay: DistributionSpec;
}

/**
 * When a buyer answers, against the request it answers: `afterRequest` (the delay after the
 * request, absolute time), `beforeDeadline` (the delay before the end of the answer window)
 * or `fractionOfWindow` (a fraction in 0 … 1 of the answer window, from the request).
 */
export type AnswerTiming = 'afterRequest' | 'beforeDeadline' | 'fractionOfWindow';

/** An answer: a Chance whose delay is read by its timing (for fractionOfWindow: fractions). */
export interface Answer extends Chance {
  readonly timing: AnswerTiming;
}

export interface SellerProfile {
  readonly name: string;
  readonly weight: number;
  /** R1–R6: requesting a withdrawal, per claim type, this long after the claim is received. */
  readonly request: { readonly probability: Readonly<Record<ClaimType, number>>; readonly delay: DistributionSpec };
  /**
   * R11–R13: after a rejection, re-requesting (from the rejection or from the cooldown's end);
   * with the fields of the sellers' reactions registered in this section (generators/reactions).
   */
  readonly reRequest: {
    readonly probability: number;
    readonly from: 'rejection' | 'cooldownEnd';
    readonly delay: DistributionSpec;
    /** After a COOLDOWN_ACTIVE refusal: this long after the cooldown ends, try again. */
    readonly retryDelay: DistributionSpec;
    readonly max: number;
  } & ReactionFields<'reRequest'>;
  /** R14: cancelling its own request before the buyer answers. */
  readonly cancel: Chance;
  /** R14 from on hold: after a rejection, giving up and letting the claim run its course. */
  readonly giveUp: Chance;
  /** R3: escalating an ineligible claim to the support desk. */
  readonly escalate: number;
  /** R21: slipping personal data into a message. */
  readonly pii: number;
  /** R20: sending the buyer a memo about the request. */
  readonly memo: Chance;
}

/**
 * How a buyer reacts to the reminder (policy `reminderDaysBeforeDeadline`) of a request it
 * has not answered yet: with `answerProbability` it answers `delay` after the reminder (unless
 * its own planned answer comes first), accepting with probability `accept` and rejecting otherwise.
 */
export interface ReminderReaction {
  readonly answerProbability: number;
  readonly accept: number;
  readonly delay: DistributionSpec;
}

export interface BuyerProfile {
  readonly name: string;
  readonly weight: number;
  /** R8 */
  readonly accept: Answer;
  /** R9 */
  readonly reject: Answer;
  /** R10: no answer. accept + reject + silent = 1. */
  readonly silent: number;
  /** R20: answering the seller's memo. */
  readonly memoReply: Chance;
  /** R21 */
  readonly pii: number;
  /** The reminder (R10 extension): how the buyer reacts to it. */
  readonly onReminder: ReminderReaction;
}
