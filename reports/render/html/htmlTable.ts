import { escapeHtml } from './escapeHtml.js';
import { type Html, toHtml } from './Html.js';

export interface TableOptions {
  /** Columns holding numbers (right-aligned, tabular figures). */
  readonly numeric?: readonly number[];
  readonly className?: string;
  readonly caption?: string;
}

/** An HTML table; text cells are escaped, `Html` cells are inserted as they are. */
export function htmlTable(header: readonly (string | Html)[], rows: readonly (readonly (string | Html)[])[], o: TableOptions = {}): string {
  const num = new Set(o.numeric ?? []);
  const cls = (i: number) => (num.has(i) ? ' class="num"' : '');
  const head = `<thead><tr>${header.map((h, i) => `<th scope="col"${cls(i)}>${toHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${toHtml(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>`;
  const caption = o.caption ? `<caption>${escapeHtml(o.caption)}</caption>` : '';
  return `<div class="table"><table${o.className ? ` class="${escapeHtml(o.className)}"` : ''}>${caption}${head}\n${body}</table></div>`;
}
