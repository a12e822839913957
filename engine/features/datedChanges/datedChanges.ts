import { changeInstants, policyInForce } from '../../policyInForce.js';
import type { Policy } from '../../Policy.js';
import { decideChangePolicy } from './decideChangePolicy.js';
import type { Instant } from '../../Calendar.js';
import { type ScheduledCommand, TIMER_PRIORITY } from '../../ScheduledCommand.js';
import type { Feature } from '../Feature.js';
import { datedChangesEvolves } from './evolves.js';
import { datedChangesMutants } from './mutants.js';

/**
 * Each dated change not before the start takes effect on the clock: after the deadlines due at
 * its instant, before any action dated then (the changes are scheduled ahead of every action).
 */
function changesAhead(policy: Policy, start: Instant): ScheduledCommand[] {
  const out: ScheduledCommand[] = [];
  changeInstants(policy).forEach((at, k) => {
    if (at >= start) out.push({ at, priority: TIMER_PRIORITY.change, command: { kind: 'ChangePolicy', change: k, before: policyInForce(policy, at - 1) } });
  });
  return out;
}

/** R10a, R15a: dated policy changes, and what they do to the deadlines and cooldowns in flight. */
export const datedChanges: Feature = {
  name: 'datedChanges',
  rules: ['R10', 'R12', 'R15'],
  docs: 'docs/rules.md#dated-changes-a-policy-as-a-timeline',
  decides: { ChangePolicy: decideChangePolicy },
  startTimers: changesAhead,
  evolves: datedChangesEvolves,
  mutants: datedChangesMutants,
};
