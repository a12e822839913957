import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/**
 * A worker thread running the TypeScript module `module` (no build step: the one entry,
 * workerEntry.mjs, loads tsx first). The module reads `payload` as `workerData.payload`.
 */
export function startWorker(module: URL, payload?: unknown): Worker {
  return new Worker(ENTRY, { workerData: { module: module.href, payload } });
}
