import type { EventKind } from '../../engine/index.js';

/** Every event kind, in the order summaries list them. */
export const EVENT_KINDS_IN_ORDER: readonly EventKind[] = [
  'OrderPlaced',
  'ClaimOpened',
  'ClaimAdvanced',
  'WithdrawalRequested',
  'WithdrawalAccepted',
  'WithdrawalRejected',
  'WithdrawalTimedOut',
  'WithdrawalLapsed',
  'WithdrawalCancelled',
  'BuyerReminded',
  'MemoSent',
  'SupportContacted',
  // Only at dated policy changes (R10a, R15a): absent from a summary without them.
  'DeadlineRetimed',
  'CooldownRetimed',
];
