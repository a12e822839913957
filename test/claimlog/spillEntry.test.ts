import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import type { LoggedRecord } from '../../claimlog/LoggedRecord.js';
import { decodeEntry, encodeMark, encodeRecordEntry } from '../../claimlog/spill/spillEntry.js';

const record = { type: 'withdrawal_rejected', claim: 'C 1', at: '2024-01-02T00:00:00.000+09:00', reason: 'a "quoted" reason, with spaces é 😀', cooldownUntil: null } as unknown as LogRecord;
const logged: LoggedRecord = { record, file: 1, line: 48_113, at: 1_704_121_200_000, eff: 1_704_121_199_000, rank: 0 };

describe('a spill entry read back is the entry written', () => {
  it('a record held when its claim was spilled (d), re-serialised', () => {
    expect(decodeEntry(encodeRecordEntry('d', logged, undefined))).toEqual({ k: 'd', c: 'C 1', r: logged });
  });

  it("a record that came after (r), from the log's own line, with the line above's instant or without", () => {
    const line = JSON.stringify(record);
    expect(decodeEntry(encodeRecordEntry('r', logged, undefined, line))).toEqual({ k: 'r', c: 'C 1', r: logged });
    const back = decodeEntry(encodeRecordEntry('r', logged, -5, line));
    expect(back).toEqual({ k: 'r', c: 'C 1', r: logged, g: -5 });
    // The record's fields in the order the line has them, as reading the line gave them.
    expect(Object.keys((back as { r: LoggedRecord }).r.record)).toEqual(Object.keys(record));
  });

  it('the marks and a claim state, as JSON', () => {
    for (const e of [
      { k: 'o', c: 'C 1', u: 'a record of it could not be read (line 3)', x: { file: 0, line: 3 } },
      { k: 'o', c: 'C 1', u: null, x: null },
      { k: 'j', c: 'C 1', f: 0, l: 9 },
      { k: 'f', c: 'C 1', f: 2, l: 10 },
      { k: 'u', c: 'C 1', reason: 'why', f: 0, l: 4 },
    ] as const) {
      expect(decodeEntry(encodeMark(e))).toEqual(e);
    }
  });

  it('the marks of most claims as short text, whatever the claim id holds', () => {
    for (const c of ['C1', 'C 1', 'a "quoted" id', 'back\\slash', 'two\nlines', 'é 😀', '']) {
      for (const e of [
        { k: 'o', c, u: null, x: null },
        { k: 'j', c, f: 0, l: 9 },
        { k: 'f', c, f: 3, l: 1_000_000 },
      ] as const) {
        const text = encodeMark(e);
        expect(text.startsWith('J ')).toBe(false);
        expect(text).not.toContain('\n');
        expect(decodeEntry(text)).toEqual(e);
      }
    }
  });

  it('instants before 1970, and a line above, read back as written', () => {
    const early: LoggedRecord = { ...logged, at: -86_400_001, eff: -86_400_001, rank: 1 };
    expect(decodeEntry(encodeRecordEntry('r', early, -5, JSON.stringify(record)))).toEqual({ k: 'r', c: 'C 1', r: early, g: -5 });
    expect(decodeEntry(encodeRecordEntry('d', early, undefined))).toEqual({ k: 'd', c: 'C 1', r: early });
  });

  it('no line feed in an entry (one entry a line)', () => {
    expect(encodeRecordEntry('d', { ...logged, record: { ...record, reason: 'two\nlines' } as LogRecord }, undefined)).not.toContain('\n');
  });
});
