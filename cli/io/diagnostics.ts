import pino, { type Logger } from 'pino';

/** The levels `CLAIMSIM_LOG` takes; anything else is an input error. */
const LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

let logger: Logger | undefined;

/**
 * Diagnostics for whoever runs claimsim in CI or debugs a slow run: JSON lines on standard
 * error (what was run, on how many threads, how long each phase took), at the level that
 * `CLAIMSIM_LOG` names (default `silent`: nothing). They never go to standard output or into
 * any report, so outputs stay byte-identical whatever the level.
 */
export function diagnostics(): Logger {
  if (logger) return logger;
  const wanted = process.env.CLAIMSIM_LOG ?? 'silent';
  const level = (LEVELS as readonly string[]).includes(wanted) ? wanted : 'silent';
  logger = pino({ name: 'claimsim', level, base: null }, pino.destination({ dest: 2, sync: true }));
  if (level !== wanted) process.stderr.write(`claimsim: CLAIMSIM_LOG=${wanted} is not a level (give one of ${LEVELS.join(', ')}); logging nothing\n`);
  return logger;
}
