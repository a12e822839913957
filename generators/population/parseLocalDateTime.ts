import { MS_PER_HOUR, MS_PER_MINUTE, daysFromCivil, isValidDate } from '../../engine/index.js';
import type { LocalDateTime } from './Population.js';

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * `2024-04-01`, `2024-04-01T09:00`, `…T09:00:30.250`, optionally with `Z` or `+09:00`: the
 * scenario language's date-times (a date alone is 00:00). Null when it is not one, or names
 * an impossible date, time or offset.
 */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = FORM.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  const h = Number(m[4] ?? 0), mi = Number(m[5] ?? 0), s = Number(m[6] ?? 0), ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (h > 23 || mi > 59 || s > 59) return null;
  let offsetMs: number | null = null;
  if (m[8] === 'Z') offsetMs = 0;
  else if (m[8]) {
    // Offsets run from -14:00 to +14:00, as in scenarios: +99:99 is no offset at all.
    if (Number(m[8].slice(1, 3)) > 14 || Number(m[8].slice(4, 6)) > 59) return null;
    const sign = m[8][0] === '-' ? -1 : 1;
    offsetMs = sign * (Number(m[8].slice(1, 3)) * MS_PER_HOUR + Number(m[8].slice(4, 6)) * MS_PER_MINUTE);
  }
  return { text, day: daysFromCivil(year, month, day), msOfDay: h * MS_PER_HOUR + mi * MS_PER_MINUTE + s * 1000 + ms, offsetMs };
}
