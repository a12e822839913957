import { calendarFor } from '../../../engine/index.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import { escapeHtml } from './escapeHtml.js';
import type { FinalOutcome } from '../../../engine/finalOutcomes.js';
import type { TransitionTable } from '../../model/TransitionTable.js';
import { count } from '../format.js';
import { TIMELINE_CSS, htmlTimeline } from './htmlTimeline.js';
import { type TransitionExample, exampleAnchor } from '../../model/TransitionExample.js';
import { wallTime } from '../../explain/wallTime.js';

/**
 * The transition table's example claims, one folded section per cell (<details>, no script; the
 * table's links point inside it, and following one opens it): each claim's baseline and variant
 * timelines side by side, the first point where they part marked.
 */
export function htmlTransitionExamples(examples: readonly TransitionExample[], table?: Pick<TransitionTable, 'outcomes' | 'counts'>): string {
  if (examples.length === 0) return '';
  const cells = new Map<string, TransitionExample[]>();
  for (const e of examples) cells.set(exampleAnchor(e.from, e.to), [...(cells.get(exampleAnchor(e.from, e.to)) ?? []), e]);
  // The cells whose claims ended differently first, the biggest moves first: they are what the comparison is about.
  const claims = (from: FinalOutcome, to: FinalOutcome) => (table ? (table.counts[table.outcomes.indexOf(from)]?.[table.outcomes.indexOf(to)] ?? 0) : 0);
  const same = (list: readonly TransitionExample[]) => Number(list[0]!.from === list[0]!.to);
  const ordered = [...cells].sort(([, a], [, b]) => same(a) - same(b) || claims(b[0]!.from, b[0]!.to) - claims(a[0]!.from, a[0]!.to));
  const sections = ordered.map(([anchor, list]) => {
    const from = list[0]!.from;
    const to = list[0]!.to;
    const head = `${outcomeLabel(from)} → ${outcomeLabel(to)}`;
    const n = claims(from, to);
    const what = `${from === to ? 'ended the same' : 'ended differently'}${table ? ` (${count(n)} claim${n === 1 ? '' : 's'} in this cell)` : ''}`;
    const summary = `<summary><strong>${escapeHtml(head)}</strong> <span class="count">${list.length} example claim${list.length === 1 ? '' : 's'} (${escapeHtml(list.map((e) => e.claim).join(', '))}), ${what}</span></summary>`;
    return `<details class="examples${from === to ? ' same' : ''}">${summary}\n<div id="${anchor}" class="examples-body">\n${list.map(exampleHtml).join('\n')}</div></details>`;
  });
  return [
    TIMELINE_CSS,
    '<h3>Example claims of each cell</h3>',
    '<p>The first claims of each cell (replications in order, then claim index), each re-run alone from its seed under both policies. Each cell is folded: open it here, or follow a number in the table above. The highlighted row is the first point where the two timelines part.</p>',
    ...sections,
  ].join('\n');
}

function exampleHtml(e: TransitionExample): string {
  const at = e.partsAt === null ? null : (e.baseline.entries[e.partsAt] ?? e.variant.entries[e.partsAt]);
  const parting = at === undefined || at === null ? 'the two timelines never part' : `they part at ${wallTime(at.at, calendarFor(e.baseline.zone))}`;
  return [
    `<div class="example"><p><strong>${escapeHtml(e.claim)}</strong>, seed ${e.seed}: ${escapeHtml(parting)}.</p>`,
    '<div class="timeline-pair">',
    htmlTimeline(e.baseline, `baseline: ${e.claim}`, e.partsAt),
    htmlTimeline(e.variant, `variant: ${e.claim}`, e.partsAt),
    '</div></div>',
  ].join('\n');
}
