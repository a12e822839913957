import type { Instant } from '../../engine/index.js';

/** A date-string reader bound to the scenario's zone; paths point errors at the node. */
export type InstantOf = (text: string) => Instant;
