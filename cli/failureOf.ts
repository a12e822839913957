import { EXIT } from './exit.js';

/** What the command line says and returns for an error no command turned into its own status. */
export interface Failure {
  readonly status: number;
  readonly message: string;
}

/** The file-system errors that come from where the user pointed the tool, not from a bug. */
const PATH_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * An error that escaped the commands: a path the tool cannot read or write is the user's input
 * (exit 2, one line naming the path); anything else is a fault in claimsim itself (exit 3, one
 * line, and the stack when CLAIMSIM_DEBUG is set), so that CI never takes a crash for bad input.
 */
export function failureOf(err: unknown, debug: boolean): Failure {
  const e = err as { code?: unknown; syscall?: unknown; path?: unknown; message?: unknown; stack?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code !== undefined && code in PATH_PROBLEMS && typeof e?.syscall === 'string') {
    const path = typeof e.path === 'string' ? e.path : '(unknown path)';
    return { status: EXIT.input, message: `claimsim: cannot ${e.syscall} ${path}: ${PATH_PROBLEMS[code]} (${code}; check the path, e.g. the --out folder)` };
  }
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return {
    status: EXIT.internal,
    message: `claimsim: internal error: ${message} (a fault in claimsim, not in the input; run again with CLAIMSIM_DEBUG=1 for the stack, and report it with the command)${stack}`,
  };
}
