import { describe, expect, it } from 'vitest';
import { parseLogLine } from '../../claimlog/parseLogLine.js';
import { parseIsoInstant } from '../../claimlog/parseIsoInstant.js';
import { parseDuration } from '../../claimlog/parseDuration.js';

describe('parseLogLine', () => {
  it('reads a record, keeping unknown fields, with its instant in epoch milliseconds', () => {
    const p = parseLogLine('{"type":"withdrawal_accepted","claim":"C1","at":"2024-08-05T20:00+09:00","ingestedBy":"x"}');
    expect(p.kind).toBe('record');
    if (p.kind !== 'record') return;
    expect(p.at).toBe(Date.UTC(2024, 7, 5, 11, 0));
    expect((p.record as Record<string, unknown>)['ingestedBy']).toBe('x');
  });

  it('counts an unknown record type instead of refusing it', () => {
    expect(parseLogLine('{"type":"claim_escalated","claim":"C1","at":"2024-08-05T20:00Z"}')).toEqual({ kind: 'unknown_type', type: 'claim_escalated' });
  });

  it('says what is wrong with a line, and names its claim when it can', () => {
    expect(parseLogLine('{"type":"withdrawal_accepted","claim":"C1","at":"2024-08-05T20:00"}')).toMatchObject({ kind: 'problem', claim: 'C1', problem: expect.stringMatching(/^withdrawal_accepted: at: an ISO 8601 instant with an offset/) });
    expect(parseLogLine('{"type":"withdrawal_accepted","claim":"C1","at":"2024-02-30T20:00Z"}')).toMatchObject({ kind: 'problem', problem: 'withdrawal_accepted: at: 2024-02-30T20:00Z is not a real instant (check the date, time and offset)' });
    expect(parseLogLine('{"type":"withdrawal_accepted","claim":"C9","at":"2024-0')).toMatchObject({ kind: 'problem', claim: 'C9', problem: expect.stringMatching(/^invalid JSON/) });
    expect(parseLogLine('[1,2]')).toMatchObject({ kind: 'problem', problem: expect.stringMatching(/^not a JSON object/) });
    expect(parseLogLine('{"claim":"C1"}')).toMatchObject({ kind: 'problem', claim: 'C1' });
    expect(parseLogLine('   ')).toEqual({ kind: 'blank' });
  });
});

describe('instants and durations', () => {
  it('reads ISO 8601 with an offset, to the millisecond', () => {
    expect(parseIsoInstant('2024-08-11T00:00+09:00')).toBe(Date.UTC(2024, 7, 10, 15, 0));
    expect(parseIsoInstant('2024-08-11T00:00:01.5Z')).toBe(Date.UTC(2024, 7, 11, 0, 0, 1, 500));
    expect(parseIsoInstant('2024-08-11T00:00-05:30')).toBe(Date.UTC(2024, 7, 11, 5, 30));
    expect(parseIsoInstant('2024-08-11T24:00+09:00')).toBeNull();
    expect(parseIsoInstant('2024-08-11 00:00+09:00')).toBeNull();
  });

  it('reads a tolerance, and refuses one of a day or more', () => {
    expect(parseDuration('15m')).toEqual({ ok: true, ms: 900_000 });
    expect(parseDuration('1h30m')).toEqual({ ok: true, ms: 5_400_000 });
    expect(parseDuration('0')).toEqual({ ok: true, ms: 0 });
    expect(parseDuration('15 minutes').ok).toBe(false);
    expect(parseDuration('24h').ok).toBe(false);
  });
});
