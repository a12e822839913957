import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Policy, makePolicy } from '../../engine/index.js';
import { loadPopulationFile } from '../../generators/index.js';
import {
  type SweepParameter,
  type SweepPart,
  buildSweepReport,
  mergeSweepParts,
  parseSweepParameter,
  renderHtml,
  renderJson,
  renderMarkdown,
  stableStringify,
  sweepGrid,
} from '../../reports/index.js';
import { EXIT, InputError } from '../exit.js';
import { loadPolicyOption } from '../commands/grid/loadPolicyOption.js';
import type { PopulationTask } from '../commands/grid/PopulationTask.js';
import { replicationSeeds } from '../commands/grid/replicationSeeds.js';
import { runPopulationTasks } from '../commands/grid/runPopulationTasks.js';
import { writeOutputs } from '../commands/grid/writeOutputs.js';

export interface SweepOptions {
  population?: string;
  param: string[];
  base?: string;
  replications: number;
  seed?: number;
  claims?: number;
  workers: number;
  shard?: { index: number; count: number };
  merge?: string[];
  out: string;
}

/** `claimsim sweep` (registered in cli/commands/sweep.ts): its exit status. */
/** The most runs (grid points × replications) one sweep may have. */
const MAX_SWEEP_RUNS = 10_000;

export async function sweep(o: SweepOptions): Promise<number> {
  if (o.merge) return merge(o, o.merge);
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
  const population = loadPopulationFile(o.population);
  // Refused before the grid is built: 5 parameters of 100 values are 10^10 runs.
  const planned = parameters.reduce((n, p) => n * p.values.length, 1) * o.replications;
  if (planned > MAX_SWEEP_RUNS) throw new InputError(`sweep: ${parameters.map((p) => p.values.length).join(' × ')} grid points × ${o.replications} replications are ${planned} runs, over the limit of ${MAX_SWEEP_RUNS} (fewer values, a step, or fewer replications)`);
  const seeds = replicationSeeds(o.seed ?? population.seed, o.replications);
  const grid = sweepGrid(parameters);
  const all = grid.flatMap((params, point) =>
    seeds.map((seed, r) => ({ index: point * seeds.length + r, params, task: taskAt(population, basePolicy, params, seed, o.claims) })),
  );
  const mine = o.shard ? all.filter((t) => t.index % o.shard!.count === o.shard!.index - 1) : all;
  process.stderr.write(`sweep: ${grid.length} grid points × ${seeds.length} replication${seeds.length === 1 ? '' : 's'}${o.shard ? `, shard ${o.shard.index}/${o.shard.count}: ${mine.length} runs` : ''}\n`);
  const results = await runPopulationTasks(
    mine.map((t) => t.task),
    { workers: o.workers },
  );
  if (o.shard) {
    const part: SweepPart = {
      kind: 'sweep-part',
      version: 1,
      population: population.name,
      claims: o.claims ?? null,
      basePolicy,
      parameters,
      seeds,
      shard: o.shard,
      runs: mine.map((t, i) => ({ index: t.index, params: t.params, seed: t.task.seed, summary: results[i]!.summary })),
    };
    const name = `sweep-part-${o.shard.index}-of-${o.shard.count}.json`;
    const paths = writeOutputs(o.out, { [name]: stableStringify(part) });
    process.stdout.write(`part: ${paths[name]} (merge every shard with: claimsim sweep --merge ${o.out})\n`);
    return EXIT.ok;
  }
  const runs = grid.map((params, point) => ({ params, summaries: seeds.map((_, r) => results[point * seeds.length + r]!.summary) }));
  return write(o.out, buildSweepReport({ basePolicy, parameters, runs }));
}

function taskAt(population: PopulationTask['population'], base: Policy, params: Record<string, number>, seed: number, claims: number | undefined): PopulationTask {
  return { population, policy: makePolicy(params, base), seed, ...(claims !== undefined ? { claims } : {}) };
}

async function merge(o: SweepOptions, paths: readonly string[]): Promise<number> {
  const files = paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new InputError(`${p}:1:1: no such file or folder (give the sweep-part files or their folder)`);
    }
    return isDir ? readdirSync(p).filter((f) => /^sweep-part-\d+-of-\d+\.json$/.test(f)).sort().map((f) => join(p, f)) : [p];
  });
  const parts = files.map((f): SweepPart => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as SweepPart;
    } catch {
      throw new InputError(`${f}:1:1: not a sweep part (expected the JSON written by claimsim sweep --shard)`);
    }
  });
  const merged = mergeSweepParts(parts);
  if ('error' in merged) throw new InputError(`claimsim sweep --merge: ${merged.error}`);
  return write(o.out, buildSweepReport(merged));
}

async function write(out: string, report: ReturnType<typeof buildSweepReport>): Promise<number> {
  const markdown = renderMarkdown(report);
  const { html } = await renderHtml(report);
  const paths = writeOutputs(out, { 'sweep.json': renderJson(report), 'sweep.md': markdown, 'report.html': html });
  process.stdout.write(`${markdown}\nreport: ${paths['report.html']}\n`);
  return EXIT.ok;
}
