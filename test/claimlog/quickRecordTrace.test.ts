import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_RECORDS, RECORD_TYPES, type RecordType } from '../../claimlog/LogRecord.js';
import { quickRecord } from '../../claimlog/parseLogLine.js';
import { parseIsoDate, parseIsoInstant } from '../../claimlog/parseIsoInstant.js';

/** What the schema and the instant checks say of a record (the trace's instants, delayedFrom and until, included). */
function schemaAccepts(type: RecordType, fields: Record<string, unknown>): boolean {
  if (!CLAIM_RECORDS[type].safeParse(fields).success) return false;
  for (const key of ['at', 'receivedAt', 'cooldownUntil', 'rejectionCooldownUntil', 'cancellationCooldownUntil', 'delayedFrom', 'until']) {
    const v = fields[key];
    if (typeof v === 'string' && parseIsoInstant(v) === null) return false;
  }
  const d = fields['deadline'];
  return !(typeof d === 'string' && parseIsoDate(d) === null);
}

const values = fc.oneof(
  fc.constantFrom('2024-08-11T00:00+09:00', '2024-02-30T00:00Z', '2024-08-11', '', 'C1', 'seller', 'buyer', 'returning', 'request_withdrawal', 'accept', 'INELIGIBLE_STATUS', 'NOT_A_CODE', 'other'),
  fc.constantFrom(null, 0, 1, -1, 2.5, 2 ** 53, true, false, undefined, [], {}),
);
// The fields the trace added to format v1 (docs/claim-log.md, what the system showed).
const keys = ['delayedFrom', 'reportedStatus', 'piiWarning', 'buyerPendingBefore', 'buyerPending', 'chosenCategory', 'action', 'code', 'support', 'until', 'to', 'from', 'message', 'reason', 'category', 'text', 'actor'];

describe('quickRecord on the trace fields', () => {
  it('accepts exactly the records the zod schema and the instant checks accept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_TYPES), fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 6 }), (type, extra) => {
        const valid: Record<string, unknown> = { claim: 'C1', at: '2024-08-11T00:00+09:00', order: 'O1', seller: 'S', buyer: 'B', claimType: 'return', to: 'returning', cause: 'timeout', from: 'seller', deadline: '2024-08-12', action: 'request_withdrawal', code: 'INELIGIBLE_STATUS' };
        const fields: Record<string, unknown> = { ...valid, ...extra, type };
        expect(quickRecord(type, fields) !== null).toBe(schemaAccepts(type, fields));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });
});
