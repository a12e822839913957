import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_LIST_COLUMNS } from '../../../engine/index.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { type ListedRow, packRow, packRows, unpackRows } from '../../../reports/xlsx/listedRows.js';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const row: fc.Arbitrary<ListedRow> = fc.record({
  ...Object.fromEntries(CLAIM_LIST_COLUMNS.map(([key]) => [key, text])),
  finalOutcome: fc.constantFrom(...FINAL_OUTCOMES),
}) as fc.Arbitrary<ListedRow>;

describe('packed claim-list rows (what a worker sends back)', () => {
  it('unpack to the rows packed, in order, empty fields and all', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        expect([...unpackRows(packRows(rows))]).toEqual(rows);
      }),
    );
  });

  it('refuse a field that holds a separator, rather than shift the columns after it', () => {
    const r = [...unpackRows(packRows([fc.sample(row, { numRuns: 1, seed: 3 })[0]!]))][0]!;
    expect(() => packRow({ ...r, claimReason: 'a\u001fb' })).toThrow(/separator/);
  });
});
