import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../packageRoot.js';

/** The scenario library and the default population, as shipped (paths from the package root). */
export const LIBRARY = 'scenarios/library';
export const DEFAULT_POPULATION = 'generators/populations/default.yaml';

/** A shipped file's path from the package root, relative to the working folder. */
export const fromRoot = (path: string): string => relative(process.cwd(), fileURLToPath(new URL(path, PACKAGE_ROOT))) || '.';
