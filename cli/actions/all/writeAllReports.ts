import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../../../engine/index.js';
import { type Population, summaryJson } from '../../../generators/index.js';
import {
  type ScenarioRunInput,
  type SuiteReport,
  buildScenarioReport,
  buildSimulationReport,
  claimListWorkbook,
  count,
  runSizeText,
} from '../../../reports/index.js';
import type { PackedRows } from '../../../reports/xlsx/listedRows.js';
import { EXIT } from '../../exit.js';
import type { TaskResult } from '../../populationTasks/PopulationTask.js';
import { withRegressionScenarios } from '../../populationTasks/withRegressionScenarios.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import type { AllOptions } from './AllOptions.js';
import { type Completion, type Interruption, completionText, renderReportFiles } from '../../io/interruption.js';

/** The scenario files of a run: the report of those that ran, and how many of how many. */
export interface ScenarioFiles {
  /** Each valid scenario's result carries the rules its checks read (R17 board, R19 search, …), for rule coverage. */
  readonly report: ScenarioRunInput;
  readonly ran: number;
  readonly total: number;
}

/** What the run left for its reports. */
export interface RunDone {
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
export async function writeAllReports(o: AllOptions, d: RunDone, reportPhase: Interruption): Promise<number> {
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
    scenarios: buildScenarioReport(scenarioRun.report),
    simulation: summaries.length ? buildSimulationReport(summaries, { extraCoverage: { R19: list.rows } }) : null,
    claimList: { file: 'claims.xlsx', rows: list.rows, claims: list.claims },
  };
  const completions: Completion[] = [
    { unit: 'scenario files', total: scenarioRun.total, complete: Array.from({ length: scenarioRun.ran }, (_, i) => i + 1) },
    { unit: 'replications', total: d.tasks, complete: done.map(({ r }) => r + 1) },
  ];
  const files = await renderReportFiles(report, status !== null ? { completions } : null);
  const { charts } = files;
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
    // A further signal while the reports were written cut the list short too: say so, on the same line.
    const cut = workbook.cut ? `; a further signal cut ${paths['claims.xlsx']} short at ${count(list.rows)} of the ${count(list.due)} rows due (marked partial in its About sheet)` : '';
    process.stderr.write(`interrupted: ${completionText(completions)}; the report in ${o.out} holds the complete ones ("partial": true)${cut}\n`);
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
