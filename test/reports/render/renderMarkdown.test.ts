import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../reports/render/markdown/renderMarkdown.js';
import { compareReport, scenarioReport, simulationReport, suiteReport, sweepReport } from '../fixtures/reports.js';

describe('renderMarkdown', () => {
  it('a comparison: one row per outcome with baseline, variant, difference and significance', () => {
    const md = renderMarkdown(compareReport);
    expect(md).toContain('# Policy comparison — answer window: 7 → 10 days');
    expect(md).toContain('Policy keys: responseWindowDays 7 → 10.');
    const timeout = compareReport.outcomes.find((o) => o.outcome === 'withdrawnByTimeout')!;
    const row = md.split('\n').find((l) => l.startsWith('| auto-withdrawn, no answer |'))!;
    expect(row).toContain(`${(timeout.difference.estimate * 100).toFixed(2)} pp [`);
    // Fewer silent withdrawals: significant, and neither good nor bad news for the seller (docs/reports.md).
    expect(row).toMatch(/\| yes \| yes \(p [<=] [\d.]+\) \| neither good nor bad \|/);
    expect(row.endsWith(` ${(timeout.detectable * 100).toFixed(2)} pp |`)).toBe(true);
    expect(md).toMatch(/With 3,000 claims \(120 seller clusters\), this run finds a true difference of about \d+\.\d\d pp or more 4 times in 5/);
    expect(md).toContain('- **Good news for the seller**: “withdrawn, buyer accepted” rises by');
    expect(md).toContain('## Per-claim transitions');
    expect(md).toMatch(/went from “auto-withdrawn, no answer” to “withdrawn, buyer accepted”/);
  });

  it('a scenario run lists each mismatch with its file and step, and the rules never exercised', () => {
    const md = renderMarkdown(scenarioReport);
    expect(md).toContain('1 failed, 0 not valid, 2 passed (of 3).');
    expect(md).toContain('| library/<odd>.yaml | Escaping & quoting | failed | 3 | claims.C1.status: expected withdrawn, got <return_requested> |');
    expect(md).toMatch(/This suite never exercises R3, .*R15/);
  });

  it('a simulation names its invariant violations with their regression scenarios', () => {
    const md = renderMarkdown(simulationReport);
    expect(md).toContain('**3 violations**: I3 3.');
    expect(md).toContain('[regressions/I3-C7.yaml](regressions/I3-C7.yaml)');
  });

  it('a sweep says which knob moves which outcome', () => {
    expect(renderMarkdown(sweepReport)).toMatch(/\*\*responseWindowDays\*\* moves \d outcome\(s\)/);
  });

  it('the suite report holds both runs', () => {
    const md = renderMarkdown(suiteReport);
    expect(md).toContain('## Scenarios');
    expect(md).toContain('## Simulation: fixture.yaml');
  });
});
