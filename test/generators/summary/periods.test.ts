import { describe, expect, it } from 'vitest';
import type { FinalOutcome } from '../../../engine/finalOutcomes.js';
import { DEFAULT_POLICY, changeInstants, makePolicy } from '../../../engine/index.js';
import { loadPopulationFile, runPopulation } from '../../../generators/index.js';
import { finalOutcomeOf } from '../../../engine/finalOutcomes.js';
import { mergeSummaryParts } from '../../../generators/summary/mergeSummaryParts.js';
import { summarySchema } from '../../../generators/summary/summarySchema.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const CLAIMS = 400;
const policy = makePolicy({ changes: [{ at: '2024-04-10', set: { responseWindowDays: 10 } }, { at: '2024-04-20T12:00', set: { rejectionCooldownDays: 2 } }] });

describe('summary.json splits outcomes by the period of the first request (dated changes)', () => {
  it('has no periods without changes, so a policy without them writes the same bytes as before', () => {
    expect(runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS }).summary).not.toHaveProperty('periods');
  });

  it('counts each requested claim once, in the period of its first request, with its final outcome', () => {
    const firstRequest = new Map<string, number>();
    const outcomeOf = new Map<string, FinalOutcome>();
    const { summary } = runPopulation(small, {
      policy,
      claims: CLAIMS,
      onEvents: (events) => {
        for (const e of events) if (e.kind === 'WithdrawalRequested' && !firstRequest.has(e.claim)) firstRequest.set(e.claim, e.at);
      },
      onClaimFinished: (claim) => void outcomeOf.set(claim.id, finalOutcomeOf(claim)),
    });
    const [c1, c2] = changeInstants(policy) as [number, number];
    const expected = [0, 1, 2].map(() => new Map<FinalOutcome, number>());
    for (const [id, at] of firstRequest) {
      const k = at < c1 ? 0 : at < c2 ? 1 : 2;
      const o = outcomeOf.get(id)!;
      expected[k]!.set(o, (expected[k]!.get(o) ?? 0) + 1);
    }
    const periods = summary.periods!;
    expect(periods.map((p) => [p.from, p.until])).toEqual([
      [null, '2024-04-10T00:00:00.000'],
      ['2024-04-10T00:00:00.000', '2024-04-20T12:00:00.000'],
      ['2024-04-20T12:00:00.000', null],
    ]);
    periods.forEach((p, k) => {
      const nonZero = Object.entries(p.outcomes).filter(([, n]) => n > 0);
      expect(new Map(nonZero)).toEqual(expected[k]);
      expect(p.requested).toBe([...expected[k]!.values()].reduce((a, b) => a + b, 0));
    });
    expect(periods.every((p) => p.requested > 0)).toBe(true);
    expect(summarySchema.safeParse(JSON.parse(JSON.stringify(summary))).success).toBe(true);
  });

  it('adds up over shards to the whole run', () => {
    const whole = runPopulation(small, { policy, claims: CLAIMS }).summary;
    const parts = [1, 2].map((index) => runPopulation(small, { policy, claims: CLAIMS, shard: { index, count: 2 } }).summary);
    expect(mergeSummaryParts(parts, null).periods).toEqual(whole.periods);
  });

  it("refuses periods that do not match the policy's changes", () => {
    const { summary } = runPopulation(small, { policy, claims: 50 });
    const bad = { ...JSON.parse(JSON.stringify(summary)), periods: summary.periods!.slice(1) };
    const r = summarySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('has 2 periods; a policy with 2 dated changes has 3');
  });
});
