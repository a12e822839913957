import { FEATURE_EVENT_SPECS } from '../features/vocabulary.js';
import type { EventKind } from '../ClaimEvent.js';
import type { EventCatalogueShape } from './EventSpec.js';

/**
 * Every event kind the engine emits, in the order summaries list them (summary.json's
 * `eventCounts`), with what each reader needs to treat it (README.md in this folder). The
 * `satisfies` makes a kind of the `ClaimEvent` union without an entry, or an entry without a
 * kind, a compile error.
 */
export const EVENT_CATALOGUE = {
  OrderPlaced: {
    record: null,
    about: 'order',
    source: 'action',
    effect: 'state',
    rules: [],
    description: 'an order was placed (its seller and buyer ride on the claim_opened record)',
    log: 'own',
  },
  ClaimOpened: { record: 'claim_opened', about: 'claim', source: 'action', effect: 'state', rules: ['R17', 'R18'], description: 'a claim was opened on an order', log: 'own' },
  ClaimAdvanced: { record: 'status_changed', about: 'claim', source: 'action', effect: 'state', rules: [], description: "the claim's status changed", log: 'own' },
  WithdrawalRequested: {
    // A re-request is written as withdrawal_rerequested (claimlog/toLogRecord.ts).
    record: 'withdrawal_requested',
    about: 'claim',
    source: 'action',
    effect: 'state',
    rules: ['R1', 'R2', 'R4', 'R5', 'R6'],
    description: 'the seller asked the buyer to withdraw the claim (or asked again)',
    log: 'own',
  },
  WithdrawalAccepted: { record: 'withdrawal_accepted', about: 'claim', source: 'action', effect: 'state', rules: ['R7', 'R8'], description: 'the buyer accepted: the claim is withdrawn', log: 'own' },
  WithdrawalRejected: { record: 'withdrawal_rejected', about: 'claim', source: 'action', effect: 'state', rules: ['R7', 'R9', 'R12'], description: 'the buyer rejected: the withdrawal is on hold', log: 'own' },
  WithdrawalTimedOut: { record: 'withdrawal_timed_out', about: 'claim', source: 'clock', effect: 'state', rules: ['R10'], description: 'no answer by the deadline: the claim is withdrawn', log: 'own' },
  WithdrawalLapsed: {
    // The clock's (cause timeout, R10's variant) or the rules' when the claim leaves the eligible statuses (R16).
    record: 'withdrawal_lapsed',
    about: 'claim',
    source: 'clock',
    effect: 'state',
    rules: ['R16'],
    description: 'the open withdrawal ended without effect',
    log: 'own',
  },
  WithdrawalCancelled: { record: 'withdrawal_cancelled', about: 'claim', source: 'action', effect: 'state', rules: ['R14', 'R15'], description: 'the seller cancelled the withdrawal', log: 'own' },
  // An extension of R10 (policy reminderDaysBeforeDeadline, docs/rules.md).
  BuyerReminded: { record: 'buyer_reminded', about: 'claim', source: 'clock', effect: 'notice', rules: ['R10'], description: "the buyer was reminded of the request's deadline", log: 'own' },
  MemoSent: { record: 'memo_sent', about: 'claim', source: 'action', effect: 'state', rules: ['R20'], description: 'a memo was sent on the order', log: 'own' },
  SupportContacted: { record: 'support_contacted', about: 'claim', source: 'action', effect: 'state', rules: ['R3'], description: 'the seller contacted the support desk', log: 'own' },
  // Only at dated policy changes (R10a, R15a): absent from a summary without them.
  DeadlineRetimed: { record: 'deadline_retimed', about: 'claim', source: 'clock', effect: 'state', rules: ['R6', 'R10'], description: "a dated policy change re-timed the open request's deadline", log: 'own' },
  CooldownRetimed: { record: 'cooldown_retimed', about: 'claim', source: 'clock', effect: 'state', rules: ['R12', 'R15'], description: 'a dated policy change recomputed the cooldowns in force', log: 'own' },
  // The features' kinds, last (engine/features/vocabulary.ts): each absent from a summary without it.
  ...FEATURE_EVENT_SPECS,
} as const satisfies EventCatalogueShape;

/** A feature's entry for a kind that is not an event of the `ClaimEvent` union is a compile error here (a spread escapes `satisfies`'s excess-key check). */
const noStrayFeatureKind: [Exclude<keyof typeof FEATURE_EVENT_SPECS, EventKind>] extends [never] ? true : never = true;
void noStrayFeatureKind;

export type EventCatalogue = typeof EVENT_CATALOGUE;
