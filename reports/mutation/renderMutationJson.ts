import { stableStringify } from '../stableStringify.js';
import type { KillMatrix } from './KillMatrix.js';

/** The kill matrix as JSON (docs/mutation.md shape), keys in a stable order. */
export function renderMutationJson(m: KillMatrix): string {
  return stableStringify(m);
}
