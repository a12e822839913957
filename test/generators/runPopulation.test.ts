import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome, loadPopulationFile, runPopulation, summaryJson } from '../../generators/index.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const CLAIMS = 600;

describe('runPopulation', () => {
  it('gives byte-identical summaries for the same seed, and another for another seed', () => {
    const a = runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS });
    const b = runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS });
    expect(summaryJson(a.summary)).toBe(summaryJson(b.summary));
    expect(Buffer.from(a.finalOutcomes).equals(Buffer.from(b.finalOutcomes))).toBe(true);
    const c = runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS, seed: 43 });
    expect(summaryJson(c.summary)).not.toBe(summaryJson(a.summary));
    expect(c.summary.seed).toBe(43);
  });

  it('gives every claim exactly one final outcome, and counts add up', () => {
    const { summary, finalOutcomes } = runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS });
    expect(summary.claims).toBe(CLAIMS);
    expect(Object.values(summary.outcomes).reduce((s, n) => s + n, 0)).toBe(CLAIMS);
    expect(finalOutcomes.every((o) => o < FINAL_OUTCOMES.length)).toBe(true);
    for (const o of FINAL_OUTCOMES) expect(finalOutcomes.filter((x) => FINAL_OUTCOMES[x] === o).length).toBe(summary.outcomes[o]);
    expect(Object.values(summary.reRequests).reduce((s, n) => s + n, 0)).toBe(CLAIMS);
    expect(summary.eventCounts.ClaimOpened).toBe(CLAIMS);
    expect(summary.requests).toBe(summary.eventCounts.WithdrawalRequested);
    expect(summary.invariantViolations.total).toBe(0);
    // The small population exercises the rules it is meant to: every outcome kind but the rare ones.
    for (const o of ['withdrawnByAcceptance', 'withdrawnByTimeout', 'onHoldAtEnd', 'lapsed', 'cancelledBySeller', 'completedNormally'] as FinalOutcome[]) {
      expect(summary.outcomes[o], o).toBeGreaterThan(0);
    }
    expect(summary.refusalCounts.COOLDOWN_ACTIVE).toBe(summary.cooldownRefusals);
    expect(summary.escalatedToSupport).toBe(summary.eventCounts.SupportContacted);
  });

  it('reports no violations when run without the checker (the same outcomes as with it)', () => {
    const options = { policy: DEFAULT_POLICY, claims: CLAIMS };
    const on = runPopulation(small, options);
    const off = runPopulation(small, options, { withoutChecker: true });
    expect(off.summary.invariantViolations.total).toBe(0);
    expect(off.summary.outcomes).toEqual(on.summary.outcomes);
    expect(Buffer.from(off.finalOutcomes).equals(Buffer.from(on.finalOutcomes))).toBe(true);
  });

  it('keeps only open claims: finished claims are dropped as they finish', () => {
    let peak = 0;
    let finished = 0;
    runPopulation(small, {
      policy: DEFAULT_POLICY,
      claims: CLAIMS,
      onClaimFinished: (_claim, held) => {
        finished++;
        peak = Math.max(peak, held);
      },
    });
    expect(finished).toBe(CLAIMS);
    expect(peak).toBeLessThan(CLAIMS / 2);
  });

  it('draws the same behaviour for a claim under two policies (common random numbers)', () => {
    const requested = new Set<string>();
    const base = runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS, onClaimFinished: (c) => c.requests > 0 && requested.add(c.id) });
    // A policy change that does not touch behaviour leaves every claim's outcome as it was…
    const silent = runPopulation(small, { policy: makePolicy({ piiCheck: 'off' }), claims: CLAIMS });
    expect(Buffer.from(silent.finalOutcomes).equals(Buffer.from(base.finalOutcomes))).toBe(true);
    expect(silent.summary.piiWarnings).toBe(0);
    expect(base.summary.piiWarnings).toBeGreaterThan(0);
    // …and one that does changes only claims where a withdrawal was requested.
    const longer = runPopulation(small, { policy: makePolicy({ responseWindowDays: 10, rejectionCooldownDays: 2 }), claims: CLAIMS });
    let changed = 0;
    base.finalOutcomes.forEach((o, i) => {
      if (o === longer.finalOutcomes[i]) return;
      changed++;
      expect(requested.has(`C${i}`), `claim C${i}`).toBe(true);
    });
    expect(changed).toBeGreaterThan(0);
  });

  it('stops when asked and marks the summary partial', () => {
    let asked = 0;
    const { summary } = runPopulation(small, { policy: DEFAULT_POLICY, claims: 5000, shouldStop: () => ++asked >= 2 });
    expect(summary.partial).toBe(true);
    expect(summary.claims).toBe(2048);
    expect(Object.values(summary.outcomes).reduce((s, n) => s + n, 0)).toBe(2048);
  });
});
