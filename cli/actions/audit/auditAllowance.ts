import { calendarFor, formatDay } from '../../../engine/index.js';
import type { AuditResult } from '../../../claimlog/AuditResult.js';
import type { AllowList, AllowedAudit } from '../../../claimlog/allow/AllowList.js';
import { applyAllowList } from '../../../claimlog/allow/applyAllowList.js';
import { parseIsoDate } from '../../../claimlog/parseIsoInstant.js';
import { allowWarnings } from '../../../reports/audit/auditAllowed.js';
import { InputError } from '../../exit.js';

/** `--today YYYY-MM-DD`, checked (a real date); undefined when not given. */
export function todayOption(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (parseIsoDate(text) === null) throw new InputError(`--today must be a date YYYY-MM-DD, such as 2024-09-01, got "${text}" (the day --allow's expires: are judged on)`);
  return text;
}

/**
 * The result with --allow applied on `today`, or when not given on the day it is now in the
 * policy's zone (the one read of the clock: the command line's, never the audit's). Each
 * warning of the list (an entry expired, an entry unused) goes to stderr.
 */
export function withAllowance(result: AuditResult, list: AllowList | null, today: string | null | undefined): AllowedAudit {
  if (list === null) return result;
  const day = today ?? formatDay(calendarFor(result.policy.timezone).dayOf(Date.now()));
  const allowed = applyAllowList(result, list, day);
  for (const w of allowWarnings(allowed.allowed!)) process.stderr.write(`warning: ${w}\n`);
  return allowed;
}
