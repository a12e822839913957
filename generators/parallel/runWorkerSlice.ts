import { parentPort, workerData } from 'node:worker_threads';
import { withFault } from '../../engine/index.js';
import { loadPopulationFile } from '../loadPopulation.js';
import { runPopulation } from '../runPopulation.js';
import type { InternalRunOptions } from '../run/RunOptions.js';
import type { WorkerReply, WorkerTask } from './WorkerTask.js';

/** In a worker thread: runs the task's slice and posts the summary and final outcomes back. */
function runSlice(task: WorkerTask): WorkerReply {
  const control = new Int32Array(task.control);
  const population = loadPopulationFile(task.populationFile);
  const options: InternalRunOptions = {
    policy: task.policy,
    ...(task.seed !== undefined ? { seed: task.seed } : {}),
    ...(task.claims !== undefined ? { claims: task.claims } : {}),
    ...(task.shard ? { shard: task.shard } : {}),
    ...(task.fault ? { decide: withFault(task.fault) } : {}),
    workerSlice: task.slice,
    onProgress: (done) => Atomics.store(control, 1 + task.slice.index, done),
    shouldStop: () => Atomics.load(control, 0) === 1,
  };
  const { summary, finalOutcomes } = runPopulation(population, options);
  return { ok: true, summary, finalOutcomes };
}

let reply: WorkerReply;
try {
  reply = runSlice(workerData as WorkerTask);
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply, reply.ok ? [reply.finalOutcomes.buffer as ArrayBuffer] : []);
