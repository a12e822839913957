import { claimOutputFolder } from './claimOutputFolder.js';
import { writeOutputs } from './writeOutputs.js';

/**
 * Writes a report's files into the output folder `dir` with the folder claimed (its lock
 * taken, or already held by this run): another run writing there is refused, instead of the
 * two mixing their files; and, as writeOutputs does, a link planted under a file's name is
 * replaced, never written through. Returns the files' paths as the user would type them.
 */
export function writeOutputFolder(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Record<string, string> {
  const release = claimOutputFolder(dir);
  try {
    return writeOutputs(dir, files);
  } finally {
    release();
  }
}
