import type { Policy } from '../Policy.js';
import { calendarFor } from '../calendarFor.js';
import type { AnyCommand, AnyCommandKind } from '../AnyCommand.js';
import type { Instant } from '../Calendar.js';
import type { ClaimEvent, WithdrawalRequested } from '../ClaimEvent.js';
import type { Decision } from '../Decision.js';
import type { RefusalCode } from '../Refusal.js';
import type { Decide, RuleId, RuleMutant } from './Feature.js';

/** A catalogue entry whose bug the wrapper reproduces in full. */
export function mutant(name: string, rules: readonly RuleId[], description: string, suggestedScenario: string, mutate: (base: Decide) => Decide): RuleMutant {
  return { name, rules, description, suggestedScenario, mutate };
}

/** The decision with each event mapped (null drops it); a refusal is kept as it is. */
export function mapEvents(d: Decision, f: (e: ClaimEvent) => ClaimEvent | null): Decision {
  if (!d.ok) return d;
  const events: ClaimEvent[] = [];
  for (const e of d.events) {
    const m = f(e);
    if (m) events.push(m);
  }
  return { ok: true, events };
}

/** The rules, with the events of every decision mapped. */
export function withEvents(f: (e: ClaimEvent, policy: Policy) => ClaimEvent | null): (base: Decide) => Decide {
  return (base) => (state, cmd, now, policy) => mapEvents(base(state, cmd, now, policy), (e) => f(e, policy));
}

/** The requests: a first request or a re-request. */
export const REQUESTS: readonly AnyCommandKind[] = ['RequestWithdrawal', 'ReRequestWithdrawal'];

/** The rules, with a changed policy for the commands of the given kinds. */
export function withPolicyFor(kinds: readonly AnyCommandKind[], change: (p: Policy) => Policy): (base: Decide) => Decide {
  return (base) => (state, cmd, now, policy) => base(state, cmd, now, kinds.includes(cmd.kind) ? change(policy) : policy);
}

/** True when the decision is a refusal with one of the codes. */
export function refusedWith(d: Decision, ...codes: readonly RefusalCode[]): d is Extract<Decision, { ok: false }> {
  return !d.ok && codes.includes(d.refusal.code);
}

/** The command as its natural party sends it: the `as:` actor dropped. */
export function withoutActor(cmd: AnyCommand): AnyCommand {
  if (!('actor' in cmd)) return cmd;
  const { actor: _actor, ...rest } = cmd;
  return rest as AnyCommand;
}

/** The rules, with the actor check of group 3 skipped for the commands of the given kinds. */
export function actorIgnored(kinds: readonly AnyCommandKind[], ...codes: readonly RefusalCode[]): (base: Decide) => Decide {
  return (base) => (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    return kinds.includes(cmd.kind) && refusedWith(d, ...codes) ? base(state, withoutActor(cmd), now, policy) : d;
  };
}

/**
 * A request decided as if no cooldown were in force: decided again at the cooldown's end
 * `until`, then moved back to `now`, with its deadline counted from `now` as R6 does.
 */
export function requestAt(base: Decide, ...[state, cmd, now, policy]: Parameters<Decide>): (until: Instant) => Decision {
  return (until) =>
    mapEvents(base(state, cmd, until, policy), (e) => (e.kind === 'WithdrawalRequested' ? retimed(e, now, policy) : e));
}

function retimed(e: WithdrawalRequested, now: Instant, policy: Policy): WithdrawalRequested {
  const cal = calendarFor(policy.timezone);
  const deadline = cal.dayOf(now) + policy.responseWindowDays - 1;
  const reminder = policy.reminderDaysBeforeDeadline;
  return { ...e, at: now, deadline, timeoutAt: cal.startOfDay(deadline + 1), ...(reminder === null ? {} : { remindAt: cal.startOfDay(deadline + 1 - reminder) }) };
}
