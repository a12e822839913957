import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { type ExploreCase, runExploreCase, startAnchors } from '../../../generators/explore/index.js';

const utc = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);
const HOUR = 3_600_000;

describe('an explore case on the engine', () => {
  it('starts at the anchor day and waits for the policy boundaries it names, off by the offset', () => {
    const target = { policy: DEFAULT_POLICY, changes: [] };
    const exploreCase: ExploreCase = {
      anchor: 0,
      daysBefore: 0,
      msOfDay: 10 * HOUR,
      type: 'return',
      status: 0,
      steps: [
        { kind: 'next', choice: 0 }, // request
        { kind: 'waitFor', boundary: 'responseWindow', offset: -1 },
        { kind: 'next', choice: 0 }, // reject, on the last millisecond to answer
        { kind: 'waitFor', boundary: 'rejectionCooldown', offset: -1 },
        { kind: 'next', choice: 0 }, // re-request one millisecond too early: refused, still recorded
        { kind: 'waitFor', boundary: 'rejectionCooldown', offset: 0 },
        { kind: 'next', choice: 0 }, // re-request exactly at the cooldown's end
      ],
    };
    const run = runExploreCase(target, startAnchors(target), exploreCase);
    const jst = (m: number, d: number): number => utc(2021, m, d) - 9 * HOUR;
    expect(run.commands.map((c) => [c.command.kind, c.at])).toEqual([
      ['PlaceOrder', jst(7, 29) + 10 * HOUR],
      ['OpenClaim', jst(7, 29) + 10 * HOUR],
      ['RequestWithdrawal', jst(7, 29) + 10 * HOUR],
      ['RejectWithdrawal', jst(8, 5) - 1],
      ['ReRequestWithdrawal', jst(8, 9) - 1],
      ['ReRequestWithdrawal', jst(8, 9)],
    ]);
    expect(run.end).toBe(jst(8, 9));
  });

  it('starts daysBefore local days before a daylight-saving transition, at the wall-clock time given', () => {
    const target = { policy: makePolicy({ timezone: 'America/New_York' }), changes: [] };
    const anchors = startAnchors(target);
    const springForward2024 = anchors.indexOf(utc(2024, 3, 10, 7));
    const exploreCase: ExploreCase = { anchor: springForward2024, daysBefore: 2, msOfDay: 0, type: 'cancel', status: 0, steps: [{ kind: 'waitFor', boundary: 'delayThreshold', offset: 1 }] };
    const run = runExploreCase(target, anchors, exploreCase);
    expect(run.commands[0]!.at).toBe(utc(2024, 3, 8, 5)); // 00:00 EST
    expect(run.end).toBe(utc(2024, 3, 12, 4) + 1); // 00:00 EDT of 03-12, +1 ms
  });
});
