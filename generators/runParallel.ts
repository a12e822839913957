import type { FaultName } from '../engine/index.js';
import { loadPopulationFile } from './loadPopulation.js';
import { siblingModule } from './parallel/siblingModule.js';
import { startWorker } from './parallel/startWorker.js';
import type { WorkerReply, WorkerTask } from './parallel/WorkerTask.js';
import type { RunOptions, RunResult } from './run/RunOptions.js';
import { claimIndices } from './run/claimIndices.js';
import { CompiledPopulation } from './population/CompiledPopulation.js';
import { mergeSummaryParts } from './summary/mergeSummaryParts.js';

export type ParallelOptions = Omit<RunOptions, 'decide' | 'onEvents' | 'onClaimFinished'> & {
  readonly workers: number;
  readonly fault?: FaultName;
  /** Stream the events, with order details, to this NDJSON file (one worker only: one engine's order). */
  readonly eventsFile?: string;
  /** The events file carries each agent command too (see WorkerTask): for a claim log, never for a user's --events file. */
  readonly eventsWithCommands?: boolean;
  /** `--set path=value` overrides of the population file, in order. */
  readonly settings?: readonly string[];
};

const SLICE_MODULE = siblingModule('./parallel/runWorkerSlice', import.meta.url);
const POLL_MS = 100;

/**
 * Runs a population file over `workers` threads, each taking every workers-th claim, and
 * merges their summaries: byte-identical to one thread, since claims do not interact and
 * every summary figure merges exactly. Stopping (shouldStop) reaches every worker within a
 * poll; the merged summary is then marked partial.
 */
export async function runPopulationParallel(populationFile: string, options: ParallelOptions): Promise<RunResult> {
  const workers = options.workers;
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number ≥ 1, got ${workers}`);
  if (options.eventsFile && workers > 1) throw new Error('an events file is written by one worker (give workers: 1)');
  const population = loadPopulationFile(populationFile, options.settings);
  const n = new CompiledPopulation(population, options.policy, options.seed ?? population.seed, options.claims).claims;
  const { first, step } = claimIndices(n, options);
  const total = first < n ? Math.ceil((n - first) / step) : 0;
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
  const task = (index: number): WorkerTask => ({
    populationFile,
    ...(options.settings ? { settings: options.settings } : {}),
    policy: options.policy,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.claims !== undefined ? { claims: options.claims } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.fault ? { fault: options.fault } : {}),
    ...(options.eventsFile ? { eventsFile: options.eventsFile } : {}),
    ...(options.eventsFile && options.eventsWithCommands ? { eventsWithCommands: true } : {}),
    slice: { index, count: workers },
    control: control.buffer as SharedArrayBuffer,
  });
  const poll = setInterval(() => {
    let done = 0;
    for (let w = 0; w < workers; w++) done += Atomics.load(control, 1 + w);
    options.onProgress?.(done, total);
    if (options.shouldStop?.()) Atomics.store(control, 0, 1);
  }, POLL_MS);
  try {
    const parts = await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(task(w))));
    const finalOutcomes = parts[0]!.finalOutcomes;
    for (const p of parts.slice(1)) p.finalOutcomes.forEach((o, i) => o !== 255 && (finalOutcomes[i] = o));
    options.onProgress?.(parts.reduce((s, p) => s + p.summary.claims, 0), total);
    return { summary: mergeSummaryParts(parts.map((p) => p.summary), options.shard ? { index: options.shard.index, count: options.shard.count } : null), finalOutcomes };
  } finally {
    clearInterval(poll);
  }
}

function runWorker(task: WorkerTask): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(SLICE_MODULE, task);
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve({ summary: reply.summary, finalOutcomes: reply.finalOutcomes });
      else reject(new Error(reply.message));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker ${task.slice.index} exited with code ${code} before answering`));
    });
  });
}
