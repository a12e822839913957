import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../engine/index.js';

/**
 * Policy `timezone` (docs/rules.md, time zones): `UTC` or an IANA `Area/Location` name, spelled
 * exactly, whether the database keeps it as a zone or as a link; not an abbreviation or rule name
 * (GMT), nor an old country or state name (Japan, US/Eastern). The six names of the report: three
 * links of each form, each side judged by the one rule the message states.
 */
const messageOf = (timezone: unknown): string | null => {
  const r = checkPolicy({ timezone });
  return r.ok ? null : r.problems[0]!.message;
};

describe('time zone names: the rule and the message agree', () => {
  it.each(['Asia/Calcutta', 'Europe/Kiev', 'UTC', 'Asia/Kolkata', 'Europe/Kyiv', 'Etc/UTC', 'Etc/GMT+5'])('%s (UTC or Area/Location) is taken as written', (timezone) => {
    expect(checkPolicy({ timezone })).toMatchObject({ ok: true, policy: { timezone } });
  });

  it.each([
    ['US/Eastern', 'America/New_York'],
    ['Japan', 'Asia/Tokyo'],
    ['GMT', 'UTC (or Europe/London for British time)'],
  ])('%s (neither UTC nor Area/Location) is refused, suggesting %s, by the rule the message states', (timezone, meant) => {
    expect(messageOf(timezone)).toBe(
      `timezone must be an IANA time zone name such as "Asia/Tokyo", got "${timezone}" (did you mean ${meant}? UTC or an Area/Location name, spelled exactly, ` +
        'such as Europe/London; not an abbreviation such as GMT or JST, nor an old country or state name such as Japan or US/Eastern)',
    );
  });

  it.each([
    ['Asia/TOKYO', 'Asia/Tokyo'],
    ['America/new_york', 'America/New_York'],
    ['Asia/KOLKATA', 'Asia/'],
    ['utc', 'UTC'],
  ])('%s is not spelled exactly: refused, suggesting %s', (timezone, meant) => {
    expect(messageOf(timezone)).toContain(`did you mean ${meant}`);
  });

  it('a zone that does not exist, in Area/Location form, is refused without a guess', () => {
    expect(messageOf('Asia/Atlantis')).toMatch(/got "Asia\/Atlantis" \(UTC or an Area\/Location name, spelled exactly/);
  });
});
