import fc from 'fast-check';
import { mutationArb, optionArb } from './mutations.js';
import type { HostileCase } from './tryHostile.js';

/** Any hostile case: a changed scenario, population, policy, summary, run identity or merged part, or an option value. */
export const hostileCaseArb: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.record({ target: fc.constantFrom('scenario' as const, 'population' as const, 'policy' as const, 'summary' as const, 'identity' as const, 'comparePart' as const, 'sweepPart' as const, 'runPart' as const), mutation: mutationArb }),
  fc.record({ target: fc.constant('option' as const), option: optionArb }),
);
