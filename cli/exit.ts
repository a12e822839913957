/** The command line's exit statuses (scenarios.md). */
export const EXIT = {
  ok: 0,
  /** a scenario failed, an invariant was violated, an impact left its range */
  failed: 1,
  /** bad input: a file is not a valid scenario / population / policy, or a bad option */
  input: 2,
  /** a fault in claimsim itself (an extension: scenarios.md lists 0, 1, 2 and 130) */
  internal: 3,
  /** interrupted (Ctrl-C, SIGINT); the work so far is written, marked partial */
  interrupted: 130,
  /** terminated (SIGTERM, as CI timeouts send); the work so far is written, marked partial */
  terminated: 143,
} as const;

/** An input error already phrased for the user (file:line:column: what and how to fix). */
export class InputError extends Error {}
