import { availableParallelism } from 'node:os';
import { type Policy, makePolicy } from '../../../engine/index.js';
import { loadPopulationFile } from '../../../generators/index.js';
import { claimSellers } from '../../../generators/summary/claimSellers.js';
import {
  type SweepParameter,
  type SweepPart,
  buildSweepReport,
  bytesToBase64,
  parseSweepParameter,
  stableStringify,
  sweepGrid,
} from '../../../reports/index.js';
import { EXIT, InputError } from '../../exit.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { sweepGridProblem } from '../../../reports/model/parseSweepParameter.js';
import type { PopulationTask } from '../../populationTasks/PopulationTask.js';
import { replicationSeeds } from '../../populationTasks/replicationSeeds.js';
import { claimOutputFolder } from '../../io/claimOutputFolder.js';
import { writeOutputFolder } from '../../io/writeOutputFolder.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import { taskWorkers } from '../shared/chooseWorkers.js';
import { need } from '../shared/need.js';
import { readPartFiles } from '../shared/readPartFiles.js';
import { sweepPartSchema } from './sweepPartSchema.js';
import { type ShardFlags, shardOption } from '../shared/shardOption.js';
import { takeShard } from '../../../input/Shard.js';
import { runWatchedTasks } from '../shared/runWatchedTasks.js';
import { type Completion, endInterrupted, hearPendingSignals, renderReportFiles } from '../../io/interruption.js';
import { mergeSweepParts } from './mergeSweepParts.js';
import { diagnostics } from '../../io/diagnostics.js';

export interface SweepOptions extends ShardFlags {
  population?: string;
  /** `--set path=value` overrides of the population, in order. */
  set?: string[];
  param: string[];
  base?: string;
  replications: number;
  seed?: number;
  claims?: number;
  workers: string;
  merge?: string[];
  out: string;
}

/** `claimsim sweep` (registered in cli/commands/sweep.ts): its exit status. */
/** The most runs (grid points × replications) one sweep may have. */
const MAX_SWEEP_RUNS = 10_000;

