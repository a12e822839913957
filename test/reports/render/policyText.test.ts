import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { policyChanges } from '../../../reports/model/buildCompareReport.js';
import { policyText } from '../../../reports/render/policyText.js';

const dated = makePolicy({ inFlightDeadlines: 'retime', changes: [{ at: '2024-04-15', set: { responseWindowDays: 10 } }] });

describe('a policy with dated changes in the reports', () => {
  it('names its changes and in-flight choice beside the parameters that differ from the default', () => {
    expect(policyText(DEFAULT_POLICY)).toBe('default policy');
    expect(policyText(dated)).toBe('inFlightDeadlines retime, changes [{at: 2024-04-15, set: {responseWindowDays: 10}}]');
  });

  it('compare: a baseline without the change against a variant with it differs in changes and the in-flight choice', () => {
    expect(policyChanges(DEFAULT_POLICY, dated)).toEqual([
      { key: 'inFlightDeadlines', baseline: undefined, variant: 'retime' },
      { key: 'changes', baseline: undefined, variant: dated.changes },
    ]);
    expect(policyChanges(dated, dated)).toEqual([]);
  });
});
