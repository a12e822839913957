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
  return {
    stopped: () => signal !== null,
    status: () => (signal === null ? EXIT.ok : STATUS[signal]),
    dispose: () => {
      for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    },
  };
}
