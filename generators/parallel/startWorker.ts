import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/**
 * A worker thread running the module `module`: compiled JavaScript as is, a TypeScript source
 * through tsx (the one entry, workerEntry.mjs, loads tsx first only then). The module reads
 * `payload` as `workerData.payload`.
 */
export function startWorker(module: URL, payload?: unknown): Worker {
  return new Worker(ENTRY, { workerData: { module: module.href, payload } });
}
