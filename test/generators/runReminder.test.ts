import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../engine/index.js';
import { loadPopulationFile, runPopulation } from '../../generators/index.js';

const CLAIMS = 1500;
const aware = loadPopulationFile('generators/populations/deadline-aware.yaml');
const absolute = loadPopulationFile('generators/populations/default.yaml');
const REMINDER = makePolicy({ reminderDaysBeforeDeadline: 2 });

describe('a run with the reminder', () => {
  it('reminds buyers with the checker clean, and a population that ignores reminders keeps every outcome', () => {
    const off = runPopulation(absolute, { policy: DEFAULT_POLICY, claims: CLAIMS });
    const on = runPopulation(absolute, { policy: REMINDER, claims: CLAIMS });
    expect(on.summary.eventCounts.BuyerReminded).toBeGreaterThan(0);
    expect(off.summary.eventCounts.BuyerReminded ?? 0).toBe(0);
    expect(on.summary.invariantViolations.total).toBe(0);
    expect(on.summary.outcomes).toEqual(off.summary.outcomes);
    expect(Buffer.from(on.finalOutcomes).equals(Buffer.from(off.finalOutcomes))).toBe(true);
  });

  it('moves buyers who react to it: fewer requests end in silence (R10) than with no reminder', () => {
    const off = runPopulation(aware, { policy: DEFAULT_POLICY, claims: CLAIMS });
    const on = runPopulation(aware, { policy: REMINDER, claims: CLAIMS });
    expect(on.summary.invariantViolations.total).toBe(0);
    expect(on.summary.eventCounts.BuyerReminded).toBeGreaterThan(0);
    expect(on.summary.outcomes.withdrawnByTimeout).toBeLessThan(off.summary.outcomes.withdrawnByTimeout);
    expect(on.summary.outcomes.withdrawnByAcceptance).toBeGreaterThan(off.summary.outcomes.withdrawnByAcceptance);
  });
});
