import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../engine/index.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: MS_PER_MINUTE, h: MS_PER_HOUR, d: MS_PER_DAY };
const WHOLE = /^(?:\s*\d+(?:\.\d+)?\s*(?:ms|s|m|h|d))+\s*$/;
const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g;

/** A duration such as `36h`, `2d`, `1d12h`, `90m`, `500ms`, in ms (rounded); null when unreadable. */
export function parseDuration(text: string): number | null {
  if (!WHOLE.test(text)) return null;
  let ms = 0;
  for (const m of text.matchAll(PART)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Math.round(ms);
}
