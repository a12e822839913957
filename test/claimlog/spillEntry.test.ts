import { describe, expect, it } from 'vitest';
import { loggedRecord } from '../../claimlog/HeldClaim.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { type SpillEntry, type SpilledRecord, decodeEntry, encodeMark, encodeRecordEntry } from '../../claimlog/spill/spillEntry.js';

const record = { type: 'withdrawal_rejected', claim: 'C 1', at: '2024-01-02T00:00:00.000+09:00', reason: 'a "quoted" reason, with spaces é 😀', cooldownUntil: null } as unknown as LogRecord;
const json = JSON.stringify(record);
const spilled: SpilledRecord = { claim: 'C 1', type: 'withdrawal_rejected', closes: false, file: 1, line: 48_113, at: 1_704_121_200_000, eff: 1_704_121_199_000, rank: 0 };
const held = { text: json, record: null, type: spilled.type, file: spilled.file, line: spilled.line, at: spilled.at, eff: spilled.eff, rank: spilled.rank };

/** A record entry back, its record's JSON parsed (as judging it parses it). */
function back(text: string): { entry: SpillEntry; record: LogRecord | null } {
  const entry = decodeEntry(text);
  return { entry, record: 'r' in entry ? loggedRecord(entry.r).record : null };
}

describe('a spill entry read back is the entry written', () => {
  it('a record held when its claim was spilled (d): where, when, its type, its JSON unparsed until judged', () => {
    const { entry, record: r } = back(encodeRecordEntry('d', spilled, undefined, json));
    expect(entry).toEqual({ k: 'd', c: 'C 1', r: held, closes: false });
    expect(r).toEqual(record);
  });

  it("a record that came after (r), from the log's own line, with the line above's instant or without, finishing its claim or not", () => {
    expect(back(encodeRecordEntry('r', spilled, undefined, json)).entry).toEqual({ k: 'r', c: 'C 1', r: held, closes: false });
    const { entry, record: r } = back(encodeRecordEntry('r', { ...spilled, closes: true }, -5, json));
    expect(entry).toEqual({ k: 'r', c: 'C 1', r: held, closes: true, g: -5 });
    // The record's fields in the order the line has them, as reading the line gave them.
    expect(Object.keys(r!)).toEqual(Object.keys(record));
  });

  it('a claim id with spaces, quotes, backslashes, line feeds or any character', () => {
    for (const claim of ['C 1', 'a "quoted" id', 'back\\slash', 'two\nlines', 'é 😀', ' 3 4 ']) {
      const text = encodeRecordEntry('r', { ...spilled, claim }, undefined, json);
      expect(text).not.toContain('\n');
      expect(decodeEntry(text)).toEqual({ k: 'r', c: claim, r: held, closes: false });
    }
  });

  it('the marks and a claim state', () => {
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
    const early: SpilledRecord = { ...spilled, at: -86_400_001, eff: -86_400_001, rank: 1 };
    expect(decodeEntry(encodeRecordEntry('r', early, -5, json))).toEqual({ k: 'r', c: 'C 1', r: { ...held, at: -86_400_001, eff: -86_400_001, rank: 1 }, closes: false, g: -5 });
  });

  it('every record type by its number', () => {
    for (const type of ['claim_opened', 'withdrawal_requested', 'memo_sent', 'action_refused'] as const) {
      const e = decodeEntry(encodeRecordEntry('d', { ...spilled, type }, undefined, json));
      expect('r' in e && e.r.type).toBe(type);
    }
  });
});
