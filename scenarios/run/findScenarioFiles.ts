import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

const YAML = /\.ya?ml$/;

/** A path under a folder that names no scenario file it could run, and why. */
export interface Skipped {
  readonly path: string;
  readonly why: string;
}

/**
 * One path given on the command line: the scenario files it names (sorted) and what under it
 * was passed over (a loop of links, an unreadable folder), or why it names nothing at all.
 */
export type Found = { readonly files: readonly string[]; readonly skipped: readonly Skipped[] } | { readonly missing: string };

/**
 * A file as given, or every `.yaml` / `.yml` under a folder, recursively, in sorted order.
 * Symbolic links are followed, to files and to folders; a link back into a folder already
 * searched is reported as skipped (a loop), never followed again and never hidden. A `.yaml`
 * name that is not a regular file (a pipe, a broken link) is listed, so that reading it says why.
 */
export function findScenarioFiles(path: string): Found {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return { missing: path };
  }
  if (!isDir) return { files: [path], skipped: [] };
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const searched = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (searched.has(real)) {
        skipped.push({ path: dir, why: `a link back to ${real}, which is already searched (a loop of links: remove the link)` });
        return;
      }
      searched.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ path: dir, why: `cannot search this folder (${(err as NodeJS.ErrnoException).code ?? String(err)}; check its permissions)` });
      return;
    }
    for (const d of entries) {
      const child = join(dir, d.name).split('\\').join('/');
      if (d.isDirectory() || (d.isSymbolicLink() && statSync(child, { throwIfNoEntry: false })?.isDirectory())) walk(child);
      else if (YAML.test(d.name)) files.push(child);
    }
  };
  walk(path);
  return { files: files.sort(), skipped };
}
