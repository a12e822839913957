// Calendar dates in a time zone, with nothing but Intl: a date is 'YYYY-MM-DD', an instant is
// epoch milliseconds. "00:00 of a date" is the first instant of that date in the zone.

const formatters = new Map();

function formatterFor(zone) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The date of an instant in the zone. */
export function dateOf(instant, zone) {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The date `days` after a date. */
export function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first instant of a date in the zone (binary search: no zone is more than 14 h from UTC). */
export function startOfDate(date, zone) {
  const [y, m, d] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  let lo = utcMidnight - 15 * 3600_000; // surely the day before
  let hi = utcMidnight + 15 * 3600_000; // surely this date or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateOf(mid, zone) >= date) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** 00:00 of the date `days` after the date of an instant (the end of a window or cooldown started then). */
export function midnightAfter(instant, days, zone) {
  return startOfDate(addDays(dateOf(instant, zone), days), zone);
}
