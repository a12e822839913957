import { describe, expect, it } from 'vitest';
import { scenarioTimeline } from '../../../reports/explain/scenarioTimeline.js';
import { timelineText } from '../../../reports/explain/timelineText.js';
import { loadScenarioFile } from '../../../scenarios/index.js';

const RETIME = 'scenarios/library/changes/R10a-window-7-to-10-retime.yaml';

describe('the timeline of a claim re-timed by a dated policy change (R10a)', () => {
  it('shows the change as the clock\u2019s entry at the change instant, with the new deadline and timeout', () => {
    const t = scenarioTimeline(loadScenarioFile(RETIME), 'C1');
    const entry = t.entries.find((e) => e.events.some((ev) => ev.kind === 'DeadlineRetimed'));
    expect(entry?.command).toBeNull();
    const text = timelineText(t, 'C1');
    expect(text).toContain('2024-05-01 00:00:00.000 +09:00  clock: a dated policy change took effect');
    expect(text).toContain('DeadlineRetimed #1 at a dated policy change: deadline 2024-05-04 (the last day to answer), times out 2024-05-05 00:00:00.000 +09:00');
    expect(text.indexOf('DeadlineRetimed')).toBeLessThan(text.indexOf('WithdrawalTimedOut'));
  });
});
