import type { Decide } from './features/Feature.js';
import { REGISTRY } from './registry.js';

export type { Decide };

/**
 * The rules R1-R21: given the state, a command, the instant and the policy, the events
 * that follow or the refusal (first in the order of rules.md). Reads no clock, changes nothing.
 * Each command, a party's or the clock's, goes to the feature registered for it
 * (engine/features/index.ts).
 */
export const decide: Decide = (state, command, now, policy) => {
  const decideIt = REGISTRY.decide[command.kind];
  if (decideIt === undefined) throw new Error(`unknown command ${JSON.stringify(command)}: no feature decides ${String(command.kind)}`);
  return decideIt(state, command, now, policy);
};
