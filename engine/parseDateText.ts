import { MS_PER_HOUR, MS_PER_MINUTE, isValidDate } from './civil.js';

/** The parts of a scenario date: a date, an optional wall-clock time, an optional offset. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ms since midnight; null when only a date was written (00:00, the first instant of the date). */
  readonly msOfDay: number | null;
  /** Offset from UTC in ms when one was written (`+09:00`, `Z`), else null (the policy's zone). */
  readonly offsetMs: number | null;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FORMAT = 'write YYYY-MM-DD, optionally followed by THH:MM[:SS[.mmm]] and an offset such as +09:00 or Z';

/**
 * Parses `2021-07-29`, `2021-07-29T10:00`, `…T10:00:05.250`, `…T10:00+09:00` or `…Z`.
 * Returns the parts, or what is wrong with the text (with how to fix it).
 */
export function parseDateText(text: string): DateParts | string {
  const m = DATE_TIME.exec(text);
  if (!m) return `"${text}" is not a date (${FORMAT})`;
  const [, y, mo, d, h, mi, s, ms, off] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12) return `impossible date ${text}: there is no month ${mo} (months run 01 to 12)`;
  if (!isValidDate(year, month, day)) {
    const last = new Array(31).fill(0).findLastIndex((_, i) => isValidDate(year, month, i + 1)) + 1;
    return `impossible date ${text}: ${MONTHS[month - 1]} ${year} has ${last} days`;
  }
  let msOfDay: number | null = null;
  if (h !== undefined) {
    const hour = Number(h), minute = Number(mi), second = s === undefined ? 0 : Number(s);
    if (hour > 23 || minute > 59 || second > 59) return `impossible time in ${text} (hours run 00-23, minutes and seconds 00-59)`;
    const milli = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
    msOfDay = hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + milli;
  }
  let offsetMs: number | null = null;
  if (off !== undefined && off !== 'Z') {
    const oh = Number(off.slice(1, 3)), om = Number(off.slice(4, 6));
    if (oh > 14 || om > 59) return `impossible offset ${off} in ${text} (offsets run from -14:00 to +14:00)`;
    offsetMs = (off[0] === '-' ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  } else if (off === 'Z') {
    offsetMs = 0;
  }
  return { year, month, day, msOfDay, offsetMs };
}
