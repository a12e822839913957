import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { type Population, loadPopulationFile, runPopulation } from '../../../generators/index.js';

const CLAIMS = 1500;
const base = loadPopulationFile('generators/populations/default.yaml');
const NOTICE = makePolicy({ notifyCooldownEnd: true });

/** The population with every seller re-requesting at once on the notice with this chance. */
function reacting(chance: number): Population {
  return { ...base, sellerProfiles: base.sellerProfiles.map((s) => ({ ...s, reRequest: { ...s.reRequest, onCooldownEnd: chance } })) };
}

/** Re-requests made over the run (summary.json's reRequests: claims by re-requests made). */
function reRequests(summary: { readonly reRequests: Readonly<Record<string, number>> }): number {
  return Object.entries(summary.reRequests).reduce((n, [k, claims]) => n + Number(k) * claims, 0);
}

describe('a run with the cooldown-end notice', () => {
  it('tells sellers with the checker clean; sellers who ignore it keep every outcome', () => {
    const off = runPopulation(base, { policy: DEFAULT_POLICY, claims: CLAIMS });
    const on = runPopulation(base, { policy: NOTICE, claims: CLAIMS });
    expect(off.summary.eventCounts.SellerToldCooldownEnded ?? 0).toBe(0);
    expect(on.summary.eventCounts.SellerToldCooldownEnded).toBeGreaterThan(0);
    expect(on.summary.invariantViolations.total).toBe(0);
    expect(on.summary.outcomes).toEqual(off.summary.outcomes);
    expect(reRequests(on.summary)).toBe(reRequests(off.summary));
  });

  it('raises re-requests when sellers react to it (reRequest.onCooldownEnd), and only with the notice on', () => {
    const ignore = runPopulation(base, { policy: NOTICE, claims: CLAIMS });
    const react = runPopulation(reacting(1), { policy: NOTICE, claims: CLAIMS });
    const reactNoNotice = runPopulation(reacting(1), { policy: DEFAULT_POLICY, claims: CLAIMS });
    expect(react.summary.invariantViolations.total).toBe(0);
    expect(reRequests(react.summary)).toBeGreaterThan(reRequests(ignore.summary));
    expect(reRequests(reactNoNotice.summary)).toBe(reRequests(runPopulation(base, { policy: DEFAULT_POLICY, claims: CLAIMS }).summary));
  });
});
