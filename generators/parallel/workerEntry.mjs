// Every worker thread's entry: loads the TypeScript sources through tsx, then the module the
// thread was started for (startWorker's `module`), which reads its own workerData.payload.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
