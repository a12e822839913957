/** `--workers`, the same on every command that runs populations. */
export const WORKERS_HELP =
  'worker threads, 1 to 64, or auto: one per core (at most 8) once the run has 100,000 claims, one below (the output is the same for any number)';
