import { type Calendar, type Policy, calendarFor, changeInstants } from '../engine/index.js';
import { formatInstant } from './formatInstant.js';

/** What judging a claim needs: the policy, its zone, the tolerance, and how to name instants and lines. */
export interface JudgeContext {
  readonly policy: Policy;
  readonly calendar: Calendar;
  /** How late a timer record may come (ms). */
  readonly tolerance: number;
  /** The dated changes' instants (timer instants besides 00:00). */
  readonly changes: readonly number[];
  /** The log files' names, to name a line when there are several. */
  readonly files: readonly string[];
}

export function judgeContext(policy: Policy, tolerance: number, files: readonly string[]): JudgeContext {
  return { policy, calendar: calendarFor(policy.timezone), tolerance, changes: changeInstants(policy), files };
}

/** An instant in the policy's zone, with its offset. */
export function when(ctx: JudgeContext, t: number): string {
  return formatInstant(t, ctx.calendar);
}

/** `line 48,113`, with the file's name when the audit reads several. */
export function place(ctx: JudgeContext, file: number, line: number): string {
  const n = `line ${line.toLocaleString('en-US')}`;
  return ctx.files.length > 1 ? `${ctx.files[file]} ${n}` : n;
}

/**
 * The instant a timer record is judged at: the latest timer instant (00:00 of a date in the
 * zone, or a dated change) at or before `at` and no more than the tolerance before it; `at`
 * itself when there is none (or no tolerance).
 */
export function judgedInstant(ctx: JudgeContext, at: number): number {
  if (ctx.tolerance <= 0) return at;
  let best = Number.NEGATIVE_INFINITY;
  const midnight = ctx.calendar.startOfDay(ctx.calendar.dayOf(at));
  if (at - midnight <= ctx.tolerance) best = midnight;
  for (const c of ctx.changes) if (c <= at && at - c <= ctx.tolerance && c > best) best = c;
  return best === Number.NEGATIVE_INFINITY ? at : best;
}
