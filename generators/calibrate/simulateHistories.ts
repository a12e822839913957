import type { Calendar, ClaimEvent, Policy } from '../../engine/index.js';
import { calendarFor, formatDay } from '../../engine/index.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { toLogRecord } from '../../claimlog/toLogRecord.js';
import type { Population } from '../population/Population.js';
import { runPopulation } from '../runPopulation.js';
import type { ClaimHistory, TimedRecord } from './ClaimHistory.js';

const iso = (t: number): string => new Date(t).toISOString();

/**
 * An engine event as the claim-log record calibration reads, instants in UTC (the log writer's
 * zone formatting is what a run's tens of thousands of records would spend their time on; the
 * instants are the same).
 */
function recordOf(e: ClaimEvent, calendar: Calendar): LogRecord | null {
  switch (e.kind) {
    case 'ClaimAdvanced':
      return { type: 'status_changed', claim: e.claim, at: iso(e.at), from: e.from, to: e.to };
    case 'WithdrawalRequested':
      return { type: e.reRequest ? 'withdrawal_rerequested' : 'withdrawal_requested', claim: e.claim, at: iso(e.at), message: e.message, deadline: formatDay(e.deadline) };
    case 'WithdrawalAccepted':
      return { type: 'withdrawal_accepted', claim: e.claim, at: iso(e.at) };
    case 'WithdrawalRejected':
      return { type: 'withdrawal_rejected', claim: e.claim, at: iso(e.at), reason: e.reason, category: e.category, cooldownUntil: e.cooldownUntil === null ? null : iso(e.cooldownUntil) };
    case 'WithdrawalTimedOut':
      return { type: 'withdrawal_timed_out', claim: e.claim, at: iso(e.at) };
    case 'WithdrawalCancelled':
      return { type: 'withdrawal_cancelled', claim: e.claim, at: iso(e.at) };
    case 'MemoSent':
      return { type: 'memo_sent', claim: e.claim, at: iso(e.at), from: e.from, text: e.text };
    default:
      return toLogRecord(e, calendar);
  }
}

/**
 * Runs a population in-process on the engine (the run `simulate` makes) and reads its events
 * as a claim log would show them: per-claim histories of claim-log records.
 */
export function simulateHistories(population: Population, policy: Policy, seed: number, claims?: number): ClaimHistory[] {
  const calendar = calendarFor(policy.timezone);
  const byClaim = new Map<string, { head: Omit<ClaimHistory, 'records'>; records: TimedRecord[] }>();
  const onEvents = (events: readonly ClaimEvent[]): void => {
    for (const e of events) {
      const record = recordOf(e, calendar);
      if (record === null) continue;
      if (e.kind === 'ClaimOpened') byClaim.set(e.claim, { head: { id: e.claim, seller: e.seller, buyer: e.buyer, type: e.type, openedAt: e.at, status: e.status }, records: [] });
      byClaim.get(record.claim)?.records.push({ at: e.at, record });
    }
  };
  runPopulation(population, { policy, seed, onEvents, ...(claims !== undefined ? { claims } : {}) });
  return [...byClaim.values()].map((c) => ({ ...c.head, records: c.records }));
}
