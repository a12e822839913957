import { calendarFor } from './calendarFor.js';
import { endOfWindow } from './dayCounting.js';
import { type Decide, decide as realDecide } from './decide.js';
import { mapEvents } from './features/mutantWrappers.js';
import { type Policy, makePolicy } from './Policy.js';
import type { StateView } from './StateView.js';


/**
 * Named rule mutants, a test-only seam: each wraps the real rules with one deliberate bug,
 * so that tests (and `claimsim simulate --inject-fault NAME`) can prove the invariant
 * checker is not blind. Never used unless named.
 */
export const FAULT_NAMES = ['deadline-one-day-short', 'rejection-cooldown-unenforced', 'timer-fires-early', 'lapse-ignored', 'kept-deadline-retimed'] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

const HOUR = 3_600_000;

const MUTANTS: Record<FaultName, (base: Decide) => Decide> = {
  // R6 broken: the deadline (and its timeout) one day early.
  'deadline-one-day-short': (base) => (state, cmd, now, policy) =>
    mapEvents(base(state, cmd, now, policy), (e) =>
      e.kind === 'WithdrawalRequested' ? { ...e, deadline: e.deadline - 1, timeoutAt: endOfWindow(calendarFor(policy.timezone), e.deadline - 1) } : e,
    ),
  // R12 broken: a re-request inside the rejection cooldown goes through.
  'rejection-cooldown-unenforced': (base) => (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    if (d.ok || d.refusal.code !== 'COOLDOWN_ACTIVE' || !('claim' in cmd)) return d;
    const claim = state.claim(cmd.claim);
    if (!claim) return d;
    // The same state, but this claim read with no rejection cooldown.
    const blind: StateView = Object.assign(Object.create(state) as StateView, {
      claim: (id: string) => (id === claim.id ? { ...claim, rejectionCooldownUntil: null } : state.claim(id)),
    });
    return base(blind, cmd, now, policy);
  },
  // R10 broken: the automatic withdrawal fires an hour before the deadline ends.
  'timer-fires-early': (base) => (state, cmd, now, policy) =>
    mapEvents(base(state, cmd, now, policy), (e) => (e.kind === 'WithdrawalRequested' ? { ...e, timeoutAt: e.timeoutAt - HOUR } : e)),
  // R16 broken: a withdrawal stays open when the claim moves to an ineligible status.
  'lapse-ignored': (base) => (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    if (!d.ok || cmd.kind !== 'AdvanceClaim') return d;
    const claim = state.claim(cmd.claim);
    const lapsed = d.events.find((e) => e.kind === 'WithdrawalLapsed');
    if (!claim || !lapsed) return d;
    // Keep the buyer counter consistent with the withdrawal left open.
    return mapEvents(d, (e) => (e.kind === 'WithdrawalLapsed' ? null : e));
  },
  // R10a broken: a dated change re-times the requests in flight although the policy keeps their deadlines.
  'kept-deadline-retimed': (base) => (state, cmd, now, policy) =>
    base(state, cmd, now, cmd.kind === 'ChangePolicy' ? { ...policy, inFlightDeadlines: 'retime' } : policy),
};

/**
 * The policy each fault shows under, when the default one cannot show it: a fault of dated
 * changes needs a policy with changes. Its changes fall in July–August 2021 (the rule tests
 * and scenarios) and in April 2024 (the shipped populations).
 */
const FAULT_POLICIES: Readonly<Partial<Record<FaultName, object>>> = {
  'kept-deadline-retimed': {
    changes: [
      { at: '2021-08-01', set: { responseWindowDays: 10 } },
      { at: '2024-04-10', set: { responseWindowDays: 14 } },
    ],
  },
};

/** The policy a run with this fault uses when none is given (the default policy for most). */
export function faultPolicy(name: FaultName): Policy {
  return makePolicy(FAULT_POLICIES[name] ?? {});
}

export function isFaultName(x: string): x is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(x);
}

/** The rules with one named fault injected. */
export function withFault(name: FaultName, base: Decide = realDecide): Decide {
  return MUTANTS[name](base);
}
