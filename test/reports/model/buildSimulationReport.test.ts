import { describe, expect, it } from 'vitest';
import { buildSimulationReport } from '../../../reports/model/buildSimulationReport.js';
import { makeSummary } from '../fixtures/makeSummary.js';

const rep = (seed: number, timeout: number) =>
  makeSummary({ seed, outcomes: { withdrawnByAcceptance: 300, withdrawnByTimeout: timeout, completedNormally: 1000 - 300 - timeout }, reRequests: { '0': 900, '1': 80, '2': 20 } });

describe('buildSimulationReport', () => {
  it('gives every outcome with a share; the shares add up to 1', () => {
    const r = buildSimulationReport([rep(1, 200)]);
    expect(r.outcomes.map((o) => o.outcome)).toHaveLength(8);
    expect(r.outcomes.reduce((s, o) => s + o.share.estimate, 0)).toBeCloseTo(1, 9);
    expect(r.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!.share.estimate).toBeCloseTo(0.2, 9);
  });

  it('uses a Wilson interval for one replication and a t-interval across several', () => {
    expect(buildSimulationReport([rep(1, 200)]).outcomes[1]!.share.method).toBe('wilson');
    const three = buildSimulationReport([rep(1, 190), rep(2, 200), rep(3, 210)]);
    const timeout = three.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!;
    expect(timeout.share.method).toBe('t');
    expect(timeout.share.estimate).toBeCloseTo(0.2, 9);
    expect(timeout.claims).toBe(600);
    expect(three.seeds).toEqual([1, 2, 3]);
  });

  it('counts re-requests from the claims-by-re-requests histogram (R11)', () => {
    const r = buildSimulationReport([rep(1, 200), rep(2, 200)]);
    const re = r.counters.find((c) => c.name === 'reRequests')!;
    expect(re.total).toBe(2 * (80 + 2 * 20));
    expect(re.perClaim).toBeCloseTo(0.12, 9);
    expect(r.reRequests).toEqual([
      { reRequests: 0, claims: 1800 },
      { reRequests: 1, claims: 160 },
      { reRequests: 2, claims: 40 },
    ]);
    expect(r.coverage.rulesNeverHit).not.toContain('R11');
  });

  it('adds violations up per invariant, in invariant order, and keeps the first examples', () => {
    const v = (n: number) => ({
      total: n + 1,
      byInvariant: { I10: 1, I3: n },
      examples: [{ invariant: 'I3', claim: `C${n}`, at: 0, message: 'late', scenario: `regressions/I3-${n}.yaml` }],
    });
    const r = buildSimulationReport([makeSummary({ seed: 1, outcomes: { openAtEnd: 5 }, violations: v(2) }), makeSummary({ seed: 2, outcomes: { openAtEnd: 5 }, violations: v(3) })], {
      maxExamples: 1,
    });
    expect(r.invariantViolations.total).toBe(7);
    expect(r.invariantViolations.byInvariant).toEqual([
      { invariant: 'I3', count: 5 },
      { invariant: 'I10', count: 2 },
    ]);
    expect(r.invariantViolations.examples.map((e) => e.scenario)).toEqual(['regressions/I3-2.yaml']);
  });

  it('refuses to build from nothing', () => {
    expect(() => buildSimulationReport([])).toThrow(RangeError);
  });
});
