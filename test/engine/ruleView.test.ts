import { describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, replay, viewOf } from '../../engine/index.js';
import { ruleViewOf } from '../../engine/StateView.js';
import { loadPopulationFile, runPopulation } from '../../generators/index.js';

/** The state a short run of the small population leaves, its orders with details and its claims in every state. */
function runState() {
  const events: ClaimEvent[] = [];
  const population = loadPopulationFile('generators/populations/small.yaml');
  runPopulation(population, { policy: DEFAULT_POLICY, seed: 7, claims: 400, onEvents: (es) => events.push(...es) }, {
    details: (i) => (i % 2 === 0 ? { orderNumber: `N${i}`, itemName: 'kettle' } : {}),
  });
  return replay(events);
}

describe('ruleViewOf: the view the rules decide on reads claims and orders through one reader each', () => {
  const state = runState();
  const built = viewOf(state);
  const read = ruleViewOf(state);

  it('every claim read has the built claim’s fields and values, in its JSON too', () => {
    let n = 0;
    for (const claim of built.claims()) {
      const r = read.claim(claim.id)!;
      expect({ ...r }).toEqual(claim);
      expect(JSON.stringify(r)).toBe(JSON.stringify(claim));
      n++;
    }
    expect(n).toBeGreaterThan(100);
    const claims = [...built.claims()];
    expect(new Set(claims.map((c) => c.withdrawal))).toEqual(new Set(['none', 'on_hold']));
    expect(claims.some((c) => c.outcome === 'timeout') && claims.some((c) => c.rejection !== null)).toBe(true);
  });

  it('every order read has the built order’s fields and values, details or none', () => {
    for (const claim of built.claims()) {
      const order = built.order(claim.order)!;
      expect({ ...read.order(claim.order)! }).toEqual(order);
      expect(JSON.stringify(read.order(claim.order))).toBe(JSON.stringify(order));
    }
    expect([...built.claims()].some((c) => built.order(c.order)!.orderNumber !== undefined)).toBe(true);
  });

  it('is one reader per view, moved by the next read (a rule reads one claim at a time)', () => {
    const [a, b] = [...built.claims()];
    const first = read.claim(a!.id)!;
    expect(first.id).toBe(a!.id);
    expect(read.claim(b!.id)).toBe(first);
    expect(first.id).toBe(b!.id);
    expect(built.claim(a!.id)).not.toBe(built.claim(a!.id));
  });

  it('a claim or order not held reads as undefined; the counters and the board are the view’s', () => {
    expect(read.claim('C-none')).toBeUndefined();
    expect(read.order('O-none')).toBeUndefined();
    expect(read.claimCount).toBe(built.claimCount);
    expect(read.board()).toBe(built.board());
    expect(read.pendingCounters()).toBe(built.pendingCounters());
  });

  it('reads the state as it changes (the claim count, a claim dropped)', () => {
    const s = runState();
    const view = ruleViewOf(s);
    const id = [...viewOf(s).claims()][0]!.id;
    const before = view.claimCount;
    s.claims.delete(id);
    expect(view.claimCount).toBe(before - 1);
    expect(view.claim(id)).toBeUndefined();
  });
});
