// A task worker thread's entry: loads the TypeScript sources through tsx, then serves tasks.
import { register } from 'tsx/esm/api';

register();
await import('./serveTasks.ts');
