import type { Policy } from '../Policy.js';
import type { State } from '../State.js';
import type { StateView } from '../StateView.js';
import type { AnyCommand, AnyCommandKind } from '../AnyCommand.js';
import type { Instant } from '../Calendar.js';
import type { ClaimEvent, EventKind } from '../ClaimEvent.js';
import type { ClockCommandKind } from '../ClockCommand.js';
import type { CommandKind } from '../Command.js';
import type { Decision } from '../Decision.js';
import type { ScheduledCommand } from '../ScheduledCommand.js';
import type { Arm, DecideClock, DecideCommand, Evolve, Feature, RuleMutant } from './Feature.js';

type AnyArm = (event: ClaimEvent, policy: Policy, now: Instant) => ScheduledCommand | null;
type AnyEvolve = (state: State, event: ClaimEvent) => void;
type AnyDecide = (state: StateView, command: AnyCommand, now: Instant, policy: Policy) => Decision;

/** What the registered features say, by command or event kind (built once, read on every event). */
export interface Registry {
  /** Who decides each command, a party's or the clock's. */
  readonly decide: Readonly<Partial<Record<AnyCommandKind, AnyDecide>>>;
  readonly arms: Readonly<Partial<Record<EventKind, readonly AnyArm[]>>>;
  readonly evolves: Readonly<Partial<Record<EventKind, AnyEvolve>>>;
  readonly startTimers: readonly ((policy: Policy, start: Instant) => readonly ScheduledCommand[])[];
  readonly mutants: readonly RuleMutant[];
}

/**
 * The registrations of `features`, indexed. Throws (a bug, at load) when two features decide one
 * command or fold one event kind, or when one of `kinds` (every event kind, engine/registry.ts)
 * is folded by none: a notice too needs its `evolves` entry (`() => {}` when it changes nothing),
 * which the compiler cannot ask for (`Feature.evolves` is optional).
 */
export function registryOf(features: readonly Feature[], kinds: readonly EventKind[]): Registry {
  const decide: Partial<Record<AnyCommandKind, AnyDecide>> = {};
  const own = (f: Feature, kind: AnyCommandKind, d: AnyDecide): void => {
    if (decide[kind]) throw new Error(`feature ${f.name}: ${kind} is already decided by another feature`);
    decide[kind] = d;
  };
  const arms: Partial<Record<EventKind, AnyArm[]>> = {};
  const evolves: Partial<Record<EventKind, AnyEvolve>> = {};
  for (const f of features) {
    for (const [kind, d] of Object.entries(f.commands ?? {}) as [CommandKind, DecideCommand<CommandKind>][]) own(f, kind, d as AnyDecide);
    for (const [kind, d] of Object.entries(f.decides ?? {}) as [ClockCommandKind, DecideClock<ClockCommandKind>][]) own(f, kind, d as AnyDecide);
    for (const [kind, a] of Object.entries(f.arms ?? {}) as [EventKind, Arm<EventKind>][]) (arms[kind] ??= []).push(a as AnyArm);
    for (const [kind, e] of Object.entries(f.evolves ?? {}) as [EventKind, Evolve<EventKind>][]) {
      if (evolves[kind]) throw new Error(`feature ${f.name}: ${kind} is already folded by another feature`);
      evolves[kind] = e as AnyEvolve;
    }
  }
  const unfolded = kinds.filter((kind) => evolves[kind] === undefined);
  if (unfolded.length > 0) throw new Error(`no feature folds ${unfolded.join(', ')}: every event kind needs one feature's evolves entry (() => {} for a notice that changes nothing)`);
  return {
    decide,
    arms,
    evolves,
    startTimers: features.flatMap((f) => (f.startTimers ? [f.startTimers] : [])),
    mutants: features.flatMap((f) => f.mutants ?? []),
  };
}
