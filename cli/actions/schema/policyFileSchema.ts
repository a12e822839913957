import { z } from 'zod';
import { CLAIM_STATUSES, DEFAULT_POLICY, MAX_POLICY_CHANGES, POLICY_RANGES, isTerminal } from '../../../engine/index.js';

const count = (min: number) => z.number().int().min(min);

/**
 * A policy file's shape (rules.md's parameters; absent keys keep the defaults), for editors.
 * The engine's checkPolicy stays the judge (it also checks that a time zone exists); this
 * schema says the same about types and ranges, and a test holds the two together.
 */
export const policyFileSchema = z
  .strictObject({
    timezone: z.string().min(1).describe(`IANA time zone name (default ${DEFAULT_POLICY.timezone})`),
    responseWindowDays: count(1).describe(`R7: days the buyer has to answer (default ${DEFAULT_POLICY.responseWindowDays})`),
    rejectionCooldownDays: count(0).describe(`R12: days after a rejection before a re-request (default ${DEFAULT_POLICY.rejectionCooldownDays})`),
    cancellationCooldownDays: count(0).describe(`R15: days after a cancellation before a re-request (default ${DEFAULT_POLICY.cancellationCooldownDays})`),
    delayThresholdDays: count(1).describe(`R18: days before a claim counts as delayed (default ${DEFAULT_POLICY.delayThresholdDays})`),
    maxReRequests: count(0).nullable().describe('R13: re-requests allowed per claim; null: unlimited (default null)'),
    autoWithdrawOnTimeout: z.boolean().describe('R10: silence withdraws the claim (true) or lets the request lapse (false)'),
    eligibleStatuses: z
      .array(z.enum(CLAIM_STATUSES.filter((s) => !isTerminal(s)) as [string, ...string[]]))
      .describe('R2: the claim statuses a withdrawal may be requested in (non-terminal only)'),
    requireMessage: z.boolean().describe('R4: a request must carry a message'),
    piiCheck: z.enum(['off', 'warn', 'block']).describe('R21: personal data in messages: off, warn or block'),
    reminderDaysBeforeDeadline: count(1)
      .max(POLICY_RANGES.reminderDaysBeforeDeadline[1])
      .nullable()
      .describe('R10 extension: remind the buyer this many days before the deadline runs out, less than responseWindowDays; null: no reminder (default null)'),
    changes: z
      .array(z.strictObject({ at: z.string().describe('when the change takes effect: a date (00:00 in the zone) or a date-time'), set: z.record(z.string(), z.unknown()).describe('the parameters that change, with their new values') }))
      .max(MAX_POLICY_CHANGES)
      .describe('dated changes, in strictly increasing order of at (rules.md, dated changes)'),
    inFlightDeadlines: z.enum(['keep', 'retime']).describe('R10a: requests open at a change keep their deadline or are re-timed (default keep)'),
    inFlightCooldowns: z.enum(['keep', 'recompute']).describe('R15a: cooldowns in force at a change keep their end or are recomputed (default keep)'),
  })
  .partial();
