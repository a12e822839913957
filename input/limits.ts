/** Limits that keep a hostile or runaway YAML file from exhausting the machine. */
export const LIMITS = {
  /** Largest scenario, policy or population file accepted, in bytes (the library's largest scenario is a few KiB). */
  maxBytes: 1024 * 1024,
  /** Largest summary.json accepted by merge, in bytes (a summary of the longest horizon is under 4 MiB). */
  maxSummaryBytes: 16 * 1024 * 1024,
  /** Alias expansions per file: a handful is useful, thousands is an alias bomb. */
  maxAliases: 100,
  /** Values after alias expansion. */
  maxNodes: 100_000,
  /**
   * Maps and lists nested in one another, the top-level map counting 1 (the library's deepest
   * scenario nests 7 levels, a shipped population 7, a shipped policy with `changes` 4).
   * Deeper nesting is refused before it is composed, and again after aliases are expanded.
   */
  maxDepth: 64,
} as const;

/** Keys that could reach an object prototype: refused wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The message for a file over the limit (checked before reading a file, and on text given directly). */
export function tooLarge(bytes: number, limit: number = LIMITS.maxBytes): string {
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over the ${mib(limit)} MiB limit (split it into smaller files)`;
}

/** The message for maps and lists nested deeper than the limit. */
export function tooDeep(limit: number = LIMITS.maxDepth): string {
  return `maps and lists nest more than ${limit} levels deep here (no scenario, population or policy field needs more than a few levels: flatten the file)`;
}
