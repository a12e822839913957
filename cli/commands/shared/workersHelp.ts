/** `--workers`, the same on every command that runs populations. */
export const WORKERS_HELP =
  'worker threads: 1 up to the cores (at least 2) and one per 100 claims of the run, or auto: one per core (at most 8) once the run has 100,000 claims, one below (the output is the same for any number)';
