import type { Decide, Policy } from '../../engine/index.js';
import type { Population } from '../../generators/index.js';
import { recordClaimCommands } from '../../generators/regression/recordClaimCommands.js';
import type { ClaimTimeline } from './ClaimTimeline.js';
import { claimId } from '../../generators/run/generatedIds.js';
import { traceClaim } from './traceClaim.js';

/**
 * The timeline of claim `index` of a simulation, re-run alone from its seed (as a regression
 * scenario is): its agents' commands are recorded, then decided again on a fresh engine.
 */
export function simulatedTimeline(population: Population, o: { readonly policy: Policy; readonly seed: number; readonly claims: number; readonly decide?: Decide }, index: number): ClaimTimeline {
  const recording = recordClaimCommands(population, o, index);
  const start = recording.commands[0]?.at ?? recording.end;
  return traceClaim({ policy: o.policy, start, commands: recording.commands, end: recording.end, claim: claimId(index), ...(o.decide ? { decide: o.decide } : {}) });
}
