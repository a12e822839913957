import { describe, expect, it } from 'vitest';
import { firstParting } from '../../../reports/explain/firstParting.js';
import { scenarioTimeline } from '../../../reports/explain/scenarioTimeline.js';
import { loadScenarioFile } from '../../../scenarios/index.js';

const s = loadScenarioFile('scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml');

describe('the first point where two timelines part', () => {
  it('is none for the same claim under the same policy', () => {
    expect(firstParting(scenarioTimeline(s, 'C1'), scenarioTimeline(s, 'C1'))).toBeNull();
  });

  it('is the request when a longer window gives it another deadline; what came before is the same', () => {
    const base = scenarioTimeline(s, 'C1');
    const longer = scenarioTimeline({ ...s, policy: { ...s.policy, responseWindowDays: 10 } }, 'C1');
    const at = firstParting(base, longer);
    expect(at).not.toBeNull();
    expect(base.entries[at!]?.command?.kind).toBe('RequestWithdrawal');
    expect(longer.entries.slice(0, at!)).toEqual(base.entries.slice(0, at!));
    // Under the longer window nobody times out before the scenario ends.
    expect(longer.entries.some((e) => e.events.some((ev) => ev.kind === 'WithdrawalTimedOut'))).toBe(false);
  });

  it('is the end of the shorter timeline when one stops early', () => {
    const base = scenarioTimeline(s, 'C1');
    const cut = { ...base, entries: base.entries.slice(0, 2) };
    expect(firstParting(cut, base)).toBe(2);
    expect(firstParting(base, cut)).toBe(2);
  });
});
