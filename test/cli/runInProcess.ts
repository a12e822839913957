import { runClaimsim } from '../../cli/runClaimsim.js';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;

/** A stand-in for a stream's write that keeps what it is given (and calls back, as a stream does). */
function keepInto(sink: string[]): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as Write;
}

/**
 * Runs `claimsim ARGS…` in this process (what the binary does, without starting a process and
 * loading the program again), with `env` added to the environment for the run, and returns its
 * exit status and what it wrote. Runs one at a time: the process's streams are borrowed.
 * Tests of what only a process shows (signals, a closed pipe, logging set up at start) start
 * the binary instead (runCli).
 */
export async function runInProcess(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  process.stdout.write = keepInto(out);
  process.stderr.write = keepInto(err);
  try {
    const status = await runClaimsim(args);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
