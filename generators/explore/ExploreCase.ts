import type { ClaimType } from '../../engine/index.js';
import type { PolicyBoundary } from './PolicyBoundary.js';
import type { BoundaryOffset } from './boundaryInstants.js';

/** An action on the case's claim, each by its natural actor (the order's seller or buyer). */
export const EXPLORE_ACTIONS = ['request', 'reRequest', 'accept', 'reject', 'cancel', 'advance'] as const;
export type ExploreAction = (typeof EXPLORE_ACTIONS)[number];

/**
 * One step of an explore case: an action (`advance` takes the `choice`-th arrow out of the claim's
 * status), the `choice`-th action that fits the withdrawal's state (`next`: a request when
 * there is none, an answer or a cancel when requested, a re-request or a cancel when on
 * hold), a wait for one of the policy's boundaries at an offset, or a plain wait.
 */
export type ExploreStep =
  | { readonly kind: 'act'; readonly action: ExploreAction; readonly choice: number }
  | { readonly kind: 'next'; readonly choice: number }
  | { readonly kind: 'waitFor'; readonly boundary: PolicyBoundary; readonly offset: BoundaryOffset }
  | { readonly kind: 'waitBy'; readonly ms: number };

/**
 * One explore case, one claim's generated steps: where its clock starts (an anchor instant — a daylight-saving
 * transition, a policy change or an ordinary day — moved back `daysBefore` local days, at
 * `msOfDay` wall-clock time), the claim, and its steps.
 */
export interface ExploreCase {
  readonly anchor: number;
  readonly daysBefore: number;
  readonly msOfDay: number;
  readonly type: ClaimType;
  /** Index into the type's non-terminal statuses: the status the claim is opened in. */
  readonly status: number;
  readonly steps: readonly ExploreStep[];
}
