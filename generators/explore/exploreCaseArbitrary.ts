import fc from 'fast-check';
import { BOUNDARY_PARAMETERS, CLAIM_TYPES, MS_PER_DAY, MS_PER_HOUR, type Policy } from '../../engine/index.js';
import { POLICY_BOUNDARIES } from './PolicyBoundary.js';
import { BOUNDARY_OFFSETS } from './boundaryInstants.js';
import { EXPLORE_ACTIONS, type ExploreCase, type ExploreStep } from './ExploreCase.js';

/** At most this many steps per explore case. */
export const MAX_STEPS = 24;

const act = fc.record({ kind: fc.constant('act' as const), action: fc.constantFrom(...EXPLORE_ACTIONS), choice: fc.nat({ max: 3 }) });
const next = fc.record({ kind: fc.constant('next' as const), choice: fc.nat({ max: 5 }) });
/** The boundaries a policy has: a dated change only when it has changes (so a plain policy draws the cases it always drew). */
const boundariesOf = (policy: Policy) => (policy.changes?.length ? POLICY_BOUNDARIES : POLICY_BOUNDARIES.filter((b) => b !== 'policyChange'));
const waitFor = (policy: Policy) =>
  fc.record({ kind: fc.constant('waitFor' as const), boundary: fc.constantFrom(...boundariesOf(policy)), offset: fc.constantFrom(...BOUNDARY_OFFSETS) });
const waitBy = fc.record({ kind: fc.constant('waitBy' as const), ms: fc.oneof(fc.integer({ min: 1, max: 6 * MS_PER_HOUR }), fc.integer({ min: MS_PER_HOUR, max: 3 * MS_PER_DAY })) });

/** One step: half actions (most of them fitting the withdrawal's state), the rest mostly waits for a boundary of the policy. */
export function stepArbitrary(policy: Policy): fc.Arbitrary<ExploreStep> {
  return fc.oneof({ weight: 2, arbitrary: act }, { weight: 3, arbitrary: next }, { weight: 4, arbitrary: waitFor(policy) }, { weight: 1, arbitrary: waitBy });
}

/**
 * How far back a case may start: the boundaries counted from the request (the window),
 * plus the longest of the others (a cooldown or the delay threshold that follows it).
 */
function reachOf(policy: Policy): number {
  const days = (anchor: 'request' | 'other') => BOUNDARY_PARAMETERS.filter((b) => (b.anchor === 'request') === (anchor === 'request')).map((b) => policy[b.key]);
  return days('request').reduce((a, b) => a + b, 0) + Math.max(0, ...days('other'));
}

/**
 * Explore cases biased onto the policy's boundaries: the clock starts near one of `anchors`
 * (start instants: daylight-saving transitions, policy changes, an ordinary day), as far
 * back as the longest window and cooldown together, at midnight, the last millisecond of a
 * day or any time; the steps wait for the policy's own boundaries at −1 ms, 0 and +1 ms.
 */
export function exploreCaseArbitrary(policy: Policy, anchors: number): fc.Arbitrary<ExploreCase> {
  const reach = reachOf(policy);
  return fc.record({
    anchor: fc.nat({ max: anchors - 1 }),
    daysBefore: fc.nat({ max: reach }),
    msOfDay: fc.oneof(fc.constantFrom(0, 1, MS_PER_DAY - 1), fc.nat({ max: MS_PER_DAY - 1 })),
    type: fc.constantFrom(...CLAIM_TYPES),
    status: fc.nat({ max: 3 }),
    steps: fc.array(stepArbitrary(policy), { minLength: 1, maxLength: MAX_STEPS }),
  });
}
