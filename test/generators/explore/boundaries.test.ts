import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { boundaryInstants, daylightSavingTransitions, startAnchors } from '../../../generators/explore/index.js';

const HOUR = 3_600_000;
/** An instant written as UTC fields, independent of the engine's calendar. */
const utc = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);
const around = (...ts: number[]): number[] => ts.flatMap((t) => [t - 1, t, t + 1]).sort((a, b) => a - b);

describe("a policy's boundaries, at −1 ms, exactly and +1 ms", () => {
  it('Asia/Tokyo (UTC+9, no daylight saving): window 7, cooldowns 5, delay 4, midnight from a request at 10:00 on 2021-07-29', () => {
    const anchor = utc(2021, 7, 29, 1); // 10:00 JST
    const jst = (d: number): number => utc(2021, 7, d) - 9 * HOUR; // 00:00 JST of July d
    // midnight: 7/30; delay 4: 8/2; cooldowns 5: 8/3; window 7: 8/5 (the manual's example).
    expect(boundaryInstants(DEFAULT_POLICY, anchor)).toEqual(around(jst(30), jst(33), jst(34), jst(36)));
  });

  it('America/New_York across spring forward (2024-03-10): boundaries before it at UTC−5, after it at UTC−4', () => {
    const policy = makePolicy({ timezone: 'America/New_York', responseWindowDays: 3, rejectionCooldownDays: 0, cancellationCooldownDays: 2, delayThresholdDays: 1 });
    const anchor = utc(2024, 3, 8, 17); // 12:00 EST on 2024-03-08
    // midnight and delay 1: 03-09 00:00 EST; cancellation 2: 03-10 00:00 EST (before 02:00);
    // window 3: 03-11 00:00 EDT. A cooldown of 0 days has no boundary.
    expect(boundaryInstants(policy, anchor)).toEqual(around(utc(2024, 3, 9, 5), utc(2024, 3, 10, 5), utc(2024, 3, 11, 4)));
  });

  it('America/Santiago, where 2024-09-08 starts at 01:00 (midnight is skipped): the first instant that exists', () => {
    const policy = makePolicy({ timezone: 'America/Santiago', responseWindowDays: 2, rejectionCooldownDays: 1, cancellationCooldownDays: 1, delayThresholdDays: 3 });
    const anchor = utc(2024, 9, 7, 16); // 12:00 at UTC−4 on 2024-09-07
    // 09-08 begins at 01:00 UTC−3 = 04:00Z; 09-09 and 09-10 begin at 00:00 UTC−3 = 03:00Z.
    expect(boundaryInstants(policy, anchor)).toEqual(around(utc(2024, 9, 8, 4), utc(2024, 9, 9, 3), utc(2024, 9, 10, 3)));
  });
});

describe('daylight-saving transitions of a zone', () => {
  it('America/New_York in 2024: 03-10 02:00 EST and 11-03 02:00 EDT', () => {
    expect(daylightSavingTransitions('America/New_York', 2024, 2024)).toEqual([utc(2024, 3, 10, 7), utc(2024, 11, 3, 6)]);
  });

  it('America/Santiago in 2024: back on 04-07 at 00:00 (UTC−3), forward on 09-08 at 00:00 (UTC−4)', () => {
    expect(daylightSavingTransitions('America/Santiago', 2024, 2024)).toEqual([utc(2024, 4, 7, 3), utc(2024, 9, 8, 4)]);
  });

  it('Asia/Tokyo has none', () => {
    expect(daylightSavingTransitions('Asia/Tokyo', 2024, 2026)).toEqual([]);
  });

  it('cases start around the ordinary day, each transition in 2024–2026 and each policy change instant', () => {
    const ny = makePolicy({ timezone: 'America/New_York' });
    const anchors = startAnchors({ policy: ny, changes: [utc(2025, 5, 1, 4)] });
    expect(anchors).toHaveLength(1 + 6 + 1);
    expect(anchors).toContain(utc(2021, 7, 29, 4)); // 00:00 EDT of the ordinary day
    expect(anchors).toContain(utc(2026, 3, 8, 7));
    expect(anchors).toContain(utc(2025, 5, 1, 4));
    expect(startAnchors({ policy: DEFAULT_POLICY, changes: [] })).toEqual([utc(2021, 7, 28, 15)]);
  });
});

describe('a policy with a dated change: its instant and the new parameters are boundaries too (R10a, R15a)', () => {
  it('Asia/Tokyo, window 7 → 10 at 00:00 on 2021-08-01: the change instant, and the window of a request on 7/29 under 7 and under 10 days', () => {
    const policy = makePolicy({ changes: [{ at: '2021-08-01', set: { responseWindowDays: 10, rejectionCooldownDays: 2 } }] });
    const jst = (m: number, d: number): number => utc(2021, m, d) - 9 * HOUR;
    const change = jst(8, 1);
    const anchor = utc(2021, 7, 29, 1); // 10:00 JST
    // As before: midnight 7/30, delay 4: 8/2, cooldowns 5: 8/3, window 7: 8/5; the change 8/1 (also the
    // rejection cooldown of 2 days counted after it); the window of 10 days: 8/8.
    expect(boundaryInstants(policy, anchor, [change])).toEqual(around(jst(7, 30), jst(7, 31), change, jst(8, 2), jst(8, 3), jst(8, 5), jst(8, 8)));
  });

  it('without changes, the boundaries are those of the policy alone', () => {
    const anchor = utc(2021, 7, 29, 1);
    expect(boundaryInstants(DEFAULT_POLICY, anchor, [])).toEqual(boundaryInstants(DEFAULT_POLICY, anchor));
  });
});
