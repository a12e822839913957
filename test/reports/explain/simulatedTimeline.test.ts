import { describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY } from '../../../engine/index.js';
import { loadPopulationFile, runPopulation } from '../../../generators/index.js';
import { rerunClaim } from '../../../cli/actions/shared/rerunClaim.js';
import { simulatedTimeline } from '../../../reports/explain/simulatedTimeline.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const CLAIMS = 300;
const options = { policy: DEFAULT_POLICY, seed: small.seed, claims: CLAIMS };

describe('a simulated claim re-run alone', () => {
  it('has the events it had in the full run', () => {
    const full = new Map<string, ClaimEvent[]>();
    runPopulation(small, { ...options, onEvents: (events) => events.forEach((e) => e.kind !== 'OrderPlaced' && full.set(e.claim, [...(full.get(e.claim) ?? []), e])) });
    // Claims that saw a request, a rejection and the plain ones: every kind of path.
    const pick = (kind: ClaimEvent['kind']) => [...full.entries()].find(([, evs]) => evs.some((e) => e.kind === kind))?.[0];
    const ids = new Set([pick('WithdrawalRequested'), pick('WithdrawalRejected'), pick('WithdrawalTimedOut'), 'C0', `C${CLAIMS - 1}`].filter((x): x is string => x !== undefined));
    expect(ids.size).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      const t = simulatedTimeline(rerunClaim(small)(DEFAULT_POLICY, options.seed, CLAIMS, Number(id.slice(1))), DEFAULT_POLICY);
      expect(t.claim).toBe(id);
      const alone = t.entries.flatMap((e) => e.events).filter((e) => e.kind !== 'OrderPlaced');
      expect(alone, id).toEqual(full.get(id));
    }
  });
});
