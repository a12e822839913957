import { type Checked, parseCount } from '../../../generators/index.js';


/**
 * Below this many claims in the run, `--workers auto` stays on one thread: starting a worker
 * (loading the modules, compiling the population) costs about as much as it saves
 * (`npm run bench`: 2 workers are slower than 1 at 10^4 claims, a little faster at 10^5, and
 * 1.85× as fast at 10^6).
 */
export const AUTO_WORKERS_FROM = 100_000;
const MAX_WORKERS = 64;

/**
 * `--workers N|auto`: N threads, or for auto one per core (at most 8) once the run has
 * AUTO_WORKERS_FROM claims, one below that or when the events are streamed (one engine's
 * log in order). The summary is the same for any number, so auto changes only the time.
 */
export function chooseWorkers(text: string, claimsInRun: number, cores: number, streamingEvents: boolean): Checked<number> {
  if (text.trim().toLowerCase() !== 'auto') {
    const n = parseCount('--workers', text, MAX_WORKERS);
    return n.ok ? n : { ok: false, message: `--workers must be auto or a whole number from 1 to ${MAX_WORKERS}, got "${text}"` };
  }
  const n = streamingEvents || claimsInRun < AUTO_WORKERS_FROM ? 1 : Math.max(1, Math.min(cores, 8));
  return { ok: true, value: n };
}

/** One worker per this many claims of a run at most: more start threads that have nothing to do. */
export const CLAIMS_PER_WORKER = 100;

/**
 * The most workers a run may have: the machine's cores (at least 2, so that two threads can be
 * tried anywhere) and, for one run split by claims, one per CLAIMS_PER_WORKER claims. Each
 * worker holds its own engine and modules (about 100 MB), so more than the cores only costs.
 */
export function maxWorkers(cores: number, claimsInRun = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(Math.max(2, cores), Math.ceil(claimsInRun / CLAIMS_PER_WORKER)));
}

/**
 * `--workers N|auto` for a pool of population tasks (compare, sweep, all): auto counts the
 * claims of every task, a population that draws its count per seller as AUTO_WORKERS_FROM;
 * N is refused above the machine's cores (at least 2).
 */
export function taskWorkers(text: string, tasks: readonly ClaimsOfTask[], cores: number): Checked<number> {
  const chosen = chooseWorkers(text, tasksClaims(tasks), cores, false);
  const most = maxWorkers(cores);
  if (chosen.ok && chosen.value > most) {
    return { ok: false, message: `--workers ${chosen.value} is more than this machine can use: at most ${most} (its ${cores} cores, at least 2); each worker holds its own copy of the engine` };
  }
  return chosen;
}

/** What tasksClaims reads of a population task. */
type ClaimsOfTask = { readonly population: { readonly claims: number | null }; readonly claims?: number };

/** The claims of a pool of population tasks, a population that draws its count per seller as AUTO_WORKERS_FROM. */
export function tasksClaims(tasks: readonly ClaimsOfTask[]): number {
  return tasks.reduce((sum, t) => sum + (t.claims ?? t.population.claims ?? AUTO_WORKERS_FROM), 0);
}