export async function sweep(o: SweepOptions): Promise<number> {
  if (o.merge) return merge(o, o.merge);
  const shard = shardOption(o);
  if (!o.population) throw new InputError('sweep needs a population: --population FILE');
  if (o.param.length === 0) throw new InputError('sweep needs at least one --param, e.g. --param responseWindowDays=3..14');
  const parameters = o.param.map((text): SweepParameter => {
    const p = parseSweepParameter(text);
    if ('error' in p) throw new InputError(p.error);
    return p;
  });
  const twice = parameters.find((p, i) => parameters.findIndex((q) => q.key === p.key) !== i);
  if (twice) throw new InputError(`--param ${twice.key} is given twice (give each parameter once)`);
  const basePolicy = loadPolicyOption('--base', o.base);
  const population = loadPopulationFile(o.population, o.set);
  // Refused before the grid is built: 5 parameters of 100 values are 10^10 runs.
  const planned = parameters.reduce((n, p) => n * p.values.length, 1) * o.replications;
  if (planned > MAX_SWEEP_RUNS) throw new InputError(`sweep: ${parameters.map((p) => p.values.length).join(' × ')} grid points × ${o.replications} replications are ${planned} runs, over the limit of ${MAX_SWEEP_RUNS} (fewer values, a step, or fewer replications)`);
  // Before any run: a grid point that is no valid policy on the base would fail mid-sweep.
  const gridProblem = sweepGridProblem(parameters, basePolicy);
  if (gridProblem) throw new InputError(gridProblem);
  const seeds = replicationSeeds(o.seed ?? population.seed, o.replications);
  const grid = sweepGrid(parameters);
  const all = grid.flatMap((params, point) =>
    seeds.map((seed, r) => ({ index: point * seeds.length + r, params, task: taskAt(population, basePolicy, params, seed, o.claims) })),
  );
  const mine = takeShard(all, shard);
  process.stderr.write(`sweep: ${grid.length} grid points × ${seeds.length} replication${seeds.length === 1 ? '' : 's'}${shard ? `, shard ${shard.index}/${shard.count}: ${mine.length} runs` : ''}\n`);
  const tasks = mine.map((t) => t.task);
  const workers = need(taskWorkers(o.workers, tasks, availableParallelism()));
  const pointRuns = new Uint32Array(grid.length);
  const onTask = (index: number): void => {
    const point = Math.floor(mine[index]!.index / seeds.length);
    if (++pointRuns[point]! === seeds.length) diagnostics().info({ point: point + 1, params: grid[point] }, 'sweep: grid point complete');
  };
  // Claimed before the run: a second run into the same folder is refused at once, not after its work.
  // A signal sent while the files loaded ends the binary here, before the folder is claimed.
  await hearPendingSignals();
  // Not by a shard: the shards of one run may share a folder, each writing its own part.
  const release = shard ? () => undefined : claimOutputFolder(o.out);
  try {
    const { results, interrupted: status } = await runWatchedTasks(tasks, { command: 'sweep', progress: 'sweep', workers, onTask });
    // The intervals' clusters: each claim's seller, per seed (the same at every grid point).
    const sellers = seeds.map((seed) => claimSellers(population, basePolicy, seed, o.claims));
    if (shard) {
      if (status !== null) {
        const done = mine.flatMap((_, i) => (results[i] ? [i + 1] : []));
        return await endInterrupted({ status, completion: { unit: 'runs of this shard', total: mine.length, complete: done }, sharded: true, out: o.out }, async () => EXIT.ok);
      }
      const part: SweepPart = {
        kind: 'sweep-part',
        version: 2,
        population: population.name,
        claims: o.claims ?? null,
        basePolicy,
        parameters,
        seeds,
        sellers: sellers.map(bytesToBase64),
        shard,
        runs: mine.map((t, i) => ({ index: t.index, params: t.params, seed: t.task.seed, summary: results[i]!.summary, outcomes: bytesToBase64(results[i]!.finalOutcomes) })),
      };
      const name = `sweep-part-${shard.index}-of-${shard.count}.json`;
      const paths = writeOutputs(o.out, { [name]: stableStringify(part) });
      process.stdout.write(`part: ${paths[name]} (merge every shard with: claimsim sweep --merge ${o.out})\n`);
      return EXIT.ok;
    }
    // A grid point is complete when all its replications are: the report holds those only.
    const complete = grid.flatMap((_, point) => (seeds.every((_, r) => results[point * seeds.length + r]) ? [point] : []));
    const runs = complete.map((point) => ({
      params: grid[point]!,
      summaries: seeds.map((_, r) => results[point * seeds.length + r]!.summary),
      claims: seeds.map((seed, r) => ({ seed, outcomes: results[point * seeds.length + r]!.finalOutcomes, sellers: sellers[r]! })),
    }));
    if (status !== null) {
      const completion: Completion = { unit: 'grid points', total: grid.length, complete: complete.map((point) => point + 1) };
      return await endInterrupted({ status, completion, sharded: false, out: o.out }, () => write(o.out, buildSweepReport({ basePolicy, parameters, runs }), completion));
    }
    return await write(o.out, buildSweepReport({ basePolicy, parameters, runs }));
  } finally {
    release();
  }
}

function taskAt(population: PopulationTask['population'], base: Policy, params: Record<string, number>, seed: number, claims: number | undefined): PopulationTask {
  return { population, policy: makePolicy(params, base), seed, ...(claims !== undefined ? { claims } : {}) };
}

async function merge(o: SweepOptions, paths: readonly string[]): Promise<number> {
  const merged = mergeSweepParts(readPartFiles(paths, 'sweep-part', sweepPartSchema));
  if ('error' in merged) throw new InputError(`claimsim sweep --merge: ${merged.error}`);
  return write(o.out, buildSweepReport(merged));
}

async function write(out: string, report: ReturnType<typeof buildSweepReport>, partial?: Completion): Promise<number> {
  const files = await renderReportFiles(report, partial ? { completions: [partial] } : null);
  const paths = writeOutputFolder(out, { 'sweep.json': files.json, 'sweep.md': files.markdown, 'report.html': files.html });
  process.stdout.write(`${files.markdown}\nreport: ${paths['report.html']}\n`);
  return EXIT.ok;
}
