import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_POLICY, type FaultName } from '../../engine/index.js';
import { CompiledPopulation, loadPopulationFile, summaryJson } from '../../generators/index.js';
import {
  type ScenarioRunInput,
  type SuiteReport,
  buildScenarioReport,
  buildSimulationReport,
  checkCoverage,
  claimListWorkbook,
  renderHtml,
  renderJson,
  renderMarkdown,
  runSizeText,
} from '../../reports/index.js';
import { type RunReport, loadScenarioFile, runScenarioPaths } from '../../scenarios/index.js';
import { EXIT, InputError } from '../exit.js';
import { replicationSeeds } from '../commands/grid/replicationSeeds.js';
import { runPopulationTasks } from '../commands/grid/runPopulationTasks.js';
import { withRegressionScenarios } from '../commands/grid/withRegressionScenarios.js';
import { writeOutputs } from '../commands/grid/writeOutputs.js';
import { taskWorkers } from './chooseWorkers.js';
import { need } from './need.js';
import { DEFAULT_POPULATION, LIBRARY, fromRoot } from './shippedFiles.js';
import { taskProgress } from './taskProgress.js';

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
  const listCaps = claimListCaps(seeds.map((seed) => new CompiledPopulation(population, DEFAULT_POLICY, seed, o.claims).claims), o.claimListCap, o.replication);
  // Started first: the population runs on the workers while the scenarios run here.
  const tasks = seeds.map((seed, r) => ({
      population,
      policy: DEFAULT_POLICY,
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
  const progress = taskProgress('all: simulation');
  const simulation = runPopulationTasks(tasks, { workers, onDone: progress.onDone }).finally(progress.stop);
  const scenarioRun = runScenarioPaths(scenarioPaths);
  const results = await simulation;
  const listed = results.flatMap((res, r) =>
    o.replication === undefined || o.replication === r + 1 ? [{ replication: r + 1, seed: seeds[r]!, rows: res.claimList?.rows ?? [], claims: res.summary.claims }] : [],
  );
  const list = { rows: listed.reduce((n, l) => n + l.rows.length, 0), claims: listed.reduce((n, l) => n + l.claims, 0) };
  const run = { population, populationFile, policy: DEFAULT_POLICY, ...claims, ...(o.injectFault ? { fault: o.injectFault } : {}) };
  const summaries = results.map((r) => withRegressionScenarios(r.summary, run, o.out));
  const report: SuiteReport = {
    kind: 'suite',
    scenarios: buildScenarioReport(withCheckedRules(scenarioRun)),
    simulation: buildSimulationReport(
      summaries,
      { extraCoverage: { R19: list.rows } },
    ),
    claimList: { file: 'claims.xlsx', rows: list.rows, claims: list.claims },
  };
  const { html, charts } = await renderHtml(report);
  const workbook = await claimListWorkbook({ replications: listed, cap: o.claimListCap, source: `${population.name} (${populationFile}), default policy` });
  const paths = writeOutputs(o.out, {
    'report.html': html,
    'report.md': renderMarkdown(report),
    'report.json': renderJson(report),
    'summary.json': summaryJson(summaries[0]!),
    'claims.xlsx': workbook,
  });
  const s = report.scenarios!, m = report.simulation!;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      `scenarios: ${s.passed} passed, ${s.failed} failed, ${s.errors} not valid`,
      `simulation: ${population.name}, ${runSizeText(m.claims, m.seeds)}, ` +
        `${m.invariantViolations.total === 0 ? 'no invariant violated' : `${m.invariantViolations.total} invariant violations`}`,
      `report: ${paths['report.html']} (${charts} charts; also ${['report.md', 'report.json', 'summary.json', 'claims.xlsx'].map((f) => paths[f]).join(', ')})`,
      `took ${seconds} s`,
      '',
    ].join('\n'),
  );
  return s.failed + s.errors > 0 || m.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
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
