import { startWorker } from '../../../generators/parallel/startWorker.js';
import type { PopulationTask, TaskReply, TaskResult } from './PopulationTask.js';
import { runTask } from './runTask.js';

const SERVE_MODULE = new URL('./serveTasks.ts', import.meta.url);

export interface TaskPoolOptions {
  /** Worker threads; 1 (or a single task) runs everything in this thread. */
  readonly workers: number;
  /** Called as each task finishes (in finishing order), with how many are done. */
  readonly onDone?: (done: number, total: number) => void;
}

/**
 * Runs population tasks over a pool of worker threads, each worker taking the next task
 * as it frees up. Results come back in task order, so the output does not depend on which
 * worker ran what: every task is deterministic in its own inputs.
 */
export async function runPopulationTasks(tasks: readonly PopulationTask[], o: TaskPoolOptions): Promise<TaskResult[]> {
  const results: TaskResult[] = new Array(tasks.length);
  const size = Math.min(o.workers, tasks.length);
  if (size <= 1) {
    for (let i = 0; i < tasks.length; i++) {
      results[i] = runTask(tasks[i]!);
      o.onDone?.(i + 1, tasks.length);
      await new Promise((r) => setImmediate(r));
    }
    return results;
  }
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: size }, () => startWorker(SERVE_MODULE));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, task: tasks[id] });
            };
            worker.on('message', (reply: TaskReply) => {
              if (!reply.ok) return reject(new Error(reply.message));
              results[reply.id] = reply.result;
              o.onDone?.(++done, tasks.length);
              feed();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (next < tasks.length || done < tasks.length) && reject(new Error(`a task worker exited with code ${code}`)));
            feed();
          }),
      ),
    );
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
