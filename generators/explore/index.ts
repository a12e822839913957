/** `claimsim explore`: cases biased onto a policy's boundaries, searched for invariant violations. */
export type { ExploreTarget } from './ExploreTarget.js';
export { explorePolicy, type ExploreOptions, type ExploreResult, type ExploreFinding } from './explorePolicy.js';
export { boundaryInstants, BOUNDARY_OFFSETS, type BoundaryOffset } from './boundaryInstants.js';
export { boundaryInstant, boundaryDays } from './boundaryInstant.js';
export { POLICY_BOUNDARIES, type PolicyBoundary } from './PolicyBoundary.js';
export { daylightSavingTransitions } from './daylightSavingTransitions.js';
export { startAnchors, DST_YEARS } from './startAnchors.js';
export { runExploreCase, EXPLORE_IDS, type ExploreCaseRun } from './runExploreCase.js';
export { exploreCaseArbitrary, MAX_STEPS } from './exploreCaseArbitrary.js';
export type { ExploreCase, ExploreStep, ExploreAction } from './ExploreCase.js';
export { EXPLORE_DEFAULTS } from './EXPLORE_DEFAULTS.js';
export { explorePathProblem, ExplorePathError, MAX_PATH_NUMBERS } from './explorePath.js';
