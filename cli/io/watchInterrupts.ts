import { EXIT } from '../exit.js';

/** An interruption being watched for while a long command runs. */
export interface Interrupts {
  /** True once SIGINT or SIGTERM has arrived: the command stops, writes what it has, marked partial. */
  readonly stopped: () => boolean;
  /** 130 after SIGINT, 143 after SIGTERM (the shell's 128 + signal number). */
  readonly status: () => number;
  /** Stops watching (the signals' default actions return). */
  readonly dispose: () => void;
}

const STATUS = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated } as const;

/** How many commands are watching for interruptions right now (each keeps its own work so far). */
let watching = 0;
let earlyExitInstalled = false;

/**
 * From the moment the binary starts: an interruption while no command watches for one (files
 * still loading, a command that keeps no partial work, reports being written) ends the process
 * at once with the shell's status, 130 or 143, and a line saying so, instead of dying by the
 * signal with no status. Installed once, by the binary only (never by a test calling
 * `runClaimsim` in its own process).
 */
export function exitOnInterruptUntilWatched(): void {
  if (earlyExitInstalled) return;
  earlyExitInstalled = true;
  // The launcher's start-up handlers (cli/claimsim.js) step aside from here on.
  (globalThis as Record<symbol, unknown>)[Symbol.for('claimsim.signalsTakenOver')] = true;
  for (const name of Object.keys(STATUS) as (keyof typeof STATUS)[]) {
    process.on(name, () => {
      if (watching > 0) return;
      process.stderr.write(`claimsim: ${name === 'SIGINT' ? 'interrupted' : 'terminated'} (${name}); stopping at once\n`);
      process.exit(STATUS[name]);
    });
  }
}

/**
 * Watches for SIGINT (Ctrl-C) and SIGTERM (what CI timeouts and `kill` send) alike: the first
 * asks the command to stop and write the work so far; a second one of either ends the process
 * at once with its status.
 */
export function watchInterrupts(): Interrupts {
  let signal: keyof typeof STATUS | null = null;
  const handlers = Object.fromEntries(
    (Object.keys(STATUS) as (keyof typeof STATUS)[]).map((name) => [
      name,
      (): void => {
        if (signal !== null) process.exit(STATUS[name]);
        signal = name;
      },
    ]),
  ) as Record<keyof typeof STATUS, () => void>;
  for (const [name, handler] of Object.entries(handlers)) process.on(name, handler);
  watching++;
  let disposed = false;
  return {
    stopped: () => signal !== null,
    status: () => (signal === null ? EXIT.ok : STATUS[signal]),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      watching--;
      for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    },
  };
}
