/** 1-based line and column of an offset in a text (1:1 when the offset is not in it). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (offset < 0 || offset > text.length) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The offset of the first character where two texts differ (the shorter one's length if one starts the other). */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The offset of the value at `path` in JSON text written two-space indented (as summary.json is),
 * found by looking for each key after the previous one; the nearest found ancestor, or 0.
 */
export function jsonOffsetOf(text: string, path: readonly PropertyKey[]): number {
  let at = 0;
  for (const seg of path) {
    if (typeof seg !== 'string') continue;
    const next = text.indexOf(`${JSON.stringify(seg)}:`, at);
    if (next < 0) break;
    at = next;
  }
  return at;
}

/** The offset JSON.parse names in its message ("… at position 12"), or 0. */
export function jsonErrorOffset(message: string): number {
  const m = /at position (\d+)/.exec(message);
  return m ? Number(m[1]) : 0;
}
