import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImpacts } from '../../../reports/impact/checkImpacts.js';
import { parseImpactFixture } from '../../../reports/impact/parseImpactFixture.js';
import { updateImpactFixture } from '../../../reports/impact/updateImpactFixture.js';
import { compareReport } from '../fixtures/reports.js';

const timeout = compareReport.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!;
const pp = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;

describe('checkImpacts', () => {
  it('holds when the paired difference lies in the expected range, in points of share', () => {
    const d = timeout.difference.estimate;
    const f = parseImpactFixture(`expect:\n  withdrawnByTimeout: { change: "${pp(d - 0.005)}..${pp(d + 0.005)}" }\n`, 'f.yaml');
    const r = checkImpacts(f, compareReport);
    expect(r.ok).toBe(true);
    expect(r.results[0]).toMatchObject({ outcome: 'withdrawnByTimeout', kind: 'change', ok: true });
    expect(r.results[0]!.observed).toBeCloseTo(d, 9);
  });

  it('fails, saying by how much, when an impact leaves its range', () => {
    const f = parseImpactFixture('expect:\n  withdrawnByTimeout: { change: "+2%..+6%" }\n', 'f.yaml');
    const r = checkImpacts(f, compareReport);
    expect(r.ok).toBe(false);
    expect(r.results[0]!.message).toMatch(/^auto-withdrawn, no answer \(withdrawnByTimeout\) change: -\d\.\d\d pp \(beyond noise\), expected \+2\.0%\.\.\+6\.0% — out of range$/);
  });

  it('judges noise with the rule compare uses, and warns when a range is narrower than the run can check', () => {
    const f = parseImpactFixture('expect:\n  withdrawnByTimeout: { change: "-30%..+30%" }\n  completedNormally: { change: "0.0%..0.0%" }\n', 'f.yaml');
    const [wide, point] = checkImpacts(f, compareReport).results;
    expect(wide).toMatchObject({ ok: true, significant: timeout.significant, warning: null });
    const completed = compareReport.outcomes.find((o) => o.outcome === 'completedNormally')!;
    expect(point).toMatchObject({ ok: true, significant: completed.significant });
    expect(point!.message).toContain('(within noise)');
    expect(point!.warning).toMatch(/has no width.*widen the range/);
  });

  it('a relative impact is the difference over the baseline share', () => {
    const rel = timeout.difference.estimate / timeout.baseline.estimate;
    const f = parseImpactFixture(`expect:\n  withdrawnByTimeout: { relative: "${pp(rel - 0.01)}..${pp(rel + 0.01)}" }\n`, 'f.yaml');
    expect(checkImpacts(f, compareReport).ok).toBe(true);
    const none = parseImpactFixture('expect:\n  lapsed: { relative: "-1%..+1%" }\n', 'f.yaml');
    expect(checkImpacts(none, compareReport).results[0]).toMatchObject({ ok: false, observed: null });
  });
});

describe('updateImpactFixture', () => {
  it('rewrites the ranges from the current 95% intervals and keeps everything else', () => {
    const text = readFileSync(new URL('./window10.impact.yaml', import.meta.url), 'utf8');
    const f = parseImpactFixture(text, 'window10.impact.yaml');
    expect(checkImpacts(f, compareReport).ok).toBe(false);
    const updated = updateImpactFixture(text, checkImpacts(f, compareReport).results);
    expect(updated).toContain('# Checked by the report tests');
    expect(updated).toContain('variant: { responseWindowDays: 10 }');
    const again = checkImpacts(parseImpactFixture(updated, 'window10.impact.yaml'), compareReport);
    expect(again.ok).toBe(true);
    const range = again.results[0]!.expected;
    expect(range.low).toBeLessThanOrEqual(timeout.difference.low);
    expect(range.high).toBeGreaterThanOrEqual(timeout.difference.high);
    expect(range.high - range.low).toBeLessThan(timeout.difference.high - timeout.difference.low + 0.0021);
  });
});
