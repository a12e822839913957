import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders for one test file: `make()` creates one under the system's temp folder,
 * `remove()` (pass it to afterAll) deletes every one made, so a run leaves nothing behind.
 */
export function tempDirs(prefix: string): { make: () => string; remove: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    remove: () => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
