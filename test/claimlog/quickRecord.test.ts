import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_RECORDS, ISO_INSTANT, RECORD_TYPES, type RecordType } from '../../claimlog/LogRecord.js';
import { parseLogLine, quickRecord } from '../../claimlog/parseLogLine.js';
import { parseIsoDate, parseIsoInstant } from '../../claimlog/parseIsoInstant.js';

/** What the schema and the instant checks say of a record: accepted, or not. */
function schemaAccepts(type: RecordType, fields: Record<string, unknown>): boolean {
  if (!CLAIM_RECORDS[type].safeParse(fields).success) return false;
  for (const key of ['at', 'receivedAt', 'cooldownUntil', 'rejectionCooldownUntil', 'cancellationCooldownUntil']) {
    const v = fields[key];
    if (typeof v === 'string' && parseIsoInstant(v) === null) return false;
  }
  const d = fields['deadline'];
  return !(typeof d === 'string' && parseIsoDate(d) === null);
}

const instants = ['2024-08-11T00:00+09:00', '2024-08-11T00:00:01.5Z', '2024-02-30T00:00Z', '2024-08-11T24:00Z', '2024-08-11', '2024-08-11T00:00', '2024-08-11T00:00:00.1234Z', '2024-08-11T00:00+19:00'];
const values = fc.oneof(
  fc.constantFrom(...instants, '2024-08-11', '2024-02-30', '', 'C1', 'seller', 'buyer', 'timeout', 'ineligible_status', 'return', 'refund', 'exchange', 'open', 'closed', 'waiting_return'),
  fc.constantFrom(null, 0, true, undefined, [], {}),
  fc.string({ maxLength: 4 }),
);
const keys = ['claim', 'at', 'order', 'seller', 'buyer', 'claimType', 'status', 'receivedAt', 'from', 'to', 'message', 'deadline', 'actor', 'reason', 'category', 'cooldownUntil', 'cause', 'rejectionCooldownUntil', 'cancellationCooldownUntil', 'text', 'extra'];

describe('quickRecord, the hand-written check on the audit\'s hot path', () => {
  it('accepts exactly the records the zod schema and the instant checks accept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_TYPES), fc.dictionary(fc.constantFrom(...keys), values, { maxKeys: 8 }), fc.boolean(), (type, extra, whole) => {
        // Half the records start from a valid one, so that both answers are common.
        const valid: Record<string, unknown> = { claim: 'C1', at: '2024-08-11T00:00+09:00', order: 'O1', seller: 'S', buyer: 'B', claimType: 'return', to: 'closed', cause: 'timeout', from: 'seller', deadline: '2024-08-12' };
        const fields: Record<string, unknown> = { ...(whole ? valid : {}), ...extra, type };
        const quick = quickRecord(type, fields);
        expect(quick !== null).toBe(schemaAccepts(type, fields));
        if (quick !== null) expect(quick).toBe(parseIsoInstant(fields['at'] as string));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it('reads an instant only in the form the schema\'s pattern allows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...instants), fc.array(fc.tuple(fc.nat(30), fc.constantFrom(...'0123456789-T:.Z+ ٣'.split(''))), { maxLength: 3 }), (base, edits) => {
        let s = base;
        for (const [i, c] of edits) s = s.slice(0, i % (s.length + 1)) + c + s.slice((i % (s.length + 1)) + 1);
        if (parseIsoInstant(s) !== null) expect(ISO_INSTANT.test(s)).toBe(true);
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it('gives the same line as the schema does for a valid record', () => {
    const line = '{"type":"withdrawal_rejected","claim":"C1","at":"2024-08-11T00:00+09:00","cooldownUntil":null,"note":"kept"}';
    expect(parseLogLine(line)).toEqual({ kind: 'record', record: JSON.parse(line), at: Date.UTC(2024, 7, 10, 15) });
  });
});
