import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.yaml` / `.yml` file under a folder of the repository, sorted, as repository-relative paths. */
export function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
