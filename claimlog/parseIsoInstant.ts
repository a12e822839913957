import { type Day, daysFromCivil, isValidDate } from '../engine/civil.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** An ISO 8601 instant with an offset as epoch milliseconds, or null when it is not a real one (month 13, 24:61, offset over 18 h). */
export function parseIsoInstant(text: string): number | null {
  const m = INSTANT.exec(text);
  if (m === null) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (!isValidDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 18 || om > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return daysFromCivil(year!, month!, day!) * 86_400_000 + ((hour! * 60 + minute!) * 60 + second) * 1000 + ms - offset;
}

/** A `YYYY-MM-DD` date as the engine's day number, or null when it is not a real date. */
export function parseIsoDate(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}
