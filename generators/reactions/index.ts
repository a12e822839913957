import { onCooldownEnd } from './onCooldownEnd.js';

/**
 * The sellers' reactions to events, one line each, in the order they react to one event (a
 * new reaction goes last: each has its own draw stream, so none moves another's numbers).
 */
export const REACTIONS = [onCooldownEnd] as const;
