import { escapeHtml } from './escapeHtml.js';
import { keepDatesWhole } from './htmlCards.js';
import type { ReportNotice } from '../ReportNotice.js';

// Inline, system fonts only: the page opens offline with no request of any kind.
const CSS = `
:root { color-scheme: light; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --ok: #15803d; --bad: #b91c1c; --warn: #b45309; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f9fafb; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 64px; }
header { border-bottom: 1px solid var(--line); margin-bottom: 20px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 8px; }
p.lead { color: var(--muted); margin: 0 0 16px; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; font-size: 14px; }
.verdict { padding: 14px 18px; border-radius: 10px; margin: 16px 0; font-size: 17px; border: 1px solid; }
.verdict.ok { background: #f0fdf4; border-color: #bbf7d0; }
.verdict.bad { background: #fef2f2; border-color: #fecaca; }
.verdict.info { background: #eff6ff; border-color: #bfdbfe; }
.verdict.warn { background: #fffbeb; border-color: #fde68a; }
.verdict p { margin: 0 0 6px; }
.verdict ul { margin: 0; padding-left: 20px; }
.verdict li { margin: 4px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: white; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card.wide { grid-column: span 2; }
.card .value.small { font-size: 17px; overflow-wrap: break-word; hyphens: manual; text-wrap: balance; }
.card .label { color: var(--muted); font-size: 13px; }
div.table { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; background: white; margin: 8px 0 16px; font-size: 14px; border: 1px solid var(--line); }
caption { text-align: left; color: var(--muted); padding: 4px 0; font-size: 13px; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fcfcfd; }
.pill { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.pill.passed, .pill.yes-ok { background: #dcfce7; color: var(--ok); }
.pill.failed, .pill.error { background: #fee2e2; color: var(--bad); }
.pill.significant { background: #e0e7ff; color: #3730a3; }
.pill.news-good { background: #dcfce7; color: var(--ok); }
.pill.news-bad { background: #ffedd5; color: #c2410c; }
.pill.news-neutral { background: #dbeafe; color: #1d4ed8; }
p.note { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
.pill.noise { background: #f3f4f6; color: var(--muted); }
.never { color: var(--bad); font-weight: 600; }
figure.chart { background: white; border: 1px solid var(--line); border-radius: 10px; padding: 12px; margin: 12px 0; overflow-x: auto; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 12px; }
details { background: white; border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; margin: 6px 0; }
details summary { cursor: pointer; }
details.failed, details.error { border-color: #fecaca; }
ul.failures { margin: 6px 0; padding-left: 20px; }
.nowrap { white-space: nowrap; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 4px; border-radius: 4px; }
table.outcomes td:first-child { white-space: nowrap; }
table.grid thead th { white-space: normal; max-width: 130px; vertical-align: bottom; font-size: 13px; }
td .ci { color: var(--muted); font-size: 12px; }
table.heat td.num { min-width: 64px; }
table.heat th[scope=row] { white-space: nowrap; }
table.heat thead th { font-size: 12px; max-width: 120px; white-space: normal; vertical-align: bottom; }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; }
`;

/**
 * The one self-contained HTML document: inline CSS and inline SVG, no script, no external
 * resource; a notice (an interrupted run's) is a banner right under the header.
 */
export function htmlPage(title: string, lead: string, nav: readonly { id: string; label: string }[], body: string, notice?: ReportNotice): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body><main>',
    `<header><h1>${keepDatesWhole(title)}</h1><p class="lead">${escapeHtml(lead)}</p>`,
    nav.length > 0 ? `<nav>${nav.map((n) => `<a href="#${escapeHtml(n.id)}">${escapeHtml(n.label)}</a>`).join('')}</nav>` : '',
    `</header>${notice ? `<div class="verdict bad"><strong>${escapeHtml(notice.headline)}</strong>: ${escapeHtml(notice.detail)}</div>` : ''}`,
    body,
    '<footer>Rules R1–R21 and invariants I1–I11: docs/rules.md. Shares are of all claims in the run; 95% intervals.</footer>',
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
