// Every worker thread's entry: loads the module the thread was started for (startWorker's
// `module`), which reads its own workerData.payload. A TypeScript module (the sources, run
// through tsx or vitest) needs tsx first; the compiled dist/ needs nothing.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
