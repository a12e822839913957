import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarFor, changeInstants, checkPolicy, daysFromCivil, makePolicy, parseDateText, toExistingInstant, type DateParts } from '../../engine/index.js';
import { ScenarioInputError, loadScenarioFile } from '../../scenarios/index.js';

/**
 * A dated change's `at` written as a wall-clock time that the zone skips (a daylight-saving
 * gap) names no instant: refused, with the gap and the fix, at the `at` it is written in.
 * New York springs forward from 02:00 to 03:00 on 2024-03-10; Santiago skips 00:00–01:00 on
 * 2021-09-05; New York repeats 01:00–02:00 on 2024-11-03 (that wall time exists: the earlier).
 */
const HOUR = 3_600_000;
const NY = 'America/New_York';
const problemsOf = (timezone: string, at: string) => {
  const r = checkPolicy({ timezone, changes: [{ at: '2020-01-01', set: { responseWindowDays: 9 } }, { at, set: { responseWindowDays: 10 } }] });
  return r.ok ? [] : r.problems;
};

describe('a change instant in a daylight-saving gap (docs/rules.md, dated changes)', () => {
  it('refuses 2024-03-10T02:30 in America/New_York, naming the gap and the fix, at changes[1].at', () => {
    expect(problemsOf(NY, '2024-03-10T02:30')).toEqual([
      {
        key: 'changes',
        path: ['changes', 1, 'at'],
        message:
          'changes[1].at: 2024-03-10T02:30 does not exist in America/New_York: on 2024-03-10 the clocks go from 02:00 straight to 03:00 ' +
          '(a daylight-saving gap); write a time outside the gap, such as 2024-03-10T03:00 (when the clocks resume), or a time with an offset (2024-03-10T03:00-04:00)',
      },
    ]);
    expect(problemsOf(NY, '2024-03-10T02:00')).toHaveLength(1);
    expect(problemsOf(NY, '2024-03-10T02:59:59.999')).toHaveLength(1);
  });

  it('accepts the last instant before the gap, the first after it, an offset, a date alone and a repeated wall time', () => {
    for (const at of ['2024-03-10T01:59:59.999', '2024-03-10T03:00', '2024-03-10T02:30-05:00', '2024-03-10', '2024-11-03T01:30']) {
      expect(problemsOf(NY, at)).toEqual([]);
    }
    const p = makePolicy({ timezone: NY, changes: [{ at: '2024-03-10T03:00', set: { responseWindowDays: 10 } }, { at: '2024-11-03T01:30', set: { responseWindowDays: 9 } }] });
    // 03:00 EDT is 07:00Z; the repeated 01:30 is read as the earlier, 01:30 EDT (05:30Z).
    expect(changeInstants(p)).toEqual([Date.UTC(2024, 2, 10, 7), Date.UTC(2024, 10, 3, 5, 30)]);
  });

  it('refuses a written 00:00 that Santiago skips, but not the date alone (its first instant, 01:00)', () => {
    expect(problemsOf('America/Santiago', '2021-09-05T00:00')[0]?.message).toContain('on 2021-09-05 the clocks go from 00:00 straight to 01:00');
    expect(problemsOf('America/Santiago', '2021-09-05')).toEqual([]);
  });

  it('leaves zones without daylight saving alone, and names a gap of 30 minutes (Lord Howe)', () => {
    expect(problemsOf('Asia/Tokyo', '2024-03-10T02:30')).toEqual([]);
    const parts = parseDateText('2024-10-06T02:10') as DateParts;
    expect(toExistingInstant(parts, calendarFor('Australia/Lord_Howe'), '2024-10-06T02:10')).toMatch(/from 02:00 straight to 02:30 .* such as 2024-10-06T02:30 .*\(2024-10-06T02:30\+11:00\)$/);
  });

  it('Calendar.gapAt gives the skipped wall times, and null for a time that exists', () => {
    const ny = calendarFor(NY);
    const day = daysFromCivil(2024, 3, 10);
    expect(ny.gapAt(day, 2.5 * HOUR)).toEqual({ from: 2 * HOUR, to: 3 * HOUR });
    expect(ny.gapAt(day, 2 * HOUR - 1)).toBeNull();
    expect(ny.gapAt(day, 3 * HOUR)).toBeNull();
    expect(ny.gapAt(daysFromCivil(2024, 11, 3), 1.5 * HOUR)).toBeNull();
  });

  it('a scenario\'s own policy with such a change is refused at file:line:column of the at', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsim-gap-'));
    const file = join(dir, 'gap.yaml');
    writeFileSync(
      file,
      [
        'name: A change in the gap',
        'policy:',
        '  timezone: America/New_York',
        '  changes:',
        '    - { at: "2024-03-10T02:30", set: { responseWindowDays: 10 } }',
        'start: 2024-03-01T09:00',
        'orders:',
        '  - { id: O1, seller: S1, buyer: B1 }',
        'claims:',
        '  - { id: C1, order: O1, type: return }',
        'steps:',
        '  - { at: 2024-03-02T10:00, do: request_withdrawal, claim: C1, message: Please. }',
        '',
      ].join('\n'),
    );
    try {
      expect(() => loadScenarioFile(file)).toThrow(ScenarioInputError);
      try {
        loadScenarioFile(file);
      } catch (err) {
        expect((err as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:5:13: changes\\[0\\]\\.at: 2024-03-10T02:30 does not exist in America/New_York: .*\\)$`));
        expect((err as Error).message).not.toContain('\n');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
