import { BOUNDARY_PARAMETERS, type ParameterBoundary } from '../../engine/index.js';

/**
 * A boundary a case can wait for, each counted from its own anchor event (rules.md, day
 * counting): one per parameter whose record names an explore boundary (engine/parameters: the
 * response window from the request, R6, R10; the rejection cooldown from the rejection, R12;
 * the cancellation cooldown from the cancel, R15; the delay threshold from the claim's receipt,
 * R18), then the next midnight from the current instant, and the next dated change of the
 * policy after the current instant (R10a, R15a; none for a policy without changes).
 */
export type PolicyBoundary = ParameterBoundary | 'midnight' | 'policyChange';
export const POLICY_BOUNDARIES: readonly PolicyBoundary[] = Object.freeze([...BOUNDARY_PARAMETERS.map((b) => b.name), 'midnight', 'policyChange']);
