import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { DEFAULT_POLICY, type FaultName, type Policy, faultPolicy } from '../../engine/index.js';
import { CompiledPopulation, type Population, loadPopulationFile, summaryJson } from '../../generators/index.js';
import {
  type ScenarioRunInput,
  type SuiteReport,
  buildScenarioReport,
  buildSimulationReport,
  checkCoverage,
  claimListWorkbook,
  count,
  renderHtml,
  renderJson,
  renderMarkdown,
  runSizeText,
} from '../../reports/index.js';
import { type RunReport, type ScenarioResult, findScenarioFiles, loadScenarioFile, runScenarioPaths } from '../../scenarios/index.js';
import { EXIT, InputError } from '../exit.js';
import { replicationSeeds } from '../grid/replicationSeeds.js';
import { withRegressionScenarios } from '../grid/withRegressionScenarios.js';
import { writeOutputs } from '../io/writeOutputs.js';
import { type Interrupts, watchInterrupts } from '../io/watchInterrupts.js';
import type { TaskResult } from '../grid/PopulationTask.js';
import type { PackedRows } from '../../reports/xlsx/listedRows.js';
import { taskWorkers } from './chooseWorkers.js';
import { need } from './need.js';
import { DEFAULT_POPULATION, LIBRARY, fromRoot } from './shippedFiles.js';
import { runWatchedTasks } from './runWatchedTasks.js';
import { type Completion, completionText, markPartial } from './markPartial.js';
import { diagnostics } from '../io/diagnostics.js';

export interface AllOptions {
  scenarios?: string[];
  population?: string;
  /** `--set path=value` overrides of the population, in order. */
  set?: string[];
  replications: number;
  seed?: number;
  claims?: number;
  claimListCap: number;
  /** List only this replication's claims (1-based); default: every replication's. */
  replication?: number;
  workers: string;
  out: string;
  injectFault?: FaultName;
}

/** `claimsim all` (registered in cli/commands/all.ts): its exit status. */
export async function all(o: AllOptions): Promise<number> {
  const started = performance.now();
  const populationFile = o.population ?? fromRoot(DEFAULT_POPULATION);
  if (!existsSync(populationFile)) throw new InputError(`${populationFile}:1:1: no such population file (give one with --population FILE)`);
  const population = loadPopulationFile(populationFile, o.set);
  const seeds = replicationSeeds(o.seed ?? population.seed, o.replications);
  if (o.replication !== undefined && o.replication > seeds.length) {
    throw new InputError(`--replication ${o.replication}: the run has ${seeds.length} replication${seeds.length === 1 ? '' : 's'} (give 1 to ${seeds.length}, or more --replications)`);
  }
  const claims = o.claims !== undefined ? { claims: o.claims } : {};
  // The default policy; a fault of dated changes shows only under its own policy with changes.
  const policy: Policy = o.injectFault !== undefined ? faultPolicy(o.injectFault) : DEFAULT_POLICY;
  const listCaps = claimListCaps(seeds.map((seed) => new CompiledPopulation(population, policy, seed, o.claims).claims), o.claimListCap, o.replication);
  // Started first: the population runs on the workers while the scenarios run here.
  const tasks = seeds.map((seed, r) => ({
      population,
      policy,
      seed,
      ...claims,
      ...(o.injectFault ? { fault: o.injectFault } : {}),
      ...(listCaps[r]! > 0 ? { claimListCap: listCaps[r]! } : {}),
  }));
  const workers = need(taskWorkers(o.workers, tasks, availableParallelism()));
  const scenarioPaths = o.scenarios ?? [fromRoot(LIBRARY)];
  process.stderr.write(
    `all: the scenarios in ${scenarioPaths.join(', ')}, and ${population.name} (${populationFile}) × ${seeds.length} replication${seeds.length === 1 ? '' : 's'} ` +
      `on ${workers} thread${workers === 1 ? '' : 's'}; the report goes to ${o.out}\n`,
  );
  const onTask = (index: number): void => void diagnostics().info({ replication: index + 1 }, 'all: replication complete');
  const {
    results,
    alongside: scenarioRun,
    interrupted: status,
  } = await runWatchedTasks(tasks, { command: 'all', progress: 'all: simulation', workers, onTask }, (shouldStop) => runScenarioFiles(scenarioPaths, shouldStop));
  // From here the reports are written. A signal now cuts the claim list short at its next row
  // (its About sheet says so), the other reports are finished, and the status is 130 or 143.
  const reportPhase = watchInterrupts();
  try {
    diagnostics().info({ out: o.out }, 'all: reports start');
    return await writeReports(o, { started, population, populationFile, seeds, policy, tasks: tasks.length, results, scenarioRun, status }, reportPhase);
  } finally {
    reportPhase.dispose();
  }
}

