import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { keyOf, repeats, sameKey } from '../../claimlog/recordKeys.js';

const base = { type: 'withdrawal_rejected', claim: 'C1', at: '2024-01-02T00:00:00.000+09:00' };
/** Values a known field may hold as read (absent, null, strings, numbers, flags), and one unknown field. */
const VALUES: readonly unknown[] = [undefined, null, '', 'a', '1', 1, 0, -0, 1.5, true, false, 'a,b', '"q"'];

describe('sameKey: two records of one type with the same key, field by field', () => {
  it('agrees with comparing the keys (the JSON of the known fields) on every pair of values', () => {
    let same = 0;
    for (const u of VALUES)
      for (const v of VALUES)
        for (const w of VALUES) {
          const a = { ...base, reason: u, buyerPending: w, extra: 1 } as unknown as LogRecord;
          const b = { ...base, reason: v, buyerPending: w, extra: 2 } as unknown as LogRecord;
          const expected = keyOf(a) === keyOf(b);
          expect(sameKey(a, b)).toBe(expected);
          if (expected) same++;
        }
    // undefined and null are one key; so are 0 and -0; every other pair differs.
    expect(same).toBe(VALUES.length * (VALUES.length + 4));
  });

  it('repeats: a record read twice is a duplicate; the same type and instant with another field is not', () => {
    const held = { record: { ...base, reason: 'x' } as unknown as LogRecord, file: 0, line: 1, at: 0, eff: 0, rank: 1 } as const;
    const claim = { id: 'C1', records: [held], unknownReason: null, unreadable: null };
    expect(repeats(claim, { ...base, reason: 'x' } as unknown as LogRecord)).toBe(true);
    expect(repeats(claim, { ...base, reason: 'y' } as unknown as LogRecord)).toBe(false);
    expect(repeats(claim, { ...base, at: '2024-01-02T00:00:00.001+09:00', reason: 'x' } as unknown as LogRecord)).toBe(false);
  });
});
