import { type ClaimEvent, type Party, formatDay } from '../../../engine/index.js';

/** A message to a party, derived from an event (R6, R9): never stored, always recomputable. */
export interface Notification {
  readonly to: Party;
  readonly channel: 'qpost' | 'myqoo10';
  readonly claim: string;
  readonly text: string;
  /** The buyer's pending-withdrawal counter shown with it (R6). */
  readonly pendingWithdrawals?: number;
}

/** The notifications an event sends (R6, R9): what the rules' events must carry for them. */
export function notificationsOf(e: ClaimEvent): Notification[] {
  switch (e.kind) {
    case 'WithdrawalRequested':
      return [
        {
          to: 'seller',
          channel: 'qpost',
          claim: e.claim,
          text: 'Withdrawal request completed. If the buyer does not answer by the deadline, the claim is withdrawn automatically.',
        },
        { to: 'buyer', channel: 'myqoo10', claim: e.claim, text: 'The seller asks you to withdraw your claim.', pendingWithdrawals: e.pendingWithdrawals },
      ];
    case 'BuyerReminded':
      return [{ to: 'buyer', channel: 'myqoo10', claim: e.claim, text: `Reminder: the seller asks you to withdraw your claim; answer by ${formatDay(e.deadline)}.` }];
    case 'SellerToldCooldownEnded':
      return [{ to: 'seller', channel: 'qpost', claim: e.claim, text: 'The cooldown has ended: you may request the withdrawal again.' }];
    case 'WithdrawalRejected':
      return [{ to: 'seller', channel: 'qpost', claim: e.claim, text: `The buyer rejected the withdrawal request: [${e.category}] ${e.reason}` }];
    case 'WithdrawalAccepted':
    case 'WithdrawalTimedOut':
    case 'WithdrawalCancelled':
    case 'WithdrawalLapsed':
      return [{ to: 'buyer', channel: 'myqoo10', claim: e.claim, text: `Withdrawal request closed (${e.kind}).`, pendingWithdrawals: e.pendingWithdrawals }];
    case 'OrderPlaced':
    case 'ClaimOpened':
    case 'ClaimAdvanced':
    case 'MemoSent':
    case 'SupportContacted':
    case 'DeadlineRetimed':
    case 'CooldownRetimed':
      return [];
    default: {
      const unreachable: never = e;
      throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
    }
  }
}
