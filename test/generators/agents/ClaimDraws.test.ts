import { describe, expect, it } from 'vitest';
import { claimDraws } from '../../../generators/agents/ClaimDraws.js';
import { MessageSlot, Purpose } from '../../../generators/random/Purpose.js';
import { Stream } from '../../../generators/random/Stream.js';

const SEED = 20240401;
const I = 1234;
const R = 3;
const draw = claimDraws(SEED);
const slot = (purpose: Purpose, k: number): number => new Stream(SEED, I, purpose).at(k);

describe('the named draws', () => {
  // The map in Purpose.ts, one line per name: a renamed or moved draw changes every seeded run.
  const table: [string, number, number][] = [
    ['lifecycle.delay (step R)', draw.lifecycle.delay(I, R), slot(Purpose.lifecycle, 2 * R)],
    ['lifecycle.next (step R)', draw.lifecycle.next(I, R), slot(Purpose.lifecycle, 2 * R + 1)],
    ['seller.requests', draw.seller.requests(I), slot(Purpose.request, 0)],
    ['seller.requestDelay', draw.seller.requestDelay(I), slot(Purpose.request, 1)],
    ['seller.cancels', draw.seller.cancels(I, R), slot(Purpose.cancel, 2 * R)],
    ['seller.cancelDelay', draw.seller.cancelDelay(I, R), slot(Purpose.cancel, 2 * R + 1)],
    ['seller.sendsMemo', draw.seller.sendsMemo(I, R), slot(Purpose.memo, 4 * R)],
    ['seller.memoDelay', draw.seller.memoDelay(I, R), slot(Purpose.memo, 4 * R + 1)],
    ['seller.givesUp (rejection R)', draw.seller.givesUp(I, R), slot(Purpose.afterRejection, 4 * R)],
    ['seller.reRequests', draw.seller.reRequests(I, R), slot(Purpose.afterRejection, 4 * R + 1)],
    ['seller.afterRejectionDelay', draw.seller.afterRejectionDelay(I, R), slot(Purpose.afterRejection, 4 * R + 2)],
    ['seller.reRequestRetryDelay', draw.seller.reRequestRetryDelay(I, R), slot(Purpose.afterRejection, 4 * R + 3)],
    ['seller.escalates', draw.seller.escalates(I), slot(Purpose.escalate, 0)],
    ['buyer.answer', draw.buyer.answer(I, R), slot(Purpose.answer, 4 * R)],
    ['buyer.answerDelay', draw.buyer.answerDelay(I, R), slot(Purpose.answer, 4 * R + 1)],
    ['buyer.repliesToMemo', draw.buyer.repliesToMemo(I, R), slot(Purpose.memo, 4 * R + 2)],
    ['buyer.memoReplyDelay', draw.buyer.memoReplyDelay(I, R), slot(Purpose.memo, 4 * R + 3)],
    ['buyer.reminderAnswer', draw.buyer.reminderAnswer(I, R), slot(Purpose.answer, 4 * R + 2)],
    ['buyer.reminderDelay', draw.buyer.reminderDelay(I, R), slot(Purpose.answer, 4 * R + 3)],
    ['message.text (request)', draw.message.text(I, R, MessageSlot.request), slot(Purpose.text, 4 * R)],
    ['message.text (rejection reason)', draw.message.text(I, R, MessageSlot.rejection), slot(Purpose.text, 4 * R + 1)],
    ['message.text (seller memo)', draw.message.text(I, R, MessageSlot.sellerMemo), slot(Purpose.text, 4 * R + 2)],
    ['message.text (buyer memo)', draw.message.text(I, R, MessageSlot.buyerMemo), slot(Purpose.text, 4 * R + 3)],
    ['message.pii (rejection reason)', draw.message.pii(I, R, MessageSlot.rejection), slot(Purpose.pii, 4 * R + 1)],
  ];
  it.each(table)('%s is the slot Purpose.ts lists for it', (_name, named, listed) => {
    expect(named).toBe(listed);
  });

  it('gives different numbers to different decisions of the same claim', () => {
    expect(new Set(table.map(([, v]) => v)).size).toBe(table.length);
  });
});
