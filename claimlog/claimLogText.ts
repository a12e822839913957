import { type ClaimEvent, type Policy, calendarFor } from '../engine/index.js';
import { logHeader, toLogRecord } from './toLogRecord.js';

/**
 * A run's events as a claim log (format v1, docs/claim-log.md), the text `simulate --log`
 * writes for a population, for one run held in memory (a scenario's): the header with the
 * policy (its dated changes too) and the period from the first event to the last, then one
 * record per event. Without events, the header alone, with the policy and no period.
 */
export function claimLogText(events: readonly ClaimEvent[], policy: Policy): string {
  const calendar = calendarFor(policy.timezone);
  const ats = events.map((e) => e.at);
  const first = ats.length > 0 ? Math.min(...ats) : 0;
  const last = ats.length > 0 ? Math.max(...ats) : 0;
  const { from, until, ...bare } = logHeader(policy, calendar, first, last);
  const header = events.length > 0 ? { ...bare, from, until } : bare;
  const lines = [JSON.stringify(header)];
  for (const e of events) {
    const record = toLogRecord(e, calendar);
    if (record !== null) lines.push(JSON.stringify(record));
  }
  return `${lines.join('\n')}\n`;
}
