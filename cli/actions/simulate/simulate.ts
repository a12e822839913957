import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import cliProgress from 'cli-progress';
import { type FaultName, type Policy, faultPolicy, withFault } from '../../../engine/index.js';
import {
  CompiledPopulation,
  type Population,
  FINAL_OUTCOMES,
  type Summary,
  loadPopulationFile,
  parseCount,
  parseFault,
  parseSeed,
  runPopulationParallel,
  summaryJson,
  writeRegressionScenarios,
} from '../../../generators/index.js';
import { count, outcomeLabel } from '../../../reports/index.js';
import { cardConsoleLines } from '../../../reports/render/card/cardConsole.js';
import { EVENTS_FILE_PROBLEM } from '../../../generators/parallel/openEventsFile.js';
import { POPULATION_LIMITS, runSizeProblem } from '../../../generators/population/populationLimits.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { EXIT, InputError } from '../../exit.js';
import { RUN_IDENTITY_FILE, runIdentityJson, runIdentityOf } from '../../io/RunIdentity.js';
import { claimOutputFolder } from '../../io/claimOutputFolder.js';
import { refuseOutputOverInput, refuseSharedOutputs } from '../../io/refuseOutputOverInput.js';
import { diagnostics } from '../../io/diagnostics.js';
import { hearPendingSignals, watchInterruption } from '../../io/interruption.js';
import { PATH_PROBLEMS, pathProblemCode } from '../../../input/pathProblem.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';
import { writeClaimLog } from '../../io/writeClaimLog.js';
import { writeOcel } from '../../io/writeOcel.js';
import { CLAIMS_PER_WORKER, chooseWorkers, maxWorkers } from '../shared/chooseWorkers.js';
import { need } from '../shared/need.js';
import { shellWord } from '../../shellWord.js';
import { type ShardFlags, shardOption } from '../shared/shardOption.js';
import { type Shard, shardLength } from '../../../input/Shard.js';

export interface SimulateFlags extends ShardFlags {
  readonly population: string;
  readonly policy?: string;
  readonly seed?: string;
  readonly claims?: string;
  /** `--set path=value` overrides of the population, in order. */
  readonly set?: readonly string[];
  readonly workers: string;
  readonly out: string;
  readonly events?: string;
  /** `--log FILE`: the run's events as a claim log (docs/claim-log.md), gzip when FILE ends in .gz. */
  readonly log?: string;
  /** `--ocel FILE`: the run as an OCEL 2.0 JSON document (docs/claim-log.md, OCEL 2.0). */
  readonly ocel?: string;
  readonly quiet?: boolean;
  readonly injectFault?: string;
  /** `--target COMMAND|URL`: the population's commands through a target of the protocol (docs/target-protocol.md). */
  readonly target?: string;
  readonly targetTimeout?: string;
}


