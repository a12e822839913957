/** The wait for each reply, in milliseconds: default and range of --target-timeout (docs/target-protocol.md). */
export const TARGET_TIMEOUT_MS = { default: 5000, min: 10, max: 600_000 } as const;

/** The least wait for the reply to hello: a target may take a while to start. */
export const HELLO_TIMEOUT_MS = 30_000;

/** The largest reply read, in bytes: a longer one ends the session with an error. */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

/**
 * --target-timeout's text in milliseconds: `250ms`, `5s`, `2m`, or a bare number of seconds;
 * a message saying what is wrong when it is none of them or out of range.
 */
export function parseTargetTimeout(text: string): { ok: true; ms: number } | { ok: false; message: string } {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  const ms = m ? Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000) : Number.NaN;
  if (!Number.isFinite(ms) || ms < TARGET_TIMEOUT_MS.min || ms > TARGET_TIMEOUT_MS.max) {
    return { ok: false, message: `--target-timeout ${text}: not a time from ${TARGET_TIMEOUT_MS.min}ms to ${TARGET_TIMEOUT_MS.max / 60_000}m (such as 500ms, 5s or 2m; a bare number is seconds)` };
  }
  return { ok: true, ms: Math.round(ms) };
}
