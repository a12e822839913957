import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../exit.js';
import { PATH_PROBLEMS, pathProblemCode } from '../../input/pathProblem.js';

/** The lock file a run keeps in its output folder while it writes there. */
export const LOCK_FILE = '.claimsim.lock';

/** The folders this process holds, each with how many claims are open on it. */
const held = new Map<string, number>();

/** True when a process with this id is running on this machine. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cannot(what: string, dir: string, err: unknown): InputError {
  const code = pathProblemCode(err);
  if (code === undefined) throw err;
  return new InputError(`claimsim: cannot ${what} ${dir}: ${PATH_PROBLEMS[code]} (${code}; check the path, e.g. the --out folder)`);
}

/**
 * Claims `dir` as the output folder of this run: creates it, takes its lock (a second run into
 * the same folder is refused while this one writes, instead of mixing their files), and removes
 * what a previous run of this command left there (`stale`, such as `regressions/`), so that
 * the folder holds only this run's files. Returns the release, to call once the run is written.
 * A folder this process already holds is claimed again at once (a command's writer claims the
 * folder its run has claimed); the lock goes with the last release.
 */
export function claimOutputFolder(dir: string, stale: readonly string[] = []): () => void {
  const key = resolve(dir);
  const open = held.get(key);
  if (open !== undefined) {
    held.set(key, open + 1);
    return releaseOnce(key);
  }
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(dir, { throwIfNoEntry: false });
  } catch {
    existing = undefined; // mkdir below names what is wrong with the path
  }
  if (existing?.isDirectory() === false) {
    throw new InputError(`claimsim: --out ${dir} is not a folder (give --out a folder, new or one a previous run wrote)`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw cannot('mkdir', dir, err);
  }
  const lock = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw cannot('lock the folder', dir, err);
      const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
        throw new InputError(`claimsim: ${dir} is the output folder of another run (process ${pid}) still writing there; wait for it, or give --out another folder`);
      }
      // The run that left it has ended without releasing it (killed): the lock is stale.
      unlinkSync(lock);
    }
  }
  try {
    for (const name of stale) rmSync(join(dir, name), { recursive: true, force: true });
  } catch (err) {
    unlinkSync(lock);
    throw cannot('clear the previous run from', dir, err);
  }
  held.set(key, 1);
  return releaseOnce(key);
}

/** The release of one claim on `key`: the last one removes the lock. */
function releaseOnce(key: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const open = held.get(key) ?? 1;
    if (open > 1) {
      held.set(key, open - 1);
      return;
    }
    held.delete(key);
    rmSync(join(key, LOCK_FILE), { force: true });
  };
}

/** Runs `work` with `dir` claimed as its output folder (see claimOutputFolder), released however it ends. */
export async function withOutputFolder<T>(dir: string, work: () => Promise<T> | T): Promise<T> {
  const release = claimOutputFolder(dir);
  try {
    return await work();
  } finally {
    release();
  }
}
