import { type ClaimEvent, type Command, type Day, type Instant, type Refusal, daysFromCivil, formatDay } from '../../engine/index.js';
import { CATALOGUE_LOGGED } from '../../engine/events/index.js';

/** The fields that carry an instant: ISO 8601 in UTC with milliseconds on the wire, epoch milliseconds in the engine. */
const INSTANT_KEYS = new Set([
  'at',
  'receivedAt',
  'delayedFrom',
  'orderedAt',
  'shippedAt',
  'timeoutAt',
  'remindAt',
  'cooldownUntil',
  'rejectionCooldownUntil',
  'cancellationCooldownUntil',
  'until',
]);
/** The fields that carry a calendar date: `YYYY-MM-DD` on the wire, a day number in the engine. */
const DAY_KEYS = new Set(['deadline']);
// An event kind logged from its catalogue fields names its instants and dates there (engine/events).
for (const { fields } of CATALOGUE_LOGGED) {
  for (const [k, codec] of Object.entries(fields)) {
    if (codec === 'instant' || codec === 'instantOrNull') INSTANT_KEYS.add(k);
    else if (codec === 'day') DAY_KEYS.add(k);
  }
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as the protocol writes it: `2021-07-29T01:00:00.000Z`. */
export function instantToWire(t: Instant): string {
  return new Date(t).toISOString();
}

/** An instant from the wire, or undefined when the text is not `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
export function instantFromWire(text: string): Instant | undefined {
  if (!ISO_UTC.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}

export function dayToWire(d: Day): string {
  return formatDay(d);
}

export function dayFromWire(text: string): Day | undefined {
  const m = DATE.exec(text);
  return m ? daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A flat record (event, command, refusal) with its instants and dates written for the wire. */
function toWire(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (typeof v === 'number' && INSTANT_KEYS.has(k)) out[k] = instantToWire(v);
    else if (typeof v === 'number' && DAY_KEYS.has(k)) out[k] = dayToWire(v);
    else out[k] = v;
  }
  return out;
}

/** A flat record from the wire; a malformed instant or date names its field. */
function fromWire<T>(value: Record<string, unknown>): { ok: true; value: T } | { ok: false; field: string; got: unknown } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && INSTANT_KEYS.has(k)) {
      const t = instantFromWire(v);
      if (t === undefined) return { ok: false, field: k, got: v };
      out[k] = t;
    } else if (typeof v === 'string' && DAY_KEYS.has(k)) {
      const d = dayFromWire(v);
      if (d === undefined) return { ok: false, field: k, got: v };
      out[k] = d;
    } else out[k] = v;
  }
  return { ok: true, value: out as T };
}

export const eventToWire = (e: ClaimEvent): Record<string, unknown> => toWire(e);
export const commandToWire = (c: Command): Record<string, unknown> => toWire(c);
export const refusalToWire = (r: Refusal): Record<string, unknown> => toWire(r);
export const eventFromWire = (e: Record<string, unknown>) => fromWire<ClaimEvent>(e);
export const commandFromWire = (c: Record<string, unknown>) => fromWire<Command>(c);
export const refusalFromWire = (r: Record<string, unknown>) => fromWire<Refusal>(r);
