import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../reports/render/html/renderHtml.js';
import { renderJson } from '../../../reports/render/renderJson.js';
import { compareReport, scenarioReport, suiteReport, sweepReport } from '../fixtures/reports.js';

/** Every URL the page would fetch: src/href attributes and CSS url(...) (the SVG namespace declarations are not fetched). */
function fetchedUrls(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
  return [...attrs, ...css].filter((u) => /^(?:https?:)?\/\//.test(u));
}

describe('renderHtml', () => {
  it('the suite report is one self-contained page: no script, no external resource', async () => {
    const { html, charts } = await renderHtml(suiteReport);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link\b|@import/i);
    expect(fetchedUrls(html)).toEqual([]);
    // outcome shares, time to resolution, re-requests
    expect(charts).toBe(3);
    expect(html.match(/<svg\b/g)).toHaveLength(3);
  });

  it('puts the summary first and escapes what files and messages say', async () => {
    const { html } = await renderHtml(suiteReport);
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="scenarios"'));
    expect(html).toContain('<code>library/&lt;odd&gt;.yaml</code>');
    expect(html).toContain('got &lt;return_requested&gt;');
    expect(html).not.toContain('<odd>');
    expect(html).toContain('<a href="regressions/I3-C7.yaml">');
  });

  it('a comparison draws the two policies side by side and the transition table as a heat map', async () => {
    const { html, charts } = await renderHtml(compareReport);
    expect(charts).toBe(4);
    expect(html).toContain('data-chart="compare-shares"');
    expect(html).toContain('data-chart="compare-difference"');
    expect(html).toMatch(/<table class="heat">/);
    expect(html).toMatch(/background:rgba\(37,99,235,0\.900\)/); // the biggest move is the darkest cell
  });

  it('a sweep draws one chart per parameter', async () => {
    const { charts, html } = await renderHtml(sweepReport);
    expect(charts).toBe(1);
    expect(html).toContain('data-chart="sweep-responseWindowDays"');
  });

  it('is deterministic: the same report gives the same bytes', async () => {
    const a = await renderHtml(compareReport);
    const b = await renderHtml(compareReport);
    expect(a.html).toBe(b.html);
    expect(renderJson(scenarioReport)).toBe(renderJson(scenarioReport));
  });
});
