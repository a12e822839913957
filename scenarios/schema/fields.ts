import { z } from 'zod';
import { BOARD_ROWS, CLAIM_LIST_COLUMNS, CLAIM_STATUSES, CLAIM_TYPES, LIFECYCLE_STATUSES, REFUSAL_CODES } from '../../engine/index.js';
import { parseDateText } from '../../engine/index.js';
import { didYouMean } from './closest.js';

/** The building blocks of the scenario schema (docs/scenarios.md), each with its own message. */

const oneOf = (what: string, options: readonly string[]) => (iss: { input?: unknown }) =>
  typeof iss.input === 'string'
    ? `unknown ${what} "${iss.input}" (${didYouMean(iss.input, options)}one of: ${options.join(', ')})`
    : `must be a ${what} (one of: ${options.join(', ')})`;

export const Id = z.string({ error: (iss) => `must be an id written as a string${typeof iss.input === 'number' ? ` (quote it: "${iss.input}")` : ''}` }).min(1, { error: 'must be a non-empty id' });

/** ` (got "one")`: the value written, for messages. */
const got = (input: unknown): string => (input === undefined ? '' : `, got ${typeof input === 'string' ? JSON.stringify(input) : input === null ? 'null' : typeof input === 'object' ? 'a list or map' : String(input)}`);

export const Text = z.string({ error: (iss) => `must be text${got(iss.input)} (quote it if it looks like a number or true/false)` });

/** The largest count a check may expect (board rows, counters): far above any scenario's size. */
export const MAX_COUNT = 1_000_000;

/** A whole number from 0 to `max`, refused with its range (docs/scenarios.md, limits). */
const wholeUpTo = (max: number) =>
  z
    .number({ error: (iss) => `must be a whole number${got(iss.input)}` })
    .int({ error: (iss) => `must be a whole number${got(iss.input)}` })
    .min(0, { error: (iss) => `must be a whole number ≥ 0${got(iss.input)} (counts and windows cannot be negative)` })
    .max(max, { error: (iss) => `must be a whole number from 0 to ${max}${got(iss.input)}` });

export const Count = wholeUpTo(MAX_COUNT);

/** The longest `advance:` or `within:`, per unit: 100 years (36500 days, 876000 hours, 52560000 minutes). */
export const DURATION_LIMITS = { days: 36_500, hours: 876_000, minutes: 52_560_000 } as const;

export const Flag = z.boolean({ error: (iss) => `must be true or false${got(iss.input)}` });

function dateField(dateOnly: boolean) {
  const example = dateOnly ? 'a date such as 2021-08-04' : 'a date or date-time such as 2021-07-29T10:00';
  return z.string({ error: `must be ${example}` }).superRefine((text, ctx) => {
    const parts = parseDateText(text);
    if (typeof parts === 'string') ctx.addIssue({ code: 'custom', message: parts });
    else if (dateOnly && parts.msOfDay !== null) ctx.addIssue({ code: 'custom', message: `must be a date without a time, such as ${text.slice(0, 10)}` });
  });
}
/** A date-time in the policy's zone unless an offset is written (a date alone is 00:00). */
export const DateTimeText = dateField(false);
/** A calendar date, `YYYY-MM-DD`. */
export const DateText = dateField(true);

/** `advance:` and `within:` — days move the calendar date, hours and minutes are elapsed time. */
export const Duration = z.strictObject({
  days: wholeUpTo(DURATION_LIMITS.days).optional(),
  hours: wholeUpTo(DURATION_LIMITS.hours).optional(),
  minutes: wholeUpTo(DURATION_LIMITS.minutes).optional(),
});

export const ACTIONS = [
  'open_claim',
  'advance_claim',
  'request_withdrawal',
  'accept_withdrawal',
  'reject_withdrawal',
  're_request_withdrawal',
  'cancel_withdrawal',
  'send_memo',
  'contact_support',
  'place_order',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export const ClaimTypeName = z.enum(CLAIM_TYPES, { error: oneOf('claim type', CLAIM_TYPES) });
export const LifecycleStatusName = z.enum(LIFECYCLE_STATUSES as [string, ...string[]], { error: oneOf('claim status', LIFECYCLE_STATUSES) });
export const ClaimStatusName = z.enum(CLAIM_STATUSES as [string, ...string[]], { error: oneOf('claim status', CLAIM_STATUSES) });
export const RefusalCodeName = z.enum(REFUSAL_CODES, { error: oneOf('refusal code', REFUSAL_CODES) });
export const WithdrawalName = z.enum(['none', 'requested', 'on_hold'], { error: oneOf('withdrawal state', ['none', 'requested', 'on_hold']) });
export const OutcomeName = z.enum(['accepted', 'timeout'], { error: oneOf('outcome', ['accepted', 'timeout']) });
export const PartyName = z.enum(['seller', 'buyer'], { error: oneOf('party', ['seller', 'buyer']) });

export const BOARD_ROW_NAMES = BOARD_ROWS;
export const LIST_COLUMNS = CLAIM_LIST_COLUMNS.map(([key]) => key);

/** A map keyed by names from a fixed list (board rows, list columns). */
export function namedRecord<V extends z.ZodType>(what: string, names: readonly string[], value: V) {
  const keys = z.string().refine((k) => names.includes(k), { error: (iss) => oneOf(what, names)({ input: iss.input }) });
  return z.record(keys, value);
}
