import type { Policy } from '../Policy.js';
import type { RuleId } from '../ruleIds.js';
import type { State } from '../State.js';
import type { StateView } from '../StateView.js';
import type { AnyCommand } from '../AnyCommand.js';
import type { Instant } from '../Calendar.js';
import type { ClaimEvent, EventKind } from '../ClaimEvent.js';
import type { ClockCommand, ClockCommandKind } from '../ClockCommand.js';
import type { Command, CommandKind } from '../Command.js';
import type { Decision } from '../Decision.js';
import type { ScheduledCommand } from '../ScheduledCommand.js';

/** A decide function: the seam through which tests and fault mutants swap the rules. */
export type Decide = (state: StateView, command: AnyCommand, now: Instant, policy: Policy) => Decision;

export type { RuleId } from '../ruleIds.js';

/**
 * One deliberate bug in the rules, for `claimsim mutate`: a wrapper of a `Decide` that sees
 * only the command, the instant, the policy and the decision the rules return (never the
 * engine's state). `mutate` returns a fresh wrapper for each run: a wrapper may remember the
 * decisions it returned in that run, and nothing else.
 */
export interface RuleMutant {
  /** Kebab-case, unique in the catalogue. */
  readonly name: string;
  /** The rules it breaks, the first one being the rule it is about. */
  readonly rules: readonly RuleId[];
  /** The bug in one line. */
  readonly description: string;
  /** The scenario that catches it, in the spec's words. */
  readonly suggestedScenario: string;
  /** Set when the wrapper reproduces the bug only in part: what differs from the real bug. */
  readonly approximation?: string;
  readonly mutate: (base: Decide) => Decide;
}

type ClockCommandOf<K extends ClockCommandKind> = Extract<ClockCommand, { kind: K }>;
type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/** How a feature decides one kind of a party's command (the refusals first, in the order of rules.md). */
export type DecideCommand<K extends CommandKind> = (state: StateView, command: CommandOf<K>, now: Instant, policy: Policy) => Decision;
type EventOf<K extends EventKind> = Extract<ClaimEvent, { kind: K }>;

/** How a feature decides one kind of clock command. */
export type DecideClock<K extends ClockCommandKind> = (state: StateView, command: ClockCommandOf<K>, now: Instant, policy: Policy) => Decision;

/**
 * The timers an event arms, under the policy in force when it happened: the decision's
 * consequences on the clock, read off the event (so that a replayed log arms them too).
 * Null or empty: none.
 */
export type Arm<K extends EventKind> = (event: EventOf<K>, policy: Policy, now: Instant) => ScheduledCommand | null;

/** How a feature folds one kind of its own events into the state (`evolve`); it decides nothing. */
export type Evolve<K extends EventKind> = (state: State, event: EventOf<K>) => void;

/**
 * A rule or a policy feature, in one folder (docs/adding-a-rule.md): what it decides, the
 * timers its events arm, how its events change the state, its mutants, and where it is
 * written down. Registered in `engine/features/index.ts` (FEATURES); the engine, `decide` and
 * `evolve` read the registrations, never the feature by name. Its words (event and clock
 * command types, catalogue entries, parameter records) are leaf files of the folder, registered
 * in `engine/features/vocabulary.ts`, which the engine's types, the event catalogue and the
 * parameter list read: this record's code types against them, so it cannot carry them.
 */
export interface Feature {
  /** The folder's name. */
  readonly name: string;
  /** The rules it implements or extends, the first being its own. */
  readonly rules: readonly RuleId[];
  /** Where it is written down: a file and anchor under docs/. */
  readonly docs: string;
  /** The commands of a party it decides. */
  readonly commands?: { readonly [K in CommandKind]?: DecideCommand<K> };
  /** The clock commands it decides. */
  readonly decides?: { readonly [K in ClockCommandKind]?: DecideClock<K> };
  /** The timers each kind of event arms. */
  readonly arms?: { readonly [K in EventKind]?: Arm<K> };
  /** The timers a run starts with, from the policy (a dated change's instant). */
  readonly startTimers?: (policy: Policy, start: Instant) => readonly ScheduledCommand[];
  /**
   * How its own events change the state: each kind of the event catalogue is folded by exactly
   * one feature (a notice that changes nothing by `() => {}`); the registry refuses, at load, a
   * kind folded twice or by none.
   */
  readonly evolves?: { readonly [K in EventKind]?: Evolve<K> };
  /** Its deliberate bugs, for `claimsim mutate` (each caught by a scenario in scenarios/library/). */
  readonly mutants?: readonly RuleMutant[];
}
