/** The most numbers a --path may hold: the case's index and then one per shrink step. */
export const MAX_PATH_NUMBERS = 10_000;

/**
 * What is wrong with a fast-check replay path (`13:0:0:1`) for a search of at most `maxRuns`
 * cases, or null: the first number is the case's index, so below `maxRuns` (fast-check
 * draws every case before it again, so a huge index would run for ever); the others pick a
 * shrink at each step, each below `maxRuns` too (a shrink has far fewer candidates), and there
 * are at most MAX_PATH_NUMBERS of them.
 */
export function explorePathProblem(path: string, maxRuns: number): string | null {
  const range = `each number from 0 to ${maxRuns - 1}, at most ${MAX_PATH_NUMBERS} of them`;
  if (!/^\d+(:\d+)*$/.test(path)) return `must be numbers joined by colons as printed by an earlier run, such as 13:0:0:1 (${range})`;
  const numbers = path.split(':');
  if (numbers.length > MAX_PATH_NUMBERS) return `holds ${numbers.length} numbers, more than the ${MAX_PATH_NUMBERS} a path can hold (give the path an earlier run printed)`;
  const big = numbers.findIndex((n) => n.length > String(maxRuns).length || Number(n) >= maxRuns);
  if (big >= 0) return `number ${big + 1} (${numbers[big]!.length > 12 ? `${numbers[big]!.slice(0, 12)}…` : numbers[big]}) is out of range: ${range} (give the path an earlier run printed)`;
  return null;
}

/** A --path within range that leads to no case of this search (another seed, policy or fault made it). */
export class ExplorePathError extends Error {}
