/**
 * Where each element of the top-level `"events"` array of a JSON document starts (a source
 * offset each, in order), found by one pass over the text that steps over strings; the document
 * is taken to be valid JSON (it is parsed as well). Empty when there is no such array.
 */
export function eventOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let lastKey: string | null = null;
  let inEvents = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (inEvents && depth === 2 && isElementStart(text, i)) starts.push(i);
      else if (depth === 1) lastKey = text.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && lastKey === 'events') inEvents = true;
      else if (inEvents && depth === 2) starts.push(i);
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) inEvents = false;
    } else if (inEvents && depth === 2 && /[-0-9tfn]/.test(c) && isElementStart(text, i)) {
      starts.push(i);
    }
  }
  return starts;
}

/** The offset of the closing quote of the string that opens at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j;
}

/** True when the value at `i` follows `[` or `,` (an array element), not a key. */
function isElementStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  return text[j] === '[' || text[j] === ',';
}
