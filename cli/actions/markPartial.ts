import { escapeHtml } from '../../reports/render/html/escapeHtml.js';
import { stableStringify } from '../../reports/index.js';

/** Which of an interrupted command's units (replications, grid points, scenario files) are complete. */
export interface Completion {
  /** The unit, plural: `replications`, `grid points`, `scenario files`. */
  readonly unit: string;
  readonly total: number;
  /** The complete units' numbers (1-based, ascending): the report holds these only. */
  readonly complete: readonly number[];
}

/** A report's three renderings, marked as the work of an interrupted run. */
export interface MarkedReport {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

/** One line for people: `2 of 5 replications complete (1, 2); not run to the end: 3, 4, 5`. */
export function completionText(completions: readonly Completion[]): string {
  return completions
    .map((c) => {
      const rest = notComplete(c);
      return `${c.complete.length} of ${c.total} ${c.unit} complete${c.complete.length ? ` (${list(c.complete)})` : ''}${rest.length ? `; not run to the end: ${list(rest)}` : ''}`;
    })
    .join('; ');
}

/**
 * Marks a report written after SIGINT or SIGTERM: the JSON gets `"partial": true` and, per unit,
 * the complete and the incomplete numbers (`"interrupted"`); the Markdown and the HTML say the
 * same under their title. The report itself was built from the complete units only.
 */
export function markPartial(report: object, completions: readonly Completion[], rendered: { readonly markdown: string; readonly html: string }): MarkedReport {
  const text = `partial (interrupted): ${completionText(completions)}`;
  const interrupted = completions.map((c) => ({ unit: c.unit, total: c.total, complete: c.complete, notComplete: notComplete(c) }));
  const [title, ...rest] = rendered.markdown.split('\n');
  const banner = `<div class="verdict bad"><strong>${escapeHtml(text)}</strong>: this report holds the complete ones only.</div>`;
  const at = rendered.html.indexOf('</header>');
  return {
    json: stableStringify({ ...report, partial: true, interrupted }),
    markdown: [title, '', `**${text}**: this report holds the complete ones only.`, ...rest].join('\n'),
    html: at < 0 ? `${banner}${rendered.html}` : `${rendered.html.slice(0, at + 9)}${banner}${rendered.html.slice(at + 9)}`,
  };
}

function notComplete(c: Completion): number[] {
  const done = new Set(c.complete);
  return Array.from({ length: c.total }, (_, i) => i + 1).filter((n) => !done.has(n));
}

/** `1, 2, 3` — long runs as ranges (`1–40, 42`), so that 10,000 replications stay one line. */
function list(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${ns[i]}–${ns[j]}` : ns.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}
