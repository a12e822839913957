import type { Population } from '../../../generators/index.js';
import { recordClaimCommands } from '../../../generators/regression/recordClaimCommands.js';
import { claimId } from '../../../generators/records/generatedIds.js';
import type { ReRunClaim } from '../../../reports/explain/simulatedTimeline.js';

/** Re-runs one claim of a population alone from its seed, as regression scenarios do (explain, compare's examples). */
export function rerunClaim(population: Population): ReRunClaim {
  return (policy, seed, claims, index) => ({ claim: claimId(index), ...recordClaimCommands(population, { policy, seed, claims }, index) });
}