/** What the run left for its reports. */
interface RunDone {
  readonly started: number;
  readonly population: Population;
  readonly populationFile: string;
  readonly seeds: readonly number[];
  readonly policy: Policy;
  readonly tasks: number;
  readonly results: readonly (TaskResult | undefined)[];
  readonly scenarioRun: ScenarioFiles;
  /** 130 or 143 when a signal stopped the run, null when it ran to the end. */
  readonly status: number | null;
}

/**
 * The report phase of `claimsim all`: the claim list first (the long part, streamed a row at a
 * time and cut short by a signal), then the report in three renderings and the first
 * replication's summary, which take a second and are always finished. Returns the exit status.
 */
async function writeReports(o: AllOptions, d: RunDone, reportPhase: Interrupts): Promise<number> {
  const { population, populationFile, seeds, policy, results, scenarioRun, status } = d;
  const claims = o.claims !== undefined ? { claims: o.claims } : {};
  // The replications that ran to the end: after a signal, the report holds those only.
  const done = results.flatMap((res, r) => (res ? [{ res, r }] : []));
  const listed = done.flatMap(({ res, r }) =>
    o.replication === undefined || o.replication === r + 1 ? [{ replication: r + 1, seed: seeds[r]!, rows: res.claimList?.rows ?? NO_ROWS, claims: res.summary.claims }] : [],
  );
  const workbook = await claimListWorkbook({
    replications: listed,
    cap: o.claimListCap,
    source: `${population.name} (${populationFile}), ${policy.changes?.length ? `the dated changes of fault ${o.injectFault ?? ''}` : 'default policy'}`,
    shouldStop: reportPhase.stopped,
  });
  const list = { due: listed.reduce((n, l) => n + l.rows.count, 0), rows: workbook.rows, claims: listed.reduce((n, l) => n + l.claims, 0) };
  const run = { population, populationFile, settings: o.set ?? [], policy, ...claims, ...(o.injectFault ? { fault: o.injectFault } : {}) };
  const summaries = done.map(({ res }) => withRegressionScenarios(res.summary, run, o.out));
  const report: SuiteReport = {
    kind: 'suite',
    scenarios: buildScenarioReport(withCheckedRules(scenarioRun.report)),
    simulation: summaries.length ? buildSimulationReport(summaries, { extraCoverage: { R19: list.rows } }) : null,
    claimList: { file: 'claims.xlsx', rows: list.rows, claims: list.claims },
  };
  const { html, charts } = await renderHtml(report);
  const completions: Completion[] = [
    { unit: 'scenario files', total: scenarioRun.total, complete: Array.from({ length: scenarioRun.ran }, (_, i) => i + 1) },
    { unit: 'replications', total: d.tasks, complete: done.map(({ r }) => r + 1) },
  ];
  const rendered = { markdown: renderMarkdown(report), html };
  const files = status !== null ? markPartial(report, completions, rendered) : { json: renderJson(report), ...rendered };
  const paths = writeOutputs(o.out, {
    'report.html': files.html,
    'report.md': files.markdown,
    'report.json': files.json,
    // The first replication's summary, when it ran to the end (after a signal it may not have).
    ...(done[0]?.r === 0 ? { 'summary.json': summaryJson(summaries[0]!) } : {}),
    'claims.xlsx': workbook.bytes,
  });
  // No summary of an earlier run may stand beside this report as if it were this run's.
  if (!('summary.json' in paths)) rmSync(join(o.out, 'summary.json'), { force: true });
  const s = report.scenarios!, m = report.simulation;
  const seconds = ((performance.now() - d.started) / 1000).toFixed(1);
  process.stdout.write(
    [
      `scenarios: ${s.passed} passed, ${s.failed} failed, ${s.errors} not valid`,
      m
        ? `simulation: ${population.name}, ${runSizeText(m.claims, m.seeds)}, ${m.invariantViolations.total === 0 ? 'no invariant violated' : `${m.invariantViolations.total} invariant violations`}`
        : `simulation: ${population.name}, no replication complete`,
      `report: ${paths['report.html']} (${charts} charts; also ${Object.keys(paths).filter((f) => f !== 'report.html').map((f) => paths[f]).join(', ')})`,
      `took ${seconds} s`,
      '',
    ].join('\n'),
  );
  if (status !== null) {
    process.stderr.write(`interrupted: ${completionText(completions)}; the report in ${o.out} holds the complete ones ("partial": true)\n`);
    return status;
  }
  if (reportPhase.stopped()) {
    const signal = reportPhase.status() === EXIT.interrupted ? 'interrupted (SIGINT)' : 'terminated (SIGTERM)';
    const xlsx = paths['claims.xlsx'];
    process.stderr.write(
      workbook.cut
        ? `${signal} while the reports were written: the report and summary are complete; ${xlsx} lists ${count(list.rows)} of the ${count(list.due)} rows due, marked partial in its About sheet (run again for the whole list)\n`
        : `${signal} while the reports were written: every report was complete and is written in ${o.out}\n`,
    );
    return reportPhase.status();
  }
  return s.failed + s.errors > 0 || (m?.invariantViolations.total ?? 0) > 0 ? EXIT.failed : EXIT.ok;
}

