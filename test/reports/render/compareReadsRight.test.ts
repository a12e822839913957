import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import { buildCompareReport } from '../../../reports/model/buildCompareReport.js';
import { armChangesText } from '../../../reports/render/armChangesText.js';
import { renderHtml } from '../../../reports/render/html/renderHtml.js';
import { renderMarkdown } from '../../../reports/render/markdown/renderMarkdown.js';
import { parameterChangeText } from '../../../reports/model/parameterText.js';
import { comparePairs } from '../fixtures/comparePairs.js';
import { compareReport } from '../fixtures/reports.js';

const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

describe('a comparison names its parameters for people', () => {
  it('labels a parameter and its values instead of the raw key', () => {
    expect(parameterChangeText('reminderDaysBeforeDeadline', null, 2)).toBe('reminder before the deadline: none → 2 days');
    expect(parameterChangeText('responseWindowDays', 7, 10)).toBe('answer window: 7 → 10 days');
    expect(parameterChangeText('maxReRequests', null, 1)).toBe('re-requests allowed: unlimited → 1');
    expect(parameterChangeText('autoWithdrawOnTimeout', true, false)).toBe('withdraw when the buyer is silent: yes → no');
  });

  it('the page title and its Markdown heading read “reminder before the deadline: none → 2 days”', async () => {
    const r = buildCompareReport(comparePairs(2, 1000, 5, makePolicy({ reminderDaysBeforeDeadline: 2 })));
    expect(h1((await renderHtml(r)).html)).toBe('Policy comparison — reminder before the deadline: none → 2 days');
    const md = renderMarkdown(r);
    expect(md).toContain('# Policy comparison — reminder before the deadline: none → 2 days');
    // The raw key stays findable, on its own line.
    expect(md).toContain('Policy keys: reminderDaysBeforeDeadline null → 2.');
  });

  it('a dated change reads as a before/after split at its instant, not as the list it is stored as', async () => {
    const dated = makePolicy({ inFlightDeadlines: 'retime', changes: [{ at: '2024-04-15', set: { responseWindowDays: 10 } }] });
    const r = buildCompareReport(comparePairs(2, 1000, 5, dated));
    expect(armChangesText(r)).toBe('from 2024-04-15: answer window 7 → 10 days; requests open at a change: keep their deadline → re-timed');
    const { html } = await renderHtml(r);
    // The date never breaks at its hyphens.
    expect(/<h1>(.*?)<\/h1>/.exec(html)?.[1]).toBe('Policy comparison — from <span class="nowrap">2024-04-15</span>: answer window 7 → 10 days; requests open at a change: keep their deadline → re-timed');
    expect(html).not.toContain('[{at');
    expect(html).toContain('(inFlightDeadlines — → retime, changes none → 1 dated)');
  });

  it('the card holding the change breaks between words only', async () => {
    const { html } = await renderHtml(compareReport);
    expect(html).not.toContain('overflow-wrap: anywhere');
    expect(html).toMatch(/<div class="card wide"><div class="value small">answer window: 7 → 10 days<\/div>/);
  });
});

describe('a comparison says good or bad news for the seller, not alarm', () => {
  it('colours each significant row by what it means for the seller; the verdict is not red', async () => {
    const { html } = await renderHtml(compareReport);
    const row = (label: string) => html.split('<tr>').find((t) => t.startsWith(`<td>${label}</td>`) || t.startsWith(`<td>${label} (primary)</td>`))!;
    // The fixture's variant turns silent withdrawals into acceptances.
    expect(row('withdrawn, buyer accepted')).toContain('<span class="pill news-good">good news</span>');
    expect(row('auto-withdrawn, no answer')).toContain('<span class="pill news-neutral">neither good nor bad</span>');
    expect(row('completed, no withdrawal')).toContain('<span class="pill noise">—</span>');
    expect(html).not.toContain('verdict bad');
    expect(html).toMatch(/<div class="verdict info"><p>Under the variant, beyond noise:<\/p><ul><li><span class="pill news-good">Good news for the seller<\/span> “withdrawn, buyer accepted” rises by/);
    // A significant mark alone is not alarm red.
    expect(/\.pill\.significant \{[^}]*\}/.exec(html)?.[0]).not.toContain('var(--bad)');
  });

  it('a fall of a bad outcome is good news, a rise is bad news', async () => {
    // Swap the arms: acceptances now fall, which is bad news for the seller.
    const swapped = buildCompareReport(comparePairs(3).map((p) => ({ baseline: p.variant, variant: p.baseline, baselineOutcomes: p.variantOutcomes, variantOutcomes: p.baselineOutcomes, sellers: p.sellers })));
    const md = renderMarkdown(swapped);
    expect(md.split('\n').find((l) => l.startsWith('| withdrawn, buyer accepted (primary) |'))).toContain('| yes | primary | bad news |');
    expect(md).toContain('- **Bad news for the seller**: “withdrawn, buyer accepted” falls by');
  });
});
