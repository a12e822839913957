/** A GitHub-flavoured Markdown table; `right` marks the columns to right-align (numbers). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}
