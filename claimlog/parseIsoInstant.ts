import { type Day, daysFromCivil, isValidDate } from '../engine/civil.js';

/** The digit at `i` of `s` (0–9), or -1 when it is not an ASCII digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** The `n`-digit number at `i` of `s`, or -1 when one of its characters is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = digit(s, i + k);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * An ISO 8601 instant with an offset as epoch milliseconds, or null when it is not a real one (month 13, 24:61, offset over 18 h).
 * Read by hand, character by character: the form is `YYYY-MM-DDTHH:MM[:SS[.f{1,3}]](Z|±HH:MM)`, the same as `ISO_INSTANT`.
 */
export function parseIsoInstant(text: string): number | null {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return null;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, i + 1, 2);
    if (second < 0) return null;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      i++;
      let k = 0;
      let scale = 100;
      for (; k < 3 && digit(text, i + k) >= 0; k++, scale /= 10) ms += digit(text, i + k) * scale;
      if (k === 0) return null;
      i += k;
    }
  }
  let offset = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90) {
    if (i + 1 !== n) return null;
  } else if (sign === 43 || sign === 45) {
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58) return null;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || om < 0 || oh > 18 || om > 59) return null;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const days = dayNumber(year, month, day);
  if (days === null) return null;
  return days * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
}

/** Day numbers of the dates read so far (a log's records fall on few dates): `YYYYMMDD` → day, NaN for no real date. */
const DAYS = new Map<number, number>();
const DAYS_KEPT = 4096;

/** The engine's day number of a date, or null when it is not a real one; looked up once per date. */
function dayNumber(year: number, month: number, day: number): Day | null {
  const key = (year * 100 + month) * 100 + day;
  let d = DAYS.get(key);
  if (d === undefined) {
    d = isValidDate(year, month, day) ? daysFromCivil(year, month, day) : Number.NaN;
    if (DAYS.size >= DAYS_KEPT) DAYS.clear();
    DAYS.set(key, d);
  }
  return Number.isNaN(d) ? null : d;
}

/** A `YYYY-MM-DD` date as the engine's day number, or null when it is not a real date. */
export function parseIsoDate(text: string): Day | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const [y, mo, d] = [digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)];
  if (y < 0 || mo < 0 || d < 0) return null;
  return isValidDate(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}
