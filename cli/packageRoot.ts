import { existsSync } from 'node:fs';

/**
 * The package's root folder (where package.json is): one folder up from the sources, two from
 * the compiled dist/ tree. Shipped files (the scenario library, the default population, the
 * version) are found from here, whichever of the two is running.
 */
export const PACKAGE_ROOT: URL = rootAbove(new URL('.', import.meta.url));

function rootAbove(folder: URL): URL {
  for (let at = folder; ; at = new URL('..', at)) {
    if (existsSync(new URL('package.json', at))) return at;
    if (at.pathname === '/') throw new Error(`no package.json above ${folder.pathname}`);
  }
}
