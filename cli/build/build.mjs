#!/usr/bin/env node
// Compiles the TypeScript sources of the binary into dist/ (the same tree, .ts → .js), once, so
// that `claimsim` and its worker threads start without compiling anything. `npm ci` runs it
// (the `prepare` script), and so does `npm test` before the suite; it takes about a second.
// Type checking is `npm run typecheck`'s job: this only strips the types, file by file.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_FOLDERS } from './builtIsFresh.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'dist');

function filesUnder(folder, keep) {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const sources = SOURCE_FOLDERS.flatMap((f) => filesUnder(f, (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')));
const scripts = SOURCE_FOLDERS.flatMap((f) => filesUnder(f, (n) => n.endsWith('.mjs')));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: sources,
  outdir: OUT,
  outbase: ROOT,
  absWorkingDir: ROOT,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: false,
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const p of scripts) {
  mkdirSync(dirname(join(OUT, p)), { recursive: true });
  copyFileSync(join(ROOT, p), join(OUT, p));
}
// The stamp is written last: cli/claimsim.js runs dist/ only when the stamp is newer than every source.
writeFileSync(join(OUT, '.built'), `${sources.length} files\n`);
if (process.argv.includes('--verbose')) console.log(`build: ${sources.length} files into dist/`);
