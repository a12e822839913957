import { isAbsolute, join, relative } from 'node:path';
import { writeOutputFile } from './writeOutputFile.js';

/**
 * Writes a report's files into `dir` (created if needed); returns their paths as the user would
 * type them. A file that cannot be written is one line naming its path and the reason (exit 2).
 */
export function writeOutputs(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    writeOutputFile(path, content);
    const rel = relative(process.cwd(), path);
    paths[name] = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  }
  return paths;
}
