import { join } from 'node:path';
import fc from 'fast-check';
import { type ExploreTarget, type ExploreCase, runExploreCase, startAnchors, exploreCaseArbitrary } from '../../../generators/explore/index.js';
import { regressionScenario } from '../../../generators/regression/regressionScenario.js';
import type { TargetClient } from '../../../target/adapter/TargetClient.js';
import { TargetError } from '../../../target/adapter/TargetError.js';
import { type ReplayResult, missingForReplay, replayThroughTarget } from '../../../target/run/replayThroughTarget.js';
import { EXIT, InputError } from '../../exit.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import { caseCount } from './caseCount.js';

/** What `explore --target` searches with, checked. */
export interface TargetExploration {
  readonly target: ExploreTarget;
  readonly seed: number;
  readonly runs: number;
  readonly seconds: number | undefined;
  readonly path: string | undefined;
  readonly out: string;
  /** The command line, without --path and --runs, for the replay lines and the scenario's description. */
  readonly base: readonly string[];
  readonly stopped: () => boolean;
  readonly status: () => number;
}

/** Thrown inside the property to end the search (a signal, or the target broke the protocol); never a finding. */
class Stopped extends Error {
  constructor(readonly broken: TargetError | null = null) {
    super(broken?.message ?? 'stopped');
  }
}

/**
 * `explore --target`: the boundary cases of `claimsim explore`, each decided against the
 * reference rules and replayed through the target (a reset, then its commands at their
 * instants, the reference alongside, the invariant checker on the target's events). A
 * case fails on a divergence, an unknown answer or a violation in the target's events;
 * fast-check shrinks the first one over the same async check, and it is written as a v1
 * scenario whose expectations are the real rules' (it fails through the target). The
 * in-process search's second pass, which drops commands one by one, is not run here.
 */
export async function exploreThroughTarget(client: TargetClient, x: TargetExploration): Promise<number> {
  const { policy } = x.target;
  const anchors = startAnchors(x.target);
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  let tried = 0;
  const replay = async (t: ExploreCase): Promise<ReplayResult> => {
    const run = runExploreCase(x.target, anchors, t);
    const lacks = missingForReplay(policy, run.commands, client.capabilities);
    if (lacks !== null) throw new InputError(`--target: ${client.name} cannot take these cases: ${lacks}`);
    return replayThroughTarget(client, { policy, start: run.commands[0]!.at, end: run.end, commands: run.commands });
  };
  const passes = async (t: ExploreCase): Promise<boolean> => {
    if (++tried % 16 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (x.stopped()) throw new Stopped();
    const r = await replay(t);
    if (r.broken) throw new Stopped(r.broken);
    return r.divergence === null && r.unknown === null && r.violations.length === 0;
  };
  const details = await fc.check(fc.asyncProperty(exploreCaseArbitrary(policy, anchors.length), passes), {
    seed: x.seed,
    numRuns: x.runs,
    ...(x.path !== undefined ? { path: x.path } : {}),
    ...(x.seconds !== undefined ? { interruptAfterTimeLimit: x.seconds * 1000, markInterruptAsFailure: false } : {}),
  });
  if (details.failed && details.errorInstance instanceof InputError) throw details.errorInstance;
  if (details.failed && details.errorInstance instanceof Stopped) {
    const broken = details.errorInstance.broken;
    if (broken) {
      say(`stopped: ${broken.message}; no case after it ran`);
      return EXIT.failed;
    }
    say(`interrupted after ${caseCount(details.numRuns - 1)} with no divergence (partial); reproduce with: ${[...x.base, '--runs', String(details.numRuns - 1)].join(' ')}`);
    return x.status();
  }
  if (!details.failed || !details.counterexample) {
    say(`no divergence, unknown answer or invariant violation through ${client.name} in ${caseCount(details.numRuns)}`);
    return EXIT.ok;
  }
  const exploreCase = details.counterexample[0];
  const r = await replay(exploreCase);
  const run = runExploreCase(x.target, anchors, exploreCase);
  const what = r.divergence ? `diverged at ${r.divergence}` : r.unknown ? `unknown: ${r.unknown}` : `${r.violations[0]!.invariant} violated in the target's events: ${r.violations[0]!.message}`;
  const tag = r.divergence ? 'divergence' : r.unknown ? 'unknown' : r.violations[0]!.invariant;
  const scenario = regressionScenario({
    title: `Explore through ${client.name}: ${tag}`,
    description: `Found by ${x.base.join(' ')}, shrunk by fast-check (${details.numShrinks} times): ${what}. Passes on the real rules.`,
    tags: ['explore', 'target', ...(r.violations[0] ? [r.violations[0].invariant] : [])],
    policy,
    commands: run.commands,
    names: { seller: 'Boundary Goods', buyer: 'Edge Buyer' },
  });
  const name = `explore-target-seed${x.seed}-${tag}.yaml`;
  writeOutputs(x.out, { [name]: scenario });
  const file = join(x.out, name);
  say(`${what}`);
  say(`after ${caseCount(details.numRuns)}, shrunk ${details.numShrinks} times to ${run.commands.length} commands`);
  say(`scenario: ${file} (passes on the real rules, fails through the target: claimsim run ${file} --target …)`);
  say(`replay with: ${[...x.base, '--path', details.counterexamplePath ?? ''].join(' ')}`);
  return EXIT.failed;
}
