// Whether dist/ was built after the last change to any source file the binary runs: one stat per
// file (a few milliseconds for the whole tree), so an edited checkout never runs stale JavaScript.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders the binary runs from (tests and benchmarks run the sources through tsx and vitest). */
export const SOURCE_FOLDERS = ['engine', 'input', 'scenarios', 'generators', 'reports', 'cli', 'claimlog', 'target'];

/** @param {URL} rootUrl the package root @returns {boolean} */
export function builtIsFresh(rootUrl) {
  const root = fileURLToPath(rootUrl);
  const built = statSync(join(root, 'dist/.built')).mtimeMs;
  for (const folder of SOURCE_FOLDERS) {
    for (const e of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !(e.name.endsWith('.ts') || e.name.endsWith('.mjs'))) continue;
      if (statSync(join(e.parentPath, e.name)).mtimeMs > built) return false;
    }
  }
  return true;
}
