import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { parameterDifferences } from '../../../reports/model/buildCompareReport.js';
import { policyText } from '../../../reports/render/policyText.js';

const dated = makePolicy({ inFlightDeadlines: 'retime', changes: [{ at: '2024-04-15', set: { responseWindowDays: 10 } }] });

describe('a policy with dated changes in the reports', () => {
  it('names its changes, split at their instant, and its in-flight choice beside the parameters that differ from the default', () => {
    expect(policyText(DEFAULT_POLICY)).toBe('default policy');
    expect(policyText(dated)).toBe('requests open at a change: re-timed; from 2024-04-15: answer window 7 → 10 days');
    const reminder = makePolicy({ reminderDaysBeforeDeadline: 2, changes: [{ at: '2024-04-10', set: { responseWindowDays: 10, reminderDaysBeforeDeadline: 3 } }, { at: '2024-04-20', set: { reminderDaysBeforeDeadline: null } }] });
    // Each change reads against what was in force just before it: the base, then the earlier change.
    expect(policyText(reminder)).toBe(
      'reminder before the deadline: 2 days; from 2024-04-10: answer window 7 → 10 days, reminder before the deadline 2 → 3 days; from 2024-04-20: reminder before the deadline 3 days → none',
    );
  });

  it('compare: a baseline without the change against a variant with it differs in changes and the in-flight choice', () => {
    expect(parameterDifferences(DEFAULT_POLICY, dated)).toEqual([
      { key: 'inFlightDeadlines', baseline: undefined, variant: 'retime' },
      { key: 'changes', baseline: undefined, variant: dated.changes },
    ]);
    expect(parameterDifferences(dated, dated)).toEqual([]);
  });
});
