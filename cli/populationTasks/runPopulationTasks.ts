import { siblingModule } from '../../generators/parallel/siblingModule.js';
import { startWorker } from '../../generators/parallel/startWorker.js';
import type { PopulationTask, TaskReply, TaskResult } from './PopulationTask.js';
import { runTask } from './runTask.js';

const SERVE_MODULE = siblingModule('./serveTasks', import.meta.url);
/** How often a pool that can be stopped looks at `shouldStop` (milliseconds). */
const POLL_MS = 50;

export interface TaskPoolOptions {
  /** Worker threads; 1 (or a single task) runs everything in this thread, unless the pool can be stopped and is not `small`. */
  readonly workers: number;
  /**
   * The tasks are small (every one well under a second): with one worker they run in this
   * thread even when the pool can be stopped, and a stop is heard between two tasks.
   */
  readonly small?: boolean;
  /** Called as each task finishes (in finishing order), with how many are done and the task's index. */
  readonly onDone?: (done: number, total: number, index: number) => void;
  /**
   * Looked at every POLL_MS while the tasks run (SIGINT, SIGTERM): once true, no task starts,
   * the running ones are abandoned and their threads ended, and the result holds the finished
   * tasks only. A pool that can be stopped runs its tasks on worker threads (at least one)
   * unless they are `small`, so that this thread stays free to hear the signals (a second one
   * ends the process at once).
   */
  readonly shouldStop?: () => boolean;
}

/**
 * Runs population tasks over a pool of worker threads, each worker taking the next task
 * as it frees up. Results come back in task order, so the output does not depend on which
 * worker ran what: every task is deterministic in its own inputs. A task that did not finish
 * (the pool was stopped) has no result: its slot is `undefined`.
 */
export async function runPopulationTasks(tasks: readonly PopulationTask[], o: TaskPoolOptions): Promise<(TaskResult | undefined)[]> {
  const size = Math.min(o.workers, tasks.length);
  if (tasks.length === 0) return [];
  if (size <= 1 && (!o.shouldStop || o.small)) return runHere(tasks, o);
  return runOnThreads(tasks, Math.max(1, size), o);
}

async function runHere(tasks: readonly PopulationTask[], o: TaskPoolOptions): Promise<(TaskResult | undefined)[]> {
  const results: (TaskResult | undefined)[] = new Array<TaskResult | undefined>(tasks.length).fill(undefined);
  for (let i = 0; i < tasks.length; i++) {
    results[i] = runTask(tasks[i]!);
    o.onDone?.(i + 1, tasks.length, i);
    await new Promise((r) => setImmediate(r));
    if (o.shouldStop?.()) break;
  }
  return results;
}

async function runOnThreads(tasks: readonly PopulationTask[], size: number, o: TaskPoolOptions): Promise<(TaskResult | undefined)[]> {
  const results: (TaskResult | undefined)[] = new Array<TaskResult | undefined>(tasks.length).fill(undefined);
  let next = 0;
  let done = 0;
  let stopped = false;
  let poll: NodeJS.Timeout | undefined;
  const workers = Array.from({ length: size }, () => startWorker(SERVE_MODULE));
  try {
    await new Promise<void>((resolve, reject) => {
      if (o.shouldStop) {
        poll = setInterval(() => {
          if (!o.shouldStop!()) return;
          stopped = true;
          resolve();
        }, POLL_MS);
      }
      for (const worker of workers) {
        const feed = (): void => {
          if (stopped) return;
          if (next < tasks.length) {
            const id = next++;
            worker.postMessage({ id, task: tasks[id] });
          } else if (done === tasks.length) resolve();
        };
        worker.on('message', (reply: TaskReply) => {
          if (stopped) return;
          if (!reply.ok) return reject(new Error(reply.message));
          results[reply.id] = reply.result;
          done++;
          o.onDone?.(done, tasks.length, reply.id);
          feed();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => !stopped && done < tasks.length && reject(new Error(`a task worker exited with code ${code}`)));
        feed();
      }
    });
    return results;
  } finally {
    clearInterval(poll);
    // Stopped or done, no thread outlives the pool: a running task is abandoned here.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
