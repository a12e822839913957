import { firstStatus } from '../../claimTypes.js';
import type { RuleMutant } from '../Feature.js';
import { actorIgnored, mapEvents, mutant, withEvents, withPolicyFor } from '../mutantWrappers.js';

/**
 * The lifecycle's deliberate bugs, for `claimsim mutate`: who opens a claim (R7's actors), the
 * delay (R18), the lapse on an ineligible move (R16), the board (R17) and the export (R19).
 */
export const lifecycleMutants: readonly RuleMutant[] = [
  mutant(
    'claim-opened-by-anyone',
    ['R7'],
    'anyone, not only the order\'s buyer, can open a claim on it',
    'open_claim as the seller or another buyer expects NOT_BUYER, and no claim is opened',
    actorIgnored(['OpenClaim'], 'NOT_BUYER'),
  ),
  mutant(
    'receipt-date-ignored',
    ['R18'],
    'the delay is counted from the day the claim is entered, not from its receipt date',
    'a claim received on 7/18 and entered on 7/20 is delayed from 00:00 on 7/22',
    (base) => (state, cmd, now, policy) => {
      if (cmd.kind !== 'OpenClaim' || cmd.receivedAt === undefined) return base(state, cmd, now, policy);
      const { receivedAt, ...rest } = cmd;
      return mapEvents(base(state, rest, now, policy), (e) => (e.kind === 'ClaimOpened' ? { ...e, receivedAt } : e));
    },
  ),
  mutant(
    'delay-threshold-one-day-short',
    ['R18'],
    'a claim is delayed from receipt date + threshold − 1',
    'a claim received on 7/20 is not delayed at 7/23 23:59 and is delayed at 7/24 00:00',
    withPolicyFor(['OpenClaim'], (p) => ({ ...p, delayThresholdDays: p.delayThresholdDays - 1 })),
  ),
  mutant(
    'delay-threshold-one-day-long',
    ['R18'],
    'a claim is delayed from receipt date + threshold + 1',
    'a claim received on 7/20 is delayed at 7/24 00:00',
    withPolicyFor(['OpenClaim'], (p) => ({ ...p, delayThresholdDays: p.delayThresholdDays + 1 })),
  ),
  {
    name: 'lapse-ignored',
    rules: ['R16'],
    description: 'a withdrawal stays open when the claim moves to an ineligible status',
    suggestedScenario: 'a requested withdrawal, then the claim advances to cancelling: withdrawal none, with clean invariants',
    mutate: withEvents((e) => (e.kind === 'WithdrawalLapsed' && e.cause === 'ineligible_status' ? null : e)),
  },
  {
    name: 'lapse-on-eligible-move',
    rules: ['R16'],
    description: 'a withdrawal lapses on every status move, eligible ones included',
    suggestedScenario: 'a requested withdrawal on a return_requested claim, advanced to returning: the withdrawal is still requested',
    mutate: withPolicyFor(['AdvanceClaim'], (p) => ({ ...p, eligibleStatuses: [] })),
  },
  {
    name: 'opened-status-counted-as-first',
    rules: ['R17'],
    description: 'a claim opened past its first status is counted (and held) in its first status',
    suggestedScenario: 'open a claim in returning and check the board: returning 1, return_requested 0',
    approximation: 'the board is folded from the events, so the claim\'s own status is wrong too, not only its count',
    mutate: withEvents((e) => (e.kind === 'ClaimOpened' ? { ...e, status: firstStatus(e.type) } : e)),
  },
  {
    name: 'export-drops-claim-reason',
    rules: ['R19'],
    description: 'the claim list\'s export leaves the claim reason column empty',
    suggestedScenario: 'open a claim with a reason and check the exported row\'s claimReason',
    approximation: 'the reason is dropped from the claim itself, not only from the export',
    mutate: withEvents((e) => {
      if (e.kind !== 'ClaimOpened' || e.reason === undefined) return e;
      const { reason: _reason, ...rest } = e;
      return rest;
    }),
  },
];
