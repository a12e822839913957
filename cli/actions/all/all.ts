import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_POLICY, type Policy, faultPolicy } from '../../../engine/index.js';
import { CompiledPopulation, loadPopulationFile } from '../../../generators/index.js';
import { checkCoverage } from '../../../reports/index.js';
import { type ScenarioResult, findScenarioFiles, loadScenarioFile, runScenarioPaths } from '../../../scenarios/index.js';
import { InputError } from '../../exit.js';
import { replicationSeeds } from '../../populationTasks/replicationSeeds.js';
import { diagnostics } from '../../io/diagnostics.js';
import { watchInterruption } from '../../io/interruption.js';
import { taskWorkers } from '../shared/chooseWorkers.js';
import type { AllOptions } from './AllOptions.js';
import { need } from '../shared/need.js';
import { runWatchedTasks } from '../shared/runWatchedTasks.js';
import { DEFAULT_POPULATION, LIBRARY, fromRoot } from './shippedFiles.js';
import { type ScenarioFiles, writeAllReports } from './writeAllReports.js';

export type { AllOptions } from './AllOptions.js';

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
  const reportPhase = watchInterruption();
  try {
    diagnostics().info({ out: o.out }, 'all: reports start');
    return await writeAllReports(o, { started, population, populationFile, seeds, policy, tasks: tasks.length, results, scenarioRun, status }, reportPhase);
  } finally {
    reportPhase.dispose();
  }
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
  const scenarios: (ScenarioResult & { checked?: ReturnType<typeof checkCoverage> })[] = [];
  let ran = 0;
  for (const unit of units) {
    await new Promise((resolve) => setImmediate(resolve));
    if (shouldStop()) break;
    // The rules each valid file's checks read are taken here, while the population runs on its
    // threads, rather than after it, when nothing else runs beside the reports.
    scenarios.push(...runScenarioPaths([unit]).scenarios.map((s) => (s.status === 'error' ? s : { ...s, checked: checkCoverage(loadScenarioFile(s.file).steps) })));
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
