import type { TransitionTable } from '../../model/TransitionTable.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import { count, percent } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { exampleAnchor } from '../../model/TransitionExample.js';

/**
 * The per-claim transition table as a heat map: rows are the outcome under the baseline,
 * columns under the variant; the darker a cell off the diagonal, the more claims moved that way.
 */
export function htmlTransitionTable(t: TransitionTable): string {
  const idx = t.outcomes.map((_, i) => i).filter((i) => t.counts[i]!.some((n) => n > 0) || t.counts.some((row) => row[i]! > 0));
  let maxMove = 0;
  for (const b of idx) for (const v of idx) if (b !== v) maxMove = Math.max(maxMove, t.counts[b]![v]!);
  // A cell with example claims links to them (htmlTransitionExamples), in the cell's own ink.
  const linked = new Set((t.examples ?? []).map((e) => exampleAnchor(e.from, e.to)));
  const text = (b: number, v: number, shown: string) => {
    const anchor = exampleAnchor(t.outcomes[b]!, t.outcomes[v]!);
    return linked.has(anchor) ? `<a href="#${anchor}" style="color:inherit">${shown}</a>` : shown;
  };
  const cell = (b: number, v: number) => {
    const n = t.counts[b]![v]!;
    const title = `${count(n)} claims: ${outcomeLabel(t.outcomes[b]!)} → ${outcomeLabel(t.outcomes[v]!)}`;
    if (b === v) return `<td class="num" style="background:#f3f4f6;color:#6b7280" title="${escapeHtml(title)}">${text(b, v, count(n))}</td>`;
    const a = n === 0 || maxMove === 0 ? 0 : 0.12 + 0.78 * (n / maxMove);
    const ink = a > 0.55 ? 'white' : '#111827';
    return `<td class="num" style="background:rgba(37,99,235,${a.toFixed(3)});color:${ink}" title="${escapeHtml(title)}">${n === 0 ? '·' : text(b, v, count(n))}</td>`;
  };
  const head = `<tr><th scope="col">baseline ↓ · variant →</th>${idx.map((v) => `<th scope="col" class="num">${escapeHtml(outcomeLabel(t.outcomes[v]!))}</th>`).join('')}</tr>`;
  const rows = idx.map((b) => `<tr><th scope="row">${escapeHtml(outcomeLabel(t.outcomes[b]!))}</th>${idx.map((v) => cell(b, v)).join('')}</tr>`);
  const caption = `${count(t.changed)} of ${count(t.claims)} claims (${percent(t.claims > 0 ? t.changed / t.claims : 0)}) ended differently; the grey diagonal is claims that ended the same way.`;
  return `<div class="table"><table class="heat"><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}
