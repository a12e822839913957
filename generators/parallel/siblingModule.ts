/**
 * The module `path` (no extension) beside the module at `base`, with base's own extension:
 * `.ts` when running the sources (tsx, vitest), `.js` when running the compiled dist/. A
 * worker thread is then started on code of the same kind as its parent's.
 */
export function siblingModule(path: string, base: string): URL {
  return new URL(`${path}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
