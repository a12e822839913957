import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const YAML = /\.ya?ml$/;

/** One path given on the command line: the scenario files it names (sorted), or why it names none. */
export type Found = { readonly files: readonly string[] } | { readonly missing: string };

/** A file as given, or every `.yaml` / `.yml` under a folder, recursively, in sorted order. */
export function findScenarioFiles(path: string): Found {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return { missing: path };
  }
  if (!isDir) return { files: [path] };
  const files = readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && YAML.test(d.name))
    .map((d) => join(d.parentPath, d.name).split('\\').join('/'))
    .sort();
  return { files };
}
