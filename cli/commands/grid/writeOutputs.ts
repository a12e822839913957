import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** Writes a report's files into `dir` (created if needed); returns their paths as the user would type them. */
export function writeOutputs(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const rel = relative(process.cwd(), path);
    paths[name] = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  }
  return paths;
}
