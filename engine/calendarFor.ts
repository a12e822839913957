import { Calendar } from './Calendar.js';

const calendars = new Map<string, Calendar>();

/** The shared Calendar of a zone (its day-boundary cache is reused across runs). */
export function calendarFor(timeZone: string): Calendar {
  let c = calendars.get(timeZone);
  if (!c) {
    c = new Calendar(timeZone);
    calendars.set(timeZone, c);
  }
  return c;
}
