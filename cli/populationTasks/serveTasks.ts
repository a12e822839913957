import { parentPort } from 'node:worker_threads';
import type { PopulationTask, TaskReply } from './PopulationTask.js';
import { runTask } from './runTask.js';

/** In a worker thread: runs each task it is sent and posts the result back, until terminated. */
parentPort!.on('message', ({ id, task }: { id: number; task: PopulationTask }) => {
  let reply: TaskReply;
  try {
    reply = { id, ok: true, result: runTask(task) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply, reply.ok ? [reply.result.finalOutcomes.buffer as ArrayBuffer] : []);
});
