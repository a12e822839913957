import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { buildSweepReport, type SweepRun } from '../../../reports/model/buildSweepReport.js';
import { makeSummary } from '../fixtures/makeSummary.js';

/** Three replications at a grid point where `timeout` claims of 1000 time out (± a replication wobble). */
const point = (params: Record<string, number>, timeout: number): SweepRun => ({
  params,
  summaries: [1, 2, 3].map((seed) => {
    const t = timeout + seed * 3;
    return makeSummary({ seed, outcomes: { withdrawnByTimeout: t, completedNormally: 1000 - t }, policy: makePolicy(params) });
  }),
});

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

  it('with one replication, compares the extreme points without pairing', () => {
    const one = (w: number, t: number): SweepRun => ({ params: { responseWindowDays: w }, summaries: [makeSummary({ outcomes: { withdrawnByTimeout: t, completedNormally: 1000 - t } })] });
    const r = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: [{ key: 'responseWindowDays', values: [3, 4] }], runs: [one(3, 200), one(4, 205)] });
    expect(r.knobs[0]!.doesNothing).toBe(true);
    const r2 = buildSweepReport({ basePolicy: DEFAULT_POLICY, parameters: [{ key: 'responseWindowDays', values: [3, 4] }], runs: [one(3, 200), one(4, 300)] });
    expect(r2.knobs[0]!.changes[0]!.difference.method).toBe('normal');
  });
});
