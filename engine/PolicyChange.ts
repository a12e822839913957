import { type ParameterValue, UNCHANGEABLE_PARAMETERS } from './parameters/index.js';

/**
 * A dated policy change (docs/rules.md, dated changes): from `at` on, the parameters in `set`
 * replace the ones before. `at` is kept as written (a date is 00:00 of that date in the
 * policy's zone; a date-time may carry an offset), so that a policy echoes as it was given.
 */
export interface PolicyChange {
  readonly at: string;
  readonly set: Readonly<Record<string, unknown>>;
}

/** R10a: what a change of the response window does to requests open at the change. */
export type InFlightDeadlines = ParameterValue<'inFlightDeadlines'>;

/** R15a: what a change of a cooldown length does to cooldowns in force at the change. */
export type InFlightCooldowns = ParameterValue<'inFlightCooldowns'>;

/** The most changes one policy can hold (docs/scenarios.md, limits). */
export const MAX_POLICY_CHANGES = 100;

/**
 * Keys a change cannot set, each with why (from each parameter's record, `changes:`): the zone
 * and the eligible statuses hold for the whole run, and the timeline's own keys describe the
 * timeline.
 */
export const FIXED_POLICY_KEYS: Readonly<Record<string, string>> = Object.freeze({
  ...UNCHANGEABLE_PARAMETERS,
  changes: 'a change cannot hold changes; list every change in the top-level changes',
});
