import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import { FEATURE_EVENT_SPECS } from '../../../engine/features/vocabulary.js';
import { type Population, loadPopulationFile, runPopulation } from '../../../generators/index.js';
import { REACTIONS } from '../../../generators/reactions/index.js';

const CLAIMS = 1500;
const base = loadPopulationFile('generators/populations/default.yaml');
/** Every feature's parameter on, so that each feature's events come. */
const FEATURES_ON = makePolicy({ notifyCooldownEnd: true });

/** Every registered reaction set to its surest value on every seller profile. */
function reactingToAll(): Population {
  return {
    ...base,
    sellerProfiles: base.sellerProfiles.map((s) => {
      const p = structuredClone(s) as unknown as Record<string, Record<string, unknown>>;
      for (const r of REACTIONS) p[r.section] = { ...p[r.section], [r.field]: 1 };
      return p as unknown as typeof s;
    }),
  };
}

describe('the driver and the features\' events (generators/run/ClaimDriver.ts)', () => {
  it('passes a feature\'s event that no reaction registers: the sellers ignore it, the run goes on as with sellers who never react', () => {
    const featureKinds = Object.keys(FEATURE_EVENT_SPECS) as (keyof typeof FEATURE_EVENT_SPECS)[];
    const none = runPopulation(reactingToAll(), { policy: FEATURES_ON, claims: CLAIMS }, { reactions: [] });
    const ignoring = runPopulation(base, { policy: FEATURES_ON, claims: CLAIMS });
    for (const kind of featureKinds) expect(none.summary.eventCounts[kind]).toBeGreaterThan(0);
    expect(none.summary.invariantViolations.total).toBe(0);
    expect(none.summary).toEqual(ignoring.summary);
    // With the registry's reactions the same sellers do react (the comparison can fail).
    const reacting = runPopulation(reactingToAll(), { policy: FEATURES_ON, claims: CLAIMS });
    expect(reacting.summary.reRequests).not.toEqual(none.summary.reRequests);
  });
});
