import fc from 'fast-check';
import { type Decide, type Violation, type FaultName, withFault } from '../../engine/index.js';
import { minimiseCommands } from '../regression/minimiseCommands.js';
import { regressionScenario } from '../regression/regressionScenario.js';
import { replayCommands } from '../regression/replayCommands.js';
import type { RecordedCommand } from '../regression/RecordedCommand.js';
import type { ExploreTarget } from './ExploreTarget.js';
import { runTimeline } from './runTimeline.js';
import { startAnchors } from './startAnchors.js';
import { timelineArbitrary } from './timelineArbitrary.js';
import type { Timeline } from './Timeline.js';

export interface ExploreOptions {
  readonly seed: number;
  /** How many timelines at most. */
  readonly runs: number;
  /** Stop after this many ms of wall-clock time (the generated timelines do not depend on it). */
  readonly timeLimitMs?: number;
  /** A fast-check path printed by an earlier run: replay that counterexample only. */
  readonly path?: string;
  /** A named rule mutant to run against instead of the real rules. */
  readonly fault?: FaultName;
  /** How the run was made, for the scenario's description. */
  readonly command: string;
}

/** A violation found, shrunk, and the v1 scenario that reproduces it. */
export interface ExploreFinding {
  readonly violation: Violation;
  readonly path: string;
  readonly shrinks: number;
  readonly commands: number;
  readonly scenario: string;
}

export interface ExploreResult {
  readonly seed: number;
  /** Timelines run (the shrinking's runs aside). */
  readonly runs: number;
  /** True when the time limit stopped the search before `runs`. */
  readonly interrupted: boolean;
  readonly finding: ExploreFinding | null;
}


/**
 * Searches the target's edge cases: fast-check draws timelines biased onto the policy's
 * boundaries, each runs through the engine (the real rules, or a fault mutant) and is then
 * replayed with the invariant checker on. The first violation is shrunk by fast-check, its
 * commands minimised again, and written as a v1 scenario whose expectations are the real
 * rules'. Deterministic for a seed: the time limit only cuts the same sequence short.
 */
export function explorePolicy(target: ExploreTarget, options: ExploreOptions): ExploreResult {
  const decide: Decide | undefined = options.fault ? withFault(options.fault) : undefined;
  const anchors = startAnchors(target);
  const violationsOf = (t: Timeline): readonly Violation[] => {
    const run = runTimeline(target, anchors, t, decide);
    return replayCommands(target.policy, decide, run.commands, run.end);
  };
  const details = fc.check(
    fc.property(timelineArbitrary(target.policy, anchors.length), (t) => violationsOf(t).length === 0),
    {
      seed: options.seed,
      numRuns: options.runs,
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
    },
  );
  const counterexample = details.failed && details.counterexample ? details.counterexample[0] : null;
  const finding = counterexample ? findingOf(target, anchors, counterexample, decide, options, details.counterexamplePath ?? '', details.numShrinks) : null;
  return { seed: options.seed, runs: details.numRuns, interrupted: details.interrupted, finding };
}

function findingOf(
  target: ExploreTarget,
  anchors: readonly number[],
  timeline: Timeline,
  decide: Decide | undefined,
  options: ExploreOptions,
  path: string,
  shrinks: number,
): ExploreFinding {
  const { policy } = target;
  const run = runTimeline(target, anchors, timeline, decide);
  const first = replayCommands(policy, decide, run.commands, run.end)[0]!;
  const fails = (commands: readonly RecordedCommand[]): boolean => replayCommands(policy, decide, commands, run.end).some((v) => v.invariant === first.invariant);
  const commands = minimiseCommands(run.commands, fails);
  const violation = replayCommands(policy, decide, commands, run.end).find((v) => v.invariant === first.invariant) ?? first;
  const scenario = regressionScenario({
    title: `Explore: ${violation.invariant}${options.fault ? ` under the fault ${options.fault}` : ''}`,
    description: `Found by ${options.command}, shrunk: ${violation.message}. Passes on the real rules.`,
    tags: ['explore', violation.invariant, ...(options.fault ? [options.fault] : [])],
    policy,
    commands,
    names: { seller: 'Boundary Goods', buyer: 'Edge Buyer' },
  });
  return { violation, path, shrinks, commands: commands.length, scenario };
}
