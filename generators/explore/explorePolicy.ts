import fc from 'fast-check';
import { type Decide, type Violation, type FaultName, withFault } from '../../engine/index.js';
import { minimiseCommands } from '../regression/minimiseCommands.js';
import { regressionScenario } from '../regression/regressionScenario.js';
import { replayCommands } from '../regression/replayCommands.js';
import type { RecordedCommand } from '../regression/RecordedCommand.js';
import type { ExploreTarget } from './ExploreTarget.js';
import { ExplorePathError } from './explorePath.js';
import { runExploreCase } from './runExploreCase.js';
import { startAnchors } from './startAnchors.js';
import { exploreCaseArbitrary } from './exploreCaseArbitrary.js';
import type { ExploreCase } from './ExploreCase.js';

export interface ExploreOptions {
  readonly seed: number;
  /** How many cases at most. */
  readonly runs: number;
  /** Stop after this many ms of wall-clock time (the generated cases do not depend on it). */
  readonly timeLimitMs?: number;
  /** A fast-check path printed by an earlier run: replay that counterexample only. */
  readonly path?: string;
  /** A named rule mutant to run against instead of the real rules. */
  readonly fault?: FaultName;
  /** Other rules to run against (tests' own mutants); the fault, when named, wraps these. */
  readonly decide?: Decide;
  /** How the run was made, for the scenario's description. */
  readonly command: string;
  /** Asked between cases (every YIELD_EVERY): true stops the search, which is then marked interrupted. */
  readonly shouldStop?: () => boolean;
}

/** How many cases run between two looks at `shouldStop` (and at the process's signals). */
export const YIELD_EVERY = 64;

/** Thrown inside the property to end the search; never a finding. */
class Stopped extends Error {}

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
  /** Cases run (the shrinking's runs aside). */
  readonly runs: number;
  /** True when the time limit stopped the search before `runs`. */
  readonly interrupted: boolean;
  /** True when `shouldStop` ended the search (Ctrl-C): `runs` cases passed before it. */
  readonly stopped: boolean;
  readonly finding: ExploreFinding | null;
}


/**
 * Searches the target's edge cases: fast-check draws cases biased onto the policy's
 * boundaries, each runs through the engine (the real rules, or a fault mutant) and is then
 * replayed with the invariant checker on. The first violation is shrunk by fast-check, its
 * commands minimised again, and written as a v1 scenario whose expectations are the real
 * rules'. Deterministic for a seed: the time limit only cuts the same sequence short.
 */
export async function explorePolicy(target: ExploreTarget, options: ExploreOptions): Promise<ExploreResult> {
  const decide: Decide | undefined = options.fault ? withFault(options.fault, options.decide) : options.decide;
  const anchors = startAnchors(target);
  let tried = 0;
  const passes = async (t: ExploreCase): Promise<boolean> => {
    // A turn of the event loop now and then, so that a signal handler can ask to stop.
    if (options.shouldStop && ++tried % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.shouldStop?.()) throw new Stopped();
    const run = runExploreCase(target, anchors, t, decide);
    return replayCommands(target.policy, decide, run.commands, run.end).length === 0;
  };
  let details;
  try {
    details = await fc.check(fc.asyncProperty(exploreCaseArbitrary(target.policy, anchors.length), passes), {
      seed: options.seed,
      numRuns: options.runs,
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
    });
  } catch (err) {
    // fast-check walks the path before any case runs: one that shrinks past the end leads nowhere.
    if (options.path !== undefined && err instanceof Error && err.message.startsWith('Unable to replay')) throw new ExplorePathError(err.message);
    throw err;
  }
  if (details.failed && details.errorInstance instanceof Stopped) {
    return { seed: options.seed, runs: details.numRuns - 1, interrupted: false, stopped: true, finding: null };
  }
  const counterexample = details.failed && details.counterexample ? details.counterexample[0] : null;
  const finding = counterexample ? findingOf(target, anchors, counterexample, decide, options, details.counterexamplePath ?? '', details.numShrinks) : null;
  return { seed: options.seed, runs: details.numRuns, interrupted: details.interrupted, stopped: false, finding };
}

function findingOf(
  target: ExploreTarget,
  anchors: readonly number[],
  exploreCase: ExploreCase,
  decide: Decide | undefined,
  options: ExploreOptions,
  path: string,
  shrinks: number,
): ExploreFinding {
  const { policy } = target;
  const run = runExploreCase(target, anchors, exploreCase, decide);
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
