import { type Calendar, type Day, type Instant, calendarFor, daysFromCivil, isValidDate } from '../../../engine/index.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?$/;

/** Instants from local wall times in one zone: what the manual's dates mean in tests. */
export interface LocalTime {
  readonly calendar: Calendar;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.mmm]]` local wall time → instant (gaps move forward). */
  at(text: string): Instant;
  /** The day number of a `YYYY-MM-DD` date. */
  day(date: string): Day;
  /** 00:00 of the date: its first instant (the first that exists on a skipped midnight). */
  midnight(date: string): Instant;
  /** 23:59:59.999 of the date: its last instant. */
  endOf(date: string): Instant;
  /** `YYYY-MM-DDTHH:MM:SS.mmm` local wall time of an instant. */
  show(t: Instant): string;
}

function parse(text: string): { day: Day; ms: number } {
  const m = LOCAL.exec(text);
  if (!m) throw new Error(`not a local time: "${text}" (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]])`);
  const [y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = m.slice(1).map((x) => x ?? undefined);
  if (!isValidDate(Number(y), Number(mo), Number(d))) throw new Error(`not a date: "${text}"`);
  return {
    day: daysFromCivil(Number(y), Number(mo), Number(d)),
    ms: ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 + Number(ms),
  };
}

/** Local-time helpers for a zone (default: the policy default, Asia/Tokyo). */
export function localTime(zone = 'Asia/Tokyo'): LocalTime {
  const calendar = calendarFor(zone);
  return {
    calendar,
    at: (text) => {
      const { day, ms } = parse(text);
      return calendar.atWallTime(day, ms);
    },
    day: (date) => parse(date).day,
    midnight: (date) => calendar.startOfDay(parse(date).day),
    endOf: (date) => calendar.startOfDay(parse(date).day + 1) - 1,
    show: (t) => calendar.formatLocal(t),
  };
}

/** Tokyo, the policy's default zone. */
export const tokyo = localTime('Asia/Tokyo');
