import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../engine/index.js';
import { buildSweepReport, type SweepRun } from '../../../reports/model/buildSweepReport.js';
import { sweepRun } from '../fixtures/sweepRun.js';

/** Three replications at a grid point where `timeout` claims of 1000 time out (± a replication wobble). */
const point = (params: Record<string, number>, timeout: number): SweepRun =>
  sweepRun(
    params,
    [1, 2, 3].map((seed) => ({ seed, outcomes: { withdrawnByTimeout: timeout + seed * 3, completedNormally: 1000 - timeout - seed * 3 } })),
  );

describe('buildSweepReport', () => {
  it('flags a knob whose whole range changes no outcome: it does nothing here', () => {
    const runs = [3, 5, 7].map((w) => point({ maxReRequests: w }, 200));
    const r = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: [{ key: 'maxReRequests', values: [3, 5, 7] }], runs });
    expect(r.knobs).toEqual([{ key: 'maxReRequests', doesNothing: true, changes: [] }]);
    expect(r.points).toHaveLength(3);
  });

  it('names the outcomes a knob moves beyond noise, from its lowest to its highest point', () => {
    const runs = [3, 7, 14].map((w) => point({ responseWindowDays: w }, 300 - w * 10));
    const r = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: [{ key: 'responseWindowDays', values: [3, 7, 14] }], runs });
    const knob = r.knobs[0]!;
    expect(knob.doesNothing).toBe(false);
    const timeout = knob.changes.find((c) => c.outcome === 'withdrawnByTimeout')!;
    expect(timeout).toMatchObject({ from: 3, to: 14 });
    expect(timeout.difference.estimate).toBeCloseTo(-0.11, 9);
  });

  it('judges each parameter on the slices of a two-parameter grid', () => {
    const runs: SweepRun[] = [];
    for (const w of [3, 14]) for (const c of [0, 7]) runs.push(point({ responseWindowDays: w, rejectionCooldownDays: c }, 300 - w * 10));
    const r = buildSweepReport({
      basePolicy: DEFAULT_POLICY,
      parameters: [
        { key: 'responseWindowDays', values: [3, 14] },
        { key: 'rejectionCooldownDays', values: [0, 7] },
      ],
      runs,
    });
    expect(r.knobs.map((k) => [k.key, k.doesNothing])).toEqual([
      ['responseWindowDays', false],
      ['rejectionCooldownDays', true],
    ]);
    expect(r.knobs[0]!.changes.map((c) => c.at)).toContainEqual({ rejectionCooldownDays: 7 });
  });

  it('with one replication, pairs the claims: claims moving one way across sellers are beyond noise, none moving is not', () => {
    const one = (w: number, t: number): SweepRun => sweepRun({ responseWindowDays: w }, [{ seed: 1, outcomes: { withdrawnByTimeout: t, completedNormally: 1000 - t } }]);
    const params = [{ key: 'responseWindowDays' as const, values: [3, 4] }];
    const same = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: params, runs: [one(3, 200), one(4, 200)] });
    expect(same.knobs[0]!.doesNothing).toBe(true);
    const moved = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: params, runs: [one(3, 200), one(4, 300)] });
    const change = moved.knobs[0]!.changes[0]!;
    expect(change.difference.method).toBe('cluster');
    expect(change.difference.high).toBeGreaterThan(change.difference.low);
    expect(change.detectable).toBeGreaterThan(0);
  });

  it('never says a knob moves an outcome on two replications that agree exactly, unless the claims moved', () => {
    // The README's old example: K = 2 and two equal differences made a zero-width t-interval.
    const runs = [5, 8].map((w) => sweepRun({ responseWindowDays: w }, [1, 2].map((seed) => ({ seed, outcomes: { lapsed: 100, completedNormally: 900 } }))));
    const r = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: [{ key: 'responseWindowDays', values: [5, 8] }], runs });
    expect(r.knobs[0]!.doesNothing).toBe(true);
    expect(r.detectable).toBeGreaterThan(0);
  });
});
