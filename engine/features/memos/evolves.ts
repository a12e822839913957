import { bump } from '../../State.js';
import type { Feature } from '../Feature.js';

/** How a memo enters the state: the unanswered counts (R20). Contacting support changes no state (R3). */
export const memoEvolves: Feature['evolves'] = {
  MemoSent: (state, event) => {
    const order = state.orders.slot(event.order);
    if (!order) throw new Error(`MemoSent for unknown order ${event.order}`);
    // R20: a memo answers every memo sent to its sender on this order, and waits for an answer.
    if (event.from === 'seller') {
      bump(state.unansweredBySeller, order.seller, -order.memosToSeller);
      order.memosToSeller = 0;
      order.memosToBuyer++;
      bump(state.unansweredByBuyer, order.buyer, 1);
    } else {
      bump(state.unansweredByBuyer, order.buyer, -order.memosToBuyer);
      order.memosToBuyer = 0;
      order.memosToSeller++;
      bump(state.unansweredBySeller, order.seller, 1);
    }
  },
  SupportContacted: () => {},
};
