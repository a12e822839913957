import type { Check, StateExpectation } from '../../scenarios/index.js';
import type { RuleId } from './ruleCoverage.js';

/**
 * What a scenario's checks exercise beyond its events: the status board (R17), delays (R18),
 * the claim-list search (R19), unanswered memos (R20), the buyer's pending counter (R6).
 * Counted per check that reads it, timelines included.
 */
export function checkCoverage(steps: readonly { readonly check?: Check }[]): Partial<Record<RuleId, number>> {
  const out: Partial<Record<RuleId, number>> = {};
  const add = (rule: RuleId) => (out[rule] = (out[rule] ?? 0) + 1);
  const state = (e: StateExpectation) => {
    if (e.board) add('R17');
    if (e.claims && Object.values(e.claims).some((c) => c.delayed !== undefined)) add('R18');
    const memos = [...Object.values(e.buyers ?? {}), ...Object.values(e.sellers ?? {})].some((p) => p.unansweredMemos !== undefined);
    if (memos) add('R20');
    if (Object.values(e.buyers ?? {}).some((b) => b.pendingWithdrawals !== undefined)) add('R6');
  };
  for (const { check } of steps) {
    if (!check) continue;
    state(check);
    if (check.search) add('R19');
    for (const t of check.intervals ?? []) state(t.expect);
  }
  return out;
}
