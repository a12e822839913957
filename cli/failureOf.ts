import { EXIT } from './exit.js';
import { PATH_PROBLEMS, pathProblemCode } from '../input/pathProblem.js';

/** What the command line says and returns for an error no command turned into its own status. */
export interface Failure {
  readonly status: number;
  readonly message: string;
}

/**
 * An error that escaped the commands: a path the tool cannot read or write is the user's input
 * (exit 2, one line naming the path); anything else is a fault in claimsim itself (exit 3, one
 * line, and the stack when CLAIMSIM_DEBUG is set), so that CI never takes a crash for bad input.
 */
export function failureOf(err: unknown, debug: boolean): Failure {
  const e = err as { syscall?: unknown; path?: unknown } | null;
  const code = pathProblemCode(err);
  if (code !== undefined && typeof e?.syscall === 'string') {
    // A write to a full device names no path: say which call failed rather than invent one.
    const path = typeof e.path === 'string' ? ` ${e.path}` : '';
    return { status: EXIT.input, message: `claimsim: cannot ${e.syscall}${path}: ${PATH_PROBLEMS[code]} (${code}; check the path, e.g. the --out folder)` };
  }
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return {
    status: EXIT.internal,
    message: `claimsim: internal error: ${message} (a fault in claimsim, not in the input; run again with CLAIMSIM_DEBUG=1 for the stack, and report it with the command)${stack}`,
  };
}
