import type { ClaimType } from '../../engine/index.js';
import type { PolicyBoundary } from './PolicyBoundary.js';
import type { BoundaryOffset } from './boundaryInstants.js';

/** An action on the timeline's claim, each by its natural actor (the order's seller or buyer). */
export const TIMELINE_ACTIONS = ['request', 'reRequest', 'accept', 'reject', 'cancel', 'advance'] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

/**
 * One step of a timeline: an action (`advance` takes the `choice`-th arrow out of the claim's
 * status), the `choice`-th action that fits the withdrawal's state (`next`: a request when
 * there is none, an answer or a cancel when requested, a re-request or a cancel when on
 * hold), a wait for one of the policy's boundaries at an offset, or a plain wait.
 */
export type TimelineStep =
  | { readonly kind: 'act'; readonly action: TimelineAction; readonly choice: number }
  | { readonly kind: 'next'; readonly choice: number }
  | { readonly kind: 'waitFor'; readonly boundary: PolicyBoundary; readonly offset: BoundaryOffset }
  | { readonly kind: 'waitBy'; readonly ms: number };

/**
 * One claim's timeline: where its clock starts (an anchor instant — a daylight-saving
 * transition, a policy change or an ordinary day — moved back `daysBefore` local days, at
 * `msOfDay` wall-clock time), the claim, and its steps.
 */
export interface Timeline {
  readonly anchor: number;
  readonly daysBefore: number;
  readonly msOfDay: number;
  readonly type: ClaimType;
  /** Index into the type's non-terminal statuses: the status the claim is opened in. */
  readonly status: number;
  readonly steps: readonly TimelineStep[];
}
