import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtIsFresh } from '../../cli/build/builtIsFresh.js';

const ROOT = new URL('../../', import.meta.url);

/**
 * Vitest's global setup: the tests that start the `claimsim` binary run the compiled dist/, so
 * it is built (about a second) when missing or older than a source file. Without it the binary
 * would still be right, through tsx, only slower to start.
 */
export default function setup(): void {
  if (existsSync(new URL('dist/.built', ROOT)) && builtIsFresh(ROOT)) return;
  execFileSync(process.execPath, ['cli/build/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