const NO_ROWS: PackedRows = { text: '', count: 0 };

/** The scenario files of a run: the report of those that ran, and how many of how many. */
interface ScenarioFiles {
  readonly report: RunReport;
  readonly ran: number;
  readonly total: number;
}

/**
 * Runs the scenarios under `paths` a file at a time, looking at `shouldStop` between files (a
 * signal is heard there; the population runs on its threads meanwhile). A path that names no
 * file, or a folder with a skipped link, is run whole, for runScenarioPaths' own entry for it.
 */
async function runScenarioFiles(paths: readonly string[], shouldStop: () => boolean): Promise<ScenarioFiles> {
  const units = paths.flatMap((path) => {
    const found = findScenarioFiles(path);
    return 'missing' in found || found.files.length === 0 || found.skipped.length > 0 ? [path] : found.files;
  });
  const scenarios: ScenarioResult[] = [];
  let ran = 0;
  for (const unit of units) {
    await new Promise((resolve) => setImmediate(resolve));
    if (shouldStop()) break;
    scenarios.push(...runScenarioPaths([unit]).scenarios);
    ran++;
  }
  const count = (status: ScenarioResult['status']) => scenarios.filter((s) => s.status === status).length;
  return { report: { passed: count('passed'), failed: count('failed'), errors: count('error'), scenarios }, ran, total: units.length };
}

/**
 * Each replication's share of the claim list's cap: the first claims received of replication
 * 1, then of 2, … until the cap is reached; only replication `only` when one is chosen.
 */
function claimListCaps(claimsPerReplication: readonly number[], cap: number, only: number | undefined): number[] {
  let left = cap;
  return claimsPerReplication.map((n, r) => {
    if (only !== undefined && only !== r + 1) return 0;
    const take = Math.min(left, n);
    left -= take;
    return take;
  });
}

/** Each valid scenario's result with the rules its checks read (R17 board, R19 search, …), for rule coverage. */
function withCheckedRules(run: RunReport): ScenarioRunInput {
  return { ...run, scenarios: run.scenarios.map((s) => (s.status === 'error' ? s : { ...s, checked: checkCoverage(loadScenarioFile(s.file).steps) })) };
}
