import { ALL_POLICY_KEYS } from '../../engine/index.js';

/** What a target says it implements (`hello`); a scenario that needs more is skipped with the reason. */
export interface Capabilities {
  /** The rules it implements, `R1` … `R21` (and `R10a`, `R15a` for dated changes). */
  readonly rules: readonly string[];
  /** The policy keys it honours when `reset` sets them to other than the default. */
  readonly policyKeys: readonly string[];
  /** The buyer's reminder before a deadline (policy `reminderDaysBeforeDeadline`, I11). */
  readonly reminders: boolean;
  /** Dated policy changes (policy `changes`, R10a, R15a). */
  readonly datedChanges: boolean;
  /** Memos and their unanswered counts (R20, the `send_memo` action). */
  readonly memos: boolean;
  /** The claim list search (R19, `query search`). */
  readonly search: boolean;
}

/** Everything claimsim's own engine implements (what `claimsim serve` answers). */
export const FULL_CAPABILITIES: Capabilities = {
  rules: [...Array.from({ length: 21 }, (_, i) => `R${i + 1}`), 'R10a', 'R15a'],
  policyKeys: [...ALL_POLICY_KEYS],
  reminders: true,
  datedChanges: true,
  memos: true,
  search: true,
};
