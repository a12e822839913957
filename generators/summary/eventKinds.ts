import type { EventKind } from '../../engine/index.js';
import { EVENT_KINDS } from '../../engine/events/index.js';

/**
 * Every event kind, in the order summaries list them: the event catalogue's order
 * (engine/events), which is held to the engine's event union both ways at compile time. A kind
 * with no event in a run is left out of its summary's `eventCounts`.
 */
export const EVENT_KINDS_IN_ORDER: readonly EventKind[] = EVENT_KINDS;