/** `claimsim simulate` (registered in cli/commands/simulate.ts): its exit status. */
export async function simulate(flags: SimulateFlags): Promise<number> {
  const population = loadPopulationFile(flags.population, flags.set);
  const fault: FaultName | undefined = flags.injectFault !== undefined ? need(parseFault(flags.injectFault)) : undefined;
  // A fault of dated changes shows only under a policy with changes: without --policy, the fault's own.
  const policy: Policy = flags.policy === undefined && fault !== undefined ? faultPolicy(fault) : loadPolicyOption('--policy', flags.policy);
  const seed = flags.seed !== undefined ? need(parseSeed(flags.seed)) : population.seed;
  const claimsOption = flags.claims !== undefined ? need(parseCount('--claims', flags.claims, POPULATION_LIMITS.claims)) : undefined;
  const shard = shardOption(flags);
  const claims = new CompiledPopulation(population, policy, seed, claimsOption).claims;
  const claimsInRun = shardLength(claims, shard);
  if (flags.target !== undefined) {
    refuseForTarget(flags, claimsInRun);
    process.stderr.write(`seed ${seed} · reproduce with: ${reproduceCommand({ ...flags, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}) }, seed)}\n`);
    const { simulateThroughTarget } = await import('./simulateThroughTarget.js');
    return simulateThroughTarget({ population, policy, seed, claims: claimsOption, shard, target: flags.target, targetTimeout: flags.targetTimeout });
  }
  const cores = availableParallelism();
  const workers = need(chooseWorkers(flags.workers, claimsInRun, cores, flags.events !== undefined || flags.log !== undefined || flags.ocel !== undefined));
  if (flags.events && workers > 1) throw new InputError('--events streams one engine\'s events in order: use it with --workers 1');
  if (flags.events !== undefined) refuseEventsOverFiles(flags);
  if (flags.log && workers > 1) throw new InputError('--log writes one engine\'s events in order: use it with --workers 1');
  if (flags.ocel && workers > 1) throw new InputError('--ocel writes one engine\'s events in order: use it with --workers 1');
  if (flags.ocel !== undefined && [flags.log, flags.events].some((f) => f !== undefined && resolve(f) === resolve(flags.ocel!))) {
    throw new InputError(`--ocel names the file of --log or --events (${flags.ocel}): give each its own file`);
  }
  if (flags.log !== undefined && flags.events !== undefined && resolve(flags.log) === resolve(flags.events)) {
    throw new InputError(`--log and --events name one file (${flags.log}): the claim log is written from the events, give each its own file`);
  }
  const most = maxWorkers(cores, claimsInRun);
  if (workers > most) {
    throw new InputError(`--workers ${workers} is more than this run can use: at most ${most} (the machine's ${cores} cores, at least 2, and one worker per ${CLAIMS_PER_WORKER} claims of the run's ${claimsInRun}); each worker holds its own copy of the engine`);
  }
  const tooBig = runSizeProblem(claimsInRun, getHeapStatistics().heap_size_limit, workers);
  if (tooBig) throw new InputError(`claimsim simulate: ${tooBig}`);
  const command = reproduceCommand({ ...flags, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}) }, seed);
  process.stderr.write(`seed ${seed} · reproduce with: ${command}\n`);
  // A signal sent while the files loaded ends the binary here, before the folder is claimed.
  await hearPendingSignals();
  // Claimed before the run: an output folder that cannot be written, or that another run is
  // writing, stops it at once; what a previous run left there goes, so none of it is mistaken for this run's.
  const release = claimOutputFolder(flags.out, ['summary.json', RUN_IDENTITY_FILE, 'regressions']);
  try {
    return await runAndWrite(flags, { population, policy, seed, claims, claimsInRun, claimsOption, shard, fault, workers, command });
  } finally {
    release();
  }
}

/** `--target` is for conformance, not scale: one worker, at most 10^4 claims, none of the outputs of a run in process. */
function refuseForTarget(flags: SimulateFlags, claimsInRun: number): void {
  if (flags.workers !== 'auto' && flags.workers !== '1') throw new InputError(`--workers ${flags.workers}: --target sends one command stream through one target, in order: use --workers 1 (or leave it out)`);
  if (claimsInRun > 10_000) throw new InputError(`--target: ${claimsInRun} claims is more than 10000; --target is for conformance, not scale (give --claims 10000 or fewer)`);
  if (flags.injectFault !== undefined) throw new InputError('--inject-fault breaks the engine in process; to break the target, serve one: --target \'claimsim serve --inject-fault NAME\'');
  for (const [name, v] of [['--events', flags.events], ['--log', flags.log], ['--ocel', flags.ocel]] as const) {
    if (v !== undefined) throw new InputError(`${name} writes a run in process; with --target the target's events are judged, not written (leave ${name} out)`);
  }
}

