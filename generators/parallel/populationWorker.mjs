// A worker thread's entry: loads the TypeScript sources through tsx, then runs one slice.
import { register } from 'tsx/esm/api';

register();
await import('./runWorkerSlice.ts');
