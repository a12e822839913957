import { REGISTRY } from '../registry.js';
import type { RuleMutant } from './RuleMutant.js';

/**
 * The catalogue's first mutants, by theme, in the order `claimsim mutate`, the audit's kill
 * matrix and docs/mutation.md have always shown them: the mutants live in the folders of the
 * features whose decisions they break (engine/features/<feature>/mutants.ts), and this list only
 * places them. A mutant it does not name (a new feature's) follows, in the features' order.
 */
const CATALOGUE_ORDER: readonly string[] = [
  // Who may act (rules.md, clarifications): R1, R7 and the actors of the other actions.
  'request-by-anyone',
  'ineligible-before-not-seller',
  'answer-by-anyone',
  'no-open-request-before-not-buyer',
  'claim-opened-by-anyone',
  'support-by-anyone',
  'memo-sender-unchecked',
  // Windows, deadlines and timers (R6, R10, R11, R18).
  'window-one-day-short',
  'window-one-day-long',
  're-request-deadline-from-the-day-after',
  'kept-deadline-retimed',
  'retimed-deadline-kept',
  'timer-one-ms-late',
  'timeout-outcome-flipped',
  'deadline-counted-in-utc',
  'receipt-date-ignored',
  'delay-threshold-one-day-short',
  'delay-threshold-one-day-long',
  // Cooldowns (R12, R15) and the re-request limit (R13).
  'rejection-cooldown-ignored',
  'rejection-cooldown-one-day-short',
  'rejection-cooldown-ends-a-millisecond-late',
  'cancellation-cooldown-ignored',
  'cancellation-cooldown-one-day-long',
  'cancellation-cooldown-uses-rejection-days',
  'cooldowns-do-not-add-up',
  'kept-cooldown-recomputed',
  'recomputed-cooldown-kept',
  're-request-limit-off-by-one',
  // Messages and personal data (R4, R9, R11, R20, R21).
  'request-message-not-required',
  're-request-message-not-required',
  'rejection-reason-not-required',
  'rejection-category-lost',
  'message-check-before-cooldown',
  'empty-memo-accepted',
  'pii-ignored-under-block',
  'memo-pii-unchecked',
  'pii-ignored-under-warn',
  // Claim statuses, the withdrawal's life and the views (R2, R3, R5, R6, R8, R14, R16, R17, R19, R20).
  'returning-not-eligible',
  'return-on-hold-eligible',
  'ineligible-refusal-without-support',
  'exchange-reshipping-eligible',
  'support-refused-on-closed-claims',
  'request-on-hold-taken-as-re-request',
  'buyer-counter-counts-on-hold',
  'timeout-keeps-buyer-counter',
  'accept-taken-as-rejection',
  'cancel-refused-on-hold',
  'lapse-ignored',
  'lapse-on-eligible-move',
  'opened-status-counted-as-first',
  'export-drops-claim-reason',
  'memo-counted-for-the-wrong-party',
];

/**
 * The registered mutants, those `order` names first and in its order, then the others in the
 * features' order. Throws (a bug, at load) when two mutants share a name or `order` names one
 * no feature registers.
 */
export function catalogueOf(mutants: readonly RuleMutant[], order: readonly string[]): RuleMutant[] {
  const byName = new Map<string, RuleMutant>();
  for (const m of mutants) {
    if (byName.has(m.name)) throw new Error(`two rule mutants are named ${m.name}`);
    byName.set(m.name, m);
  }
  const placed = order.map((name) => {
    const m = byName.get(name);
    if (m === undefined) throw new Error(`the catalogue's order names ${name}, which no feature registers`);
    return m;
  });
  const named = new Set(order);
  return [...placed, ...mutants.filter((m) => !named.has(m.name))];
}

/** The catalogue of rule mutants for `claimsim mutate`, in a fixed order: at least one per rule R1-R21. */
export const RULE_MUTANTS: readonly RuleMutant[] = catalogueOf(REGISTRY.mutants, CATALOGUE_ORDER);

/** The mutant of that name, or undefined. */
export function ruleMutantNamed(name: string): RuleMutant | undefined {
  return RULE_MUTANTS.find((m) => m.name === name);
}