/** The events file may be none of the run's inputs (the population, a policy file) and none of the files it writes into --out. */
function refuseEventsOverFiles(flags: SimulateFlags): void {
  const events = { what: '--events', path: flags.events! };
  refuseOutputOverInput(events, [{ what: 'the population file', path: flags.population }, ...(flags.policy !== undefined ? [{ what: 'the --policy file', path: flags.policy }] : [])]);
  refuseSharedOutputs([events, ...['summary.json', RUN_IDENTITY_FILE].map((name) => ({ what: '--out', path: join(flags.out, name) }))]);
}

interface Run {
  readonly population: Population;
  readonly policy: Policy;
  readonly seed: number;
  readonly claims: number;
  readonly claimsInRun: number;
  readonly claimsOption: number | undefined;
  readonly shard: Shard | undefined;
  readonly fault: FaultName | undefined;
  readonly workers: number;
  readonly command: string;
}

/** Runs the claims and writes the summary and regression scenarios into the claimed folder; the exit status. */
async function runAndWrite(flags: SimulateFlags, run: Run): Promise<number> {
  const { population, policy, seed, claims, claimsInRun, claimsOption, shard, fault, workers, command } = run;
  const interrupts = watchInterruption();
  const bar = !flags.quiet && process.stderr.isTTY ? progressBar() : null;
  bar?.start(claimsInRun, 0);
  const log = diagnostics();
  const started = performance.now();
  log.info({ population: population.name, claims: claimsInRun, seed, workers, shard: shard ?? null, fault: fault ?? null }, 'simulate: run starts');
  let result;
  try {
    result = await runPopulationParallel(flags.population, {
      policy,
      seed,
      workers,
      ...(flags.set?.length ? { settings: flags.set } : {}),
      ...(claimsOption !== undefined ? { claims: claimsOption } : {}),
      ...(shard ? { shard } : {}),
      ...(fault ? { fault } : {}),
      ...(flags.events || flags.log || flags.ocel ? { eventsFile: flags.events ?? claimLogEvents((flags.log ?? flags.ocel)!) } : {}),
      // The claim log's own events file also carries the agents' commands (what each submitted, the refused ones); a --events file stays events only.
      ...(!flags.events && (flags.log || flags.ocel) ? { eventsWithCommands: true } : {}),
      onProgress: (done, total) => {
        bar?.setTotal(Math.max(total, 1));
        bar?.update(done);
      },
      shouldStop: interrupts.stopped,
    });
  } catch (err) {
    // The events file is the user's path: a full disk or an unwritable device is named, not a fault.
    if (err instanceof Error && err.message.startsWith(EVENTS_FILE_PROBLEM)) throw new InputError(`claimsim: ${err.message}`);
    throw err;
  } finally {
    bar?.stop();
    interrupts.dispose();
  }

  log.info({ ms: Math.round(performance.now() - started), events: result.summary.events, partial: result.summary.partial }, 'simulate: run done');
  let summary = result.summary;
  let regressions: string[] = [];
  if (summary.invariantViolations.total > 0 && !summary.partial) {
    const written = writingInto(flags.out, () =>
      writeRegressionScenarios(summary, { population, policy, seed, claims, ...(fault ? { decide: withFault(fault), tags: [fault] } : {}), command }, flags.out),
    );
    summary = written.summary;
    regressions = written.files.map((f) => join(flags.out, f.path));
  }
  const summaryPath = join(flags.out, 'summary.json');
  writeOutputFile(summaryPath, summaryJson(summary));
  writeOutputFile(join(flags.out, RUN_IDENTITY_FILE), runIdentityJson(runIdentityOf({ population, seed, policy, claims, fault, shard })));
  if (!flags.quiet) process.stdout.write(report(summary, summaryPath, regressions, flags.events));
  if (flags.log) {
    await writeClaimLog(flags.events ?? claimLogEvents(flags.log), flags.log, policy, summary.horizon);
    if (!flags.events && !flags.ocel) rmSync(claimLogEvents(flags.log), { force: true });
    if (!flags.quiet) process.stdout.write(`claim log: ${flags.log}\n`);
  }
  if (flags.ocel) {
    const events = flags.events ?? claimLogEvents(flags.log ?? flags.ocel);
    await writeOcel(events, flags.ocel, policy);
    if (!flags.events) rmSync(events, { force: true });
    if (!flags.quiet) process.stdout.write(`OCEL 2.0 log: ${flags.ocel}\n`);
  }
  if (summary.partial) {
    process.stderr.write(`interrupted: the summary so far is in ${summaryPath} ("partial": true)\n`);
    return interrupts.status() === EXIT.ok ? EXIT.interrupted : interrupts.status();
  }
  return summary.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
}

