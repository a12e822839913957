import { calendarFor } from '../../../engine/index.js';
import { escapeHtml } from './escapeHtml.js';
import type { ClaimTimeline } from '../../model/ClaimTimeline.js';
import { describeEntry } from '../../explain/describeEntry.js';
import { wallTime } from '../../explain/wallTime.js';

/**
 * A claim's timeline as a table: when (the policy's zone, with offset), the command, what the
 * rules decided and which rules. Entry `partAt` (the first point two timelines part) is marked.
 */
export function htmlTimeline(t: ClaimTimeline, caption: string, partAt: number | null = null): string {
  const cal = calendarFor(t.zone);
  const rows: string[] = [];
  t.entries.forEach((e, i) => {
    if (i >= MAX_ROWS && i !== partAt) {
      if (i === MAX_ROWS || i === (partAt ?? -1) + 1) rows.push(`<tr><td></td><td colspan="3">… ${skipped(t.entries.length, i, partAt)} more not shown</td></tr>`);
      return;
    }
    const d = describeEntry(e, cal);
    const parts = i === partAt;
    const results = d.results.map((r) => `<div${d.refused ? ' class="refused"' : ''}>${escapeHtml(d.refused ? `✗ ${r}` : r)}</div>`).join('');
    rows.push(`<tr${parts ? ' class="parting" title="the first point where the two timelines part"' : ''}><td class="num">${whenHtml(d.when)}</td><td>${parts ? '<strong>◆ parts here</strong><br>' : ''}${escapeHtml(d.what)}</td><td>${results}</td><td>${escapeHtml(d.rules)}</td></tr>`);
  });
  if (partAt !== null && partAt >= t.entries.length) rows.push('<tr class="parting"><td></td><td colspan="3"><strong>◆ parts here</strong>: this timeline ends</td></tr>');
  const end = t.end === null ? `${t.claim} was never opened` : `At ${wallTime(t.end.at, cal)}: ${t.end.status}, withdrawal ${t.end.withdrawal}, outcome ${t.end.outcome ?? 'none'}.`;
  return [
    '<div class="table timeline"><table>',
    `<caption>${escapeHtml(caption)} · times in ${escapeHtml(t.zone)}</caption>`,
    '<thead><tr><th scope="col">when</th><th scope="col">command</th><th scope="col">decided</th><th scope="col">rules</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    `<p class="end">${escapeHtml(end)}</p></div>`,
  ].join('\n');
}

/** The wall time, its day apart from its time, so a narrow column breaks between them and nowhere else. */
function whenHtml(when: string): string {
  const space = when.indexOf(' ');
  if (space < 0) return escapeHtml(when);
  return `<span class="day">${escapeHtml(when.slice(0, space))}</span> <span class="time">${escapeHtml(when.slice(space + 1))}</span>`;
}

/** Rows shown at most per timeline (and the parting row): a claim with many memos keeps the page's size bounded. */
export const MAX_ROWS = 50;

/** How many entries from i on are left out (up to the parting row, or to the end). */
function skipped(total: number, i: number, partAt: number | null): number {
  return (partAt !== null && partAt > i ? partAt : total) - i;
}

/** The style the timelines add to the report's page (self-contained: inline, no script). */
export const TIMELINE_CSS = [
  '<style>',
  'div.timeline-pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }',
  'tr.parting td { background: #fef3c7; } div.refused { color: #b91c1c; } div.timeline td.num { white-space: nowrap; }',
  'p.end { font-size: 13px; color: #6b7280; margin: 0 0 12px; }',
  // Two timelines in half a page each: fixed columns that wrap, so "decided" is never cut off behind a scrollbar.
  'div.timeline-pair div.table { overflow-x: visible; }',
  'div.timeline-pair table { table-layout: fixed; width: 100%; font-size: 13px; }',
  'div.timeline-pair th:nth-child(1) { width: 20%; } div.timeline-pair th:nth-child(2) { width: 28%; } div.timeline-pair th:nth-child(3) { width: 40%; } div.timeline-pair th:nth-child(4) { width: 12%; }',
  'div.timeline-pair td { overflow-wrap: break-word; padding: 4px 6px; } div.timeline-pair td.num { white-space: normal; text-align: left; }',
  'div.timeline-pair .time { display: block; color: #6b7280; }',
  'details.examples > summary { padding: 4px 0; } details.examples[open] > summary { margin-bottom: 8px; border-bottom: 1px solid #e5e7eb; }',
  'details.examples .count { color: #6b7280; font-size: 13px; } details.examples.same > summary strong { font-weight: 500; }',
  '</style>',
].join('');
