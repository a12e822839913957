import type { ClaimTimeline, TimelineEntry } from '../model/ClaimTimeline.js';

/**
 * The index of the first entry where two timelines of the same claim part (a different instant,
 * command or decision), or null when they are the same throughout. A timeline that stops
 * earlier parts at its end.
 */
export function firstParting(a: ClaimTimeline, b: ClaimTimeline): number | null {
  const n = Math.max(a.entries.length, b.entries.length);
  for (let i = 0; i < n; i++) {
    const x = a.entries[i], y = b.entries[i];
    if (x === undefined || y === undefined || keyOf(x) !== keyOf(y)) return i;
  }
  return null;
}

/** What decides whether two entries are the same: instant, command and every event or refusal with its fields. */
function keyOf(e: TimelineEntry): string {
  return JSON.stringify([e.at, e.command, e.refusal?.code ?? null, e.events]);
}