/** Where a run with --log and no --events streams its events before they are written as the claim log. */
function claimLogEvents(log: string): string {
  return `${log}.events.tmp`;
}

/** Runs a write into the output folder: a path problem names the folder and the reason (exit 2). */
function writingInto<T>(out: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    const code = pathProblemCode(err);
    if (code === undefined) throw err;
    throw new InputError(`claimsim: cannot write into ${out}: ${PATH_PROBLEMS[code]} (${code}; give --out a folder where there is room)`);
  }
}

function progressBar(): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream: process.stderr, format: 'simulate [{bar}] {percentage}% | {value}/{total} claims | eta {eta_formatted}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/** The command that makes the same run again (the seed made explicit). */
function reproduceCommand(flags: SimulateFlags, seed: number): string {
  const parts = ['npx', 'claimsim', 'simulate', '--population', flags.population, '--seed', String(seed)];
  const add = (name: string, v: string | undefined): void => {
    if (v !== undefined) parts.push(name, v);
  };
  for (const s of flags.set ?? []) add('--set', s);
  add('--policy', flags.policy);
  add('--claims', flags.claims);
  add('--shard', flags.shard);
  add('--inject-fault', flags.injectFault);
  // Any number of workers gives the same summary; an explicit number is kept all the same.
  if (flags.workers !== 'auto' && flags.workers !== '1') add('--workers', flags.workers);
  add('--out', flags.out);
  add('--events', flags.events);
  add('--log', flags.log);
  add('--ocel', flags.ocel);
  add('--target', flags.target);
  add('--target-timeout', flags.targetTimeout);
  return parts.map(shellWord).join(' ');
}

function report(s: Summary, summaryPath: string, regressions: readonly string[], events: string | undefined): string {
  const pct = (n: number): string => (s.claims ? `${((100 * n) / s.claims).toFixed(1)}%` : '-');
  // The one label table of the reports, with the summary's JSON key beside each label.
  const label = (o: (typeof FINAL_OUTCOMES)[number]) => `${outcomeLabel(o)} (${o})`;
  const width = Math.max(...FINAL_OUTCOMES.map((o) => label(o).length));
  const lines = [
    `${s.population}: ${count(s.claims)} claims${s.shard ? ` (shard ${s.shard.index}/${s.shard.count})` : ''}, ${s.horizon.start} → ${s.horizon.end}${s.partial ? ' (partial)' : ''}`,
    ...FINAL_OUTCOMES.filter((o) => s.outcomes[o] > 0).map((o) => `  ${label(o).padEnd(width)}  ${count(s.outcomes[o]).padStart(9)}  ${pct(s.outcomes[o]).padStart(6)}`),
    `  requests ${count(s.requests)} · escalated to support ${count(s.escalatedToSupport)} · cooldown refusals ${count(s.cooldownRefusals)} · delayed ${count(s.delayedClaims)} · PII warnings ${count(s.piiWarnings)} · events ${count(s.events)}`,
    `invariant violations: ${count(s.invariantViolations.total)}${s.invariantViolations.total ? ` (${Object.entries(s.invariantViolations.byInvariant).map(([k, v]) => `${k} ${count(v)}`).join(', ')})` : ''}`,
    ...regressions.map((r) => `  regression scenario: ${r}`),
    ...(s.calibration ? cardConsoleLines(s.calibration) : []),
    `summary: ${summaryPath}`,
    ...(events ? [`events: ${events}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
