import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDARY_PARAMETERS, type FaultName, type Policy, changeInstants, faultPolicy } from '../../../engine/index.js';
import { DST_YEARS, ExplorePathError, daylightSavingTransitions, explorePathProblem, explorePolicy } from '../../../generators/explore/index.js';
import { EXPLORE_LIMITS } from '../../../generators/explore/EXPLORE_DEFAULTS.js';
import { parseCount, parseFault, parseSeed } from '../../../generators/index.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import { type Interruption, watchInterruption } from '../../io/interruption.js';
import { EXIT, InputError } from '../../exit.js';
import { need } from '../shared/need.js';
import { caseCount } from './caseCount.js';
import { shellWord } from '../../shellWord.js';
import { TargetClient } from '../../../target/adapter/TargetClient.js';
import { TargetError } from '../../../target/adapter/TargetError.js';
import { parseTargetTimeout } from '../../../target/adapter/targetLimits.js';

export interface ExploreFlags {
  readonly policy?: string;
  readonly seed: string;
  readonly runs: string;
  readonly seconds?: string;
  readonly path?: string;
  readonly out: string;
  readonly injectFault?: string;
  /** `--target COMMAND|URL`: each case through a target of the protocol (docs/target-protocol.md). */
  readonly target?: string;
  readonly targetTimeout?: string;
}

/** The most cases one run tries, and the longest time budget. */
export const MAX_RUNS = EXPLORE_LIMITS.runs;
export const MAX_SECONDS = EXPLORE_LIMITS.seconds;

/** `claimsim explore` (registered in cli/commands/explore.ts): its exit status. */
export async function explore(flags: ExploreFlags): Promise<number> {
  const policy: Policy = loadPolicyOption('--policy', flags.policy);
  const seed = need(parseSeed(flags.seed));
  const runs = need(parseCount('--runs', flags.runs, MAX_RUNS));
  const seconds = flags.seconds !== undefined ? need(parseCount('--seconds', flags.seconds, MAX_SECONDS)) : undefined;
  const pathProblem = flags.path !== undefined ? explorePathProblem(flags.path, MAX_RUNS) : null;
  if (pathProblem !== null) throw new InputError(`--path ${shortPath(flags.path!)}: ${pathProblem}`);
  const fault: FaultName | undefined = flags.injectFault !== undefined ? need(parseFault(flags.injectFault)) : undefined;
  if (flags.target !== undefined && fault !== undefined) throw new InputError("--inject-fault breaks the engine in process; to break the target, serve one: --target 'claimsim serve --inject-fault NAME'");
  // Made before the search, so that an output folder that cannot be written stops it at once.
  mkdirSync(flags.out, { recursive: true });

  // Listening before the first line is printed: a signal from then on stops the search cleanly.
  const signals = watchInterruption();
  try {
    // A fault of dated changes shows only under a policy with changes: without --policy, the fault's own.
    const searched = flags.policy === undefined && fault !== undefined ? faultPolicy(fault) : policy;
    return await search(flags, { policy: searched, seed, runs, seconds, fault }, signals);
  } catch (err) {
    if (!(err instanceof ExplorePathError)) throw err;
    throw new InputError(`--path ${shortPath(flags.path ?? '')}: leads to no case of this search (give the path an earlier run printed, with its --seed, --policy and --inject-fault)`);
  } finally {
    signals.dispose();
  }
}

/** The options, checked. */
interface ExploreSettings {
  readonly policy: Policy;
  readonly seed: number;
  readonly runs: number;
  readonly seconds: number | undefined;
  readonly fault: FaultName | undefined;
}

async function search(flags: ExploreFlags, { policy, seed, runs, seconds, fault }: ExploreSettings, signals: Interruption): Promise<number> {
  const target = { policy, changes: changeInstants(policy) };
  const base = ['npx claimsim explore', ...(flags.policy ? ['--policy', flags.policy] : []), '--seed', String(seed), ...(fault ? ['--inject-fault', fault] : [])];
  const transitions = daylightSavingTransitions(policy.timezone, DST_YEARS.from, DST_YEARS.to).length;
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  say(`explore · ${policy.timezone} · seed ${seed} · up to ${runs} cases${seconds !== undefined ? ` or ${seconds} s` : ''}${fault ? ` · fault ${fault}` : ''}`);
  say(`boundaries: ${BOUNDARY_PARAMETERS.map((b) => `${b.words} ${policy[b.key]} d`).join(', ')}, midnight; ${transitions} daylight-saving transitions in ${DST_YEARS.from}–${DST_YEARS.to}${target.changes.length ? `; ${target.changes.length} dated change${target.changes.length === 1 ? '' : 's'}` : ''}`);

  if (flags.target !== undefined) {
    const { exploreThroughTarget } = await import('./exploreThroughTarget.js');
    const client = await openTarget(flags.target, flags.targetTimeout);
    try {
      say(`through ${client.name} (${client.description})`);
      const withTarget = [...base, '--target', shellWord(flags.target), ...(flags.targetTimeout !== undefined ? ['--target-timeout', flags.targetTimeout] : [])];
      return await exploreThroughTarget(client, { target, seed, runs, seconds, path: flags.path, out: flags.out, base: withTarget, stopped: signals.stopped, status: signals.status });
    } finally {
      await client.close();
    }
  }
  const result = await explorePolicy(target, {
    seed,
    runs,
    ...(seconds !== undefined ? { timeLimitMs: seconds * 1000 } : {}),
    ...(flags.path !== undefined ? { path: flags.path } : {}),
    ...(fault ? { fault } : {}),
    command: base.join(' '),
    shouldStop: signals.stopped,
  });
  if (result.stopped) {
    say(`interrupted after ${caseCount(result.runs)} with no invariant violated (partial); reproduce with: ${[...base, '--runs', String(result.runs)].join(' ')}`);
    return signals.status();
  }
  if (result.interrupted) say(`stopped by --seconds ${seconds} after ${caseCount(result.runs)}; reproduce with: ${[...base, '--runs', String(result.runs)].join(' ')}`);
  const finding = result.finding;
  if (!finding) {
    say(`no invariant violated in ${caseCount(result.runs)}`);
    return EXIT.ok;
  }
  const name = `explore-seed${seed}-${finding.violation.invariant}${fault ? `-${fault}` : ''}.yaml`;
  const file = join(flags.out, name);
  // A link planted under the scenario's name is replaced, never written through.
  writeOutputs(flags.out, { [name]: finding.scenario });
  say(`${finding.violation.invariant} violated after ${caseCount(result.runs)}, shrunk ${finding.shrinks} times to ${finding.commands} commands: ${finding.violation.message}`);
  say(`scenario: ${file} (${fault ? 'fails under the fault, passes on the real rules' : 'fails on the rules'}: claimsim run ${file})`);
  say(`replay with: ${[...base, '--path', finding.path].join(' ')}`);
  return EXIT.failed;
}

/** The target started or connected to, and greeted; one that cannot be is bad input (exit 2). */
async function openTarget(spec: string, timeoutText: string | undefined): Promise<TargetClient> {
  const timeout = parseTargetTimeout(timeoutText ?? '5s');
  if (!timeout.ok) throw new InputError(timeout.message);
  try {
    return await TargetClient.open(spec, { timeoutMs: timeout.ms });
  } catch (err) {
    if (err instanceof TargetError) throw new InputError(`--target: ${err.message}`);
    throw err;
  }
}

/** A path as a message shows it: a long one cut short. */
function shortPath(path: string): string {
  return path.length > 40 ? `${path.slice(0, 40)}…` : path;
}
