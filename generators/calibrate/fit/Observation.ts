/**
 * One duration (or fraction) as the log shows it, with a weight: exactly `lo` when `lo === hi`;
 * more than `lo` when `hi` is +Infinity (right-censored: the claim closed or the log ended
 * first); between `lo` and `hi` otherwise (interval-censored). The weight is 1, or a share of
 * the observation an EM step gives this component.
 */
export interface Observation {
  readonly lo: number;
  readonly hi: number;
  readonly w: number;
}

export const exact = (x: number, w = 1): Observation => ({ lo: x, hi: x, w });
export const after = (x: number, w = 1): Observation => ({ lo: x, hi: Number.POSITIVE_INFINITY, w });
export const between = (lo: number, hi: number, w = 1): Observation => (hi <= lo ? { lo, hi: lo, w } : { lo, hi, w });

/** Whether the value is known exactly. */
export const isExact = (o: Observation): boolean => o.lo === o.hi;
