import { isAcceptedZone } from './zoneName.js';
import { type Day, MS_PER_DAY, civilFromDays, daysFromCivil, formatDay } from './civil.js';

/** Epoch milliseconds: the only representation of an instant in the engine. */
export type Instant = number;

/**
 * Calendar dates in one IANA time zone.
 *
 * Day boundaries are computed with Intl once per date and cached, so the hot path
 * (`dayOf`, `startOfDay`) is a cached lookup: no Date objects, no Intl per event.
 * "00:00 of date X" is the first instant of X in the zone; where a daylight-saving
 * change skips midnight, it is the first instant that exists (rules.md, day counting).
 */
export class Calendar {
  readonly timeZone: string;
  private readonly fmt: Intl.DateTimeFormat;
  private readonly starts = new Map<Day, Instant>();
  // The last day looked up by dayOf, as [start, end): runs touch nearby instants.
  private lastDay: Day = Number.NaN;
  private lastStart: Instant = 0;
  private lastEnd: Instant = -1;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  }

  /**
   * True when `timeZone` is `UTC` or an IANA `Area/Location` name this runtime knows, spelled
   * exactly (`Asia/Tokyo`, also a link such as `Asia/Calcutta`); abbreviations (`JST`, `GMT`), old
   * country or state names (`Japan`, `US/Eastern`) and other spellings (`utc`) are not (zoneName.ts).
   */
  static isValidZone(timeZone: string): boolean {
    return isAcceptedZone(timeZone);
  }

  /** The zone's offset from UTC at instant t, in ms (seconds precision). */
  offsetAt(t: Instant): number {
    const whole = Math.floor(t / 1000) * 1000;
    let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, bc = false;
    for (const p of this.fmt.formatToParts(whole)) {
      switch (p.type) {
        case 'year': year = Number(p.value); break;
        case 'month': month = Number(p.value); break;
        case 'day': day = Number(p.value); break;
        case 'hour': hour = Number(p.value); break;
        case 'minute': minute = Number(p.value); break;
        case 'second': second = Number(p.value); break;
        case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
        default: break;
      }
    }
    if (bc) year = 1 - year;
    const wall = daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000;
    return wall - whole;
  }

  /** The first instant of the local date `d`. */
  startOfDay(d: Day): Instant {
    const cached = this.starts.get(d);
    if (cached !== undefined) return cached;
    const s = this.computeStart(d);
    this.starts.set(d, s);
    return s;
  }

  /** The local date of instant t. */
  dayOf(t: Instant): Day {
    if (t >= this.lastStart && t < this.lastEnd) return this.lastDay;
    let d = Math.floor((t + this.offsetGuess(t)) / MS_PER_DAY);
    // Offsets are far below a day, so at most a step or two either way.
    while (t < this.startOfDay(d)) d--;
    while (t >= this.startOfDay(d + 1)) d++;
    this.lastDay = d;
    this.lastStart = this.startOfDay(d);
    this.lastEnd = this.startOfDay(d + 1);
    return d;
  }

  /** The instant of a wall-clock time on local date d (ms since local midnight). Where the
   *  wall time falls in a gap it moves forward by the gap; where it is repeated, the earlier. */
  atWallTime(d: Day, msOfDay: number): Instant {
    const wall = d * MS_PER_DAY + msOfDay;
    const before = this.offsetAt(wall - MS_PER_DAY);
    const after = this.offsetAt(wall + MS_PER_DAY);
    const candidates = [wall - before, wall - after].sort((a, b) => a - b);
    for (const c of candidates) if (c + this.offsetAt(c) === wall) return c;
    // In a gap: the same elapsed time past the transition as the wall time is past it.
    return wall - before;
  }

  /**
   * Where the wall-clock time `msOfDay` on local date `d` falls in a gap (a daylight-saving
   * change skips it, as 02:30 on 2024-03-10 in America/New_York): the gap's first skipped wall
   * time and the wall time the clocks jump to (ms since local midnight of d; the jump can pass
   * midnight); null when the wall time exists.
   */
  gapAt(d: Day, msOfDay: number): { readonly from: number; readonly to: number } | null {
    const wall = d * MS_PER_DAY + msOfDay;
    const t = this.atWallTime(d, msOfDay);
    if (t + this.offsetAt(t) === wall) return null;
    // t lies past the transition: search the transition, the first instant with t's offset.
    const offset = this.offsetAt(t);
    let lo = t - MS_PER_DAY;
    let hi = t;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid) === offset) hi = mid;
      else lo = mid;
    }
    const midnight = d * MS_PER_DAY;
    return { from: hi + this.offsetAt(lo) - midnight, to: hi + offset - midnight };
  }

  /** Milliseconds since local midnight at instant t (wall-clock time of day). */
  msOfDay(t: Instant): number {
    return t + this.offsetAt(t) - this.dayOf(t) * MS_PER_DAY;
  }

  /** `YYYY-MM-DD` of instant t in the zone. */
  formatDate(t: Instant): string {
    return formatDay(this.dayOf(t));
  }

  /** `YYYY-MM-DDTHH:MM:SS.mmm` local wall time of instant t (no offset). */
  formatLocal(t: Instant): string {
    const ms = t + this.offsetAt(t);
    const d = Math.floor(ms / MS_PER_DAY);
    const c = civilFromDays(d);
    let r = ms - d * MS_PER_DAY;
    const h = Math.floor(r / 3_600_000); r -= h * 3_600_000;
    const mi = Math.floor(r / 60_000); r -= mi * 60_000;
    const s = Math.floor(r / 1000); r -= s * 1000;
    const p = (n: number, w = 2): string => String(n).padStart(w, '0');
    return `${p(c.year, 4)}-${p(c.month)}-${p(c.day)}T${p(h)}:${p(mi)}:${p(s)}.${p(r, 3)}`;
  }

  private offsetGuess(t: Instant): number {
    // The offset at the start of the last day looked up; a first call asks Intl once.
    return this.lastEnd > this.lastStart ? this.lastDay * MS_PER_DAY - this.lastStart : this.offsetAt(t);
  }

  private computeStart(d: Day): Instant {
    const wall = d * MS_PER_DAY;
    const before = this.offsetAt(wall - MS_PER_DAY);
    const after = this.offsetAt(wall + MS_PER_DAY);
    const candidates = before === after ? [wall - before] : [wall - before, wall - after].sort((a, b) => a - b);
    for (const c of candidates) {
      if (c + this.offsetAt(c) === wall) return c;
    }
    // Midnight does not exist that day: the first instant of the date is the transition.
    // Binary search the first instant whose local date is d.
    let lo = wall - Math.max(before, after) - MS_PER_DAY;
    let hi = wall - Math.min(before, after) + MS_PER_DAY;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const local = Math.floor((mid + this.offsetAt(mid)) / MS_PER_DAY);
      if (local >= d) hi = mid;
      else lo = mid;
    }
    // offsetAt has seconds precision, so search to the second then to the ms is the same.
    return hi;
  }
}

export { civilFromDays, daysFromCivil, formatDay, type Day };
