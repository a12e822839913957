import { describe, expect, it } from 'vitest';
import { HTML_ROWS, auditHtml } from '../../../reports/audit/auditHtml.js';
import { auditExample, manyViolations } from './auditReports.js';

describe('audit.html', () => {
  it('is one self-contained page: the counts, the weekly rate (chart and table), violations by rule, the violating claims', async () => {
    const r = await auditExample(['missing-auto-withdrawal.ndjson']);
    const html = await auditHtml(r);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:\/\/(?!www\.w3\.org)/i);
    expect(html.match(/data-chart="[^"]+"/g)).toEqual(['data-chart="conformance-by-week"', 'data-chart="violations-by-rule"']);
    for (const id of ['summary', 'weeks', 'rules', 'lags', 'violating']) expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('<td>2024-W31</td>');
    expect(html).toContain('<td>C-1001</td><td>R10</td><td>examples/logs/missing-auto-withdrawal.ndjson:7</td>');
    expect(await auditHtml(r)).toBe(html);
  });

  it('lists the timer records that used the tolerance, the latest first, with claim and line', async () => {
    const r = await auditExample(['late-batch.ndjson'], 15 * 60_000);
    expect(r.slowestTimers.length).toBeGreaterThan(0);
    const lags = r.slowestTimers.map((l) => l.lagMs);
    expect(lags).toEqual([...lags].sort((a, b) => b - a));
    const html = await auditHtml(r);
    const first = r.slowestTimers[0]!;
    expect(html).toContain(`<td>${first.claim}</td><td>${first.type}</td><td>${first.file}:${first.line}</td>`);
  });

  it('caps the violating claims table and escapes what the log wrote', async () => {
    const r = manyViolations(await auditExample(['missing-auto-withdrawal.ndjson']), HTML_ROWS + 3);
    const html = await auditHtml(r);
    expect(html).not.toContain(`<&"'>`);
    expect(html).toContain('The first 200 violations shown');
  });
});
