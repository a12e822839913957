import type { Day } from './civil.js';
import type { FeatureClockCommand } from './features/vocabulary.js';
import type { Policy } from './Policy.js';

/** Issued by the clock when a response deadline passes (R10); stale when `request` is old. */
export interface ExpireWithdrawal {
  readonly kind: 'ExpireWithdrawal';
  readonly claim: string;
  readonly request: number;
}

/**
 * Issued by the clock at a request's reminder instant (policy `reminderDaysBeforeDeadline`,
 * an extension of R6/R10); stale when `request` is no longer the pending one, or when its
 * deadline is no longer `deadline` (a dated change re-timed it, R10a).
 */
export interface RemindBuyer {
  readonly kind: 'RemindBuyer';
  readonly claim: string;
  readonly request: number;
  readonly deadline: Day;
}

/** Issued by the clock when a dated policy change takes effect (R10a, R15a); `before` is the policy in force until then. */
export interface ChangePolicy {
  readonly kind: 'ChangePolicy';
  /** The change's place in the policy's `changes`. */
  readonly change: number;
  readonly before: Policy;
}

/**
 * What the engine's clock issues when a timer falls due: never given by a party, never in a
 * scenario's steps. A feature's own clock commands come from its registration
 * (engine/features/vocabulary.ts).
 */
export type ClockCommand = ExpireWithdrawal | RemindBuyer | ChangePolicy | FeatureClockCommand;
export type ClockCommandKind = ClockCommand['kind'];
