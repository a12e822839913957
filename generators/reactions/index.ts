import { onCooldownEnd } from './onCooldownEnd.js';

/**
 * The sellers' reactions to events, one line each, in the order they react to one event. A
 * reaction's place gives it its draw stream (reactionStream.ts: no two share one), so a new
 * reaction goes last and moves no other's numbers.
 */
export const REACTIONS = [onCooldownEnd] as const;
