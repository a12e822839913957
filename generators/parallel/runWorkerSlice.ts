import { parentPort, workerData } from 'node:worker_threads';
import { type Command, withFault } from '../../engine/index.js';
import { loadPopulationFile } from '../loadPopulation.js';
import { runPopulation } from '../runPopulation.js';
import type { InternalRunOptions, RunOptions } from '../run/RunOptions.js';
import type { WorkerReply, WorkerTask } from './WorkerTask.js';

/** In a worker thread: runs the task's slice and posts the summary and final outcomes back. */
async function runSlice(task: WorkerTask): Promise<WorkerReply> {
  const control = new Int32Array(task.control);
  const population = loadPopulationFile(task.populationFile, task.settings);
  const seed = task.seed ?? population.seed;
  // faker loads only when an events file is wanted: a worker starts faster without it.
  const events = task.eventsFile ? await (await import('./openEventsFile.js')).openEventsFile(task.eventsFile, task.policy.timezone) : null;
  const describer = events ? new (await import('../names/ClaimDescriber.js')).ClaimDescriber(seed) : null;
  // With commands (a claim log's source): the agent command each decision's events are of, innermost last.
  const deciding: { readonly command: Command; written: boolean }[] = [];
  const withCommands = events !== null && task.eventsWithCommands === true;
  const options: RunOptions = {
    policy: task.policy,
    seed,
    ...(task.claims !== undefined ? { claims: task.claims } : {}),
    ...(task.shard ? { shard: task.shard } : {}),
    ...(task.fault ? { decide: withFault(task.fault) } : {}),
    ...(events
      ? {
          onEvents: withCommands
            ? (es) => {
                const top = deciding[deciding.length - 1];
                // Its decision's events are the first a command sees; later ones are the clock's or another command's.
                if (top !== undefined && !top.written) {
                  top.written = true;
                  events.write(es, top.command);
                } else events.write(es);
              }
            : (es) => events.write(es),
        }
      : {}),
    onProgress: (done) => Atomics.store(control, 1 + task.slice.index, done),
    shouldStop: () => Atomics.load(control, 0) === 1,
  };
  const internal: InternalRunOptions = {
    workerSlice: task.slice,
    ...(describer ? { details: (i: number) => describer.order(i) } : {}),
    ...(withCommands
      ? {
          beforeCommand: (command) => deciding.push({ command, written: false }),
          onCommand: (command, at, decision) => {
            deciding.pop();
            if (!decision.ok) events.refused(command, at, decision.refusal);
          },
        }
      : {}),
  };
  try {
    const { summary, finalOutcomes } = runPopulation(population, options, internal);
    return { ok: true, summary, finalOutcomes };
  } finally {
    await events?.close();
  }
}

let reply: WorkerReply;
try {
  reply = await runSlice((workerData as { payload: WorkerTask }).payload);
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply, reply.ok ? [reply.finalOutcomes.buffer as ArrayBuffer] : []);
