import { describe, expect, it } from 'vitest';
import type { CompareReport, OutcomeComparison } from '../../../reports/model/CompareReport.js';
import { renderHtml } from '../../../reports/render/html/renderHtml.js';
import { renderMarkdown } from '../../../reports/render/markdown/renderMarkdown.js';
import { compareReport } from '../fixtures/reports.js';

/** The report as a reader sees it: tags gone, entities read. */
function text(html: string): string {
  return html
    .replace(/<style>[^]*?<\/style>/g, ' ')
    .replace(/<svg[^]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

/**
 * Every sentence that puts a floor under what is significant ("differences under about X pp
 * cannot be told from noise"), with its X as a share of 1: a floor is only true when no
 * significant row lies below it.
 */
function floors(s: string): number[] {
  return [...s.matchAll(/(?:under|below|smaller than) (?:about )?(\d+\.\d+) pp[^.]*?(?:noise|cannot|not (?:be )?significant)/g)].map((m) => Number(m[1]) / 100);
}

/** The fixture's report with one small significant row below the run's detectable effect. */
function withSmallSignificantRow(): CompareReport {
  const small: OutcomeComparison = {
    ...compareReport.outcomes.find((o) => o.outcome === 'onHoldAtEnd')!,
    difference: { estimate: 0.0002, low: 0.0001, high: 0.0003, method: 'cluster' },
    significant: true,
    detectable: 0.0001,
  };
  return { ...compareReport, detectable: 0.0007, outcomes: compareReport.outcomes.map((o) => (o.outcome === 'onHoldAtEnd' ? small : o)) };
}

describe('“detectable” and “significant” tell one story', () => {
  it('a report whose significant +0.02 pp lies under the run’s 0.07 pp detectable effect says nothing that contradicts it', async () => {
    const r = withSmallSignificantRow();
    const md = renderMarkdown(r);
    const html = text((await renderHtml(r)).html);
    expect(md).toContain('| +0.02 pp [+0.01, +0.03] | yes |');
    for (const s of [md, html]) {
      const smallest = Math.min(...r.outcomes.filter((o) => o.significant).map((o) => Math.abs(o.difference.estimate)));
      for (const floor of floors(s)) expect(floor, `a sentence says differences under ${floor * 100} pp cannot be significant`).toBeLessThanOrEqual(smallest);
      // Instead: what the run finds 4 times in 5, and that a smaller difference can still be significant.
      expect(s).toContain('this run finds a true difference of about 0.07 pp or more 4 times in 5');
      expect(s).toContain('A smaller difference can still come out significant');
    }
  });

  it('the check would see the old sentence', () => {
    const found = floors('With 3,000 claims, differences under about 0.07 pp cannot be told from noise (80% power).');
    expect(found).toHaveLength(1);
    expect(found[0]).toBeCloseTo(0.0007, 12);
  });

  it('the HTML defines “detectable” and “significant” where the table shows them, as the Markdown does', async () => {
    const html = text((await renderHtml(compareReport)).html);
    const md = renderMarkdown(compareReport);
    expect(html).toContain('“detectable” is the smallest true difference this run would find significant 4 times in 5 (80% power at the 5% level)');
    expect(md).toContain('4 times in 5 (80% power at the 5% level; each outcome’s own size is in the “detectable” column)');
    for (const s of [html, md]) expect(s).toContain('“significant”: the 95% interval of the difference');
  });
});
