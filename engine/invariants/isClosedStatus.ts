/**
 * I7: the statuses after which a claim never changes again, read from rules.md's status
 * table (the bold ones) independently of the engine's own table.
 */
const CLOSED: ReadonlySet<string> = new Set([
  'cancel_completed',
  'return_completed',
  'exchange_completed',
  'non_receipt_refunded',
  'non_receipt_partially_refunded',
  'withdrawn',
]);

/** True for a terminal claim status (completed, refunded or withdrawn). */
export function isClosedStatus(status: string): boolean {
  return CLOSED.has(status);
}
