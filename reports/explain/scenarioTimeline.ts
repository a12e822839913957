import type { Scenario } from '../../scenarios/index.js';
import type { ClaimTimeline } from '../model/ClaimTimeline.js';
import { type TimedCommand, traceClaim } from './traceClaim.js';

/** The claim ids a scenario opens, in file order. */
export function scenarioClaims(s: Scenario): string[] {
  return s.setup.flatMap((c) => (c.kind === 'OpenClaim' ? [c.claim] : []));
}

/** The timeline of one claim of a scenario: its setup at `start`, each step's action at its instant, up to the last step. */
export function scenarioTimeline(s: Scenario, claim: string): ClaimTimeline {
  const commands: TimedCommand[] = [
    ...s.setup.map((command) => ({ at: s.start, command })),
    ...s.steps.flatMap((st) => (st.action ? [{ at: st.at, command: st.action.command }] : [])),
  ];
  const end = Math.max(s.start, ...s.steps.map((st) => st.at));
  return traceClaim({ policy: s.policy, start: s.start, commands, end, claim });
}
