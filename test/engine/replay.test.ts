import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Command, DEFAULT_POLICY, Engine, type Instant, MS_PER_HOUR, type Policy, makePolicy, replay } from '../../engine/index.js';
import { accept, advance, cancel, memo, reRequest, reject, request, support } from './support/commands.js';
import { tokyo } from './support/localTime.js';

const T0 = tokyo.at('2021-07-20T09:00');
const CLAIMS = ['C1', 'C2', 'C3', 'C4'] as const;
const TYPES = ['return', 'cancel', 'exchange', 'return'] as const;

/** Every kind of action on one claim; the index picks one. Most will be refused somewhere: that is fine. */
const ACTIONS: ((claim: string) => Command)[] = [
  (c) => request('please', { claim: c }),
  (c) => reRequest('again', { claim: c }),
  (c) => accept({ claim: c }),
  (c) => reject('no', { claim: c }),
  (c) => cancel({ claim: c }),
  (c) => memo('seller', 'hello 090-1234-5678', c),
  (c) => memo('buyer', 'hi', c),
  (c) => support('help', c),
  (c) => advance('returning', c),
  (c) => advance('cancelling', c),
  (c) => advance('return_received', c),
  (c) => advance('exchange_reshipping', c),
];

type Step = { readonly hours: number; readonly action: number; readonly claim: number };

function runSteps(steps: readonly Step[], policy: Policy = DEFAULT_POLICY): Engine {
  const e = new Engine({ policy, start: T0, keepLog: true });
  CLAIMS.forEach((c, i) => {
    e.execute({ kind: 'PlaceOrder', order: `O${i}`, seller: 'S1', buyer: `B${i % 2}`, orderedAt: T0 });
    e.execute({ kind: 'OpenClaim', claim: c, order: `O${i}`, type: TYPES[i]! });
  });
  let t: Instant = T0;
  for (const s of steps) {
    t += s.hours * MS_PER_HOUR;
    e.execute(ACTIONS[s.action]!(CLAIMS[s.claim]!), t);
  }
  e.advanceTo(t + 30 * 24 * MS_PER_HOUR);
  return e;
}

const stepArb = fc.record({ hours: fc.integer({ min: 0, max: 60 }), action: fc.integer({ min: 0, max: ACTIONS.length - 1 }), claim: fc.integer({ min: 0, max: CLAIMS.length - 1 }) });
const policyArb = fc.record({
  responseWindowDays: fc.integer({ min: 1, max: 10 }),
  rejectionCooldownDays: fc.integer({ min: 0, max: 6 }),
  cancellationCooldownDays: fc.integer({ min: 0, max: 6 }),
  maxReRequests: fc.option(fc.integer({ min: 0, max: 3 })),
  autoWithdrawOnTimeout: fc.boolean(),
  timezone: fc.constantFrom('Asia/Tokyo', 'America/New_York', 'America/Santiago'),
});

describe('I10 determinism', () => {
  it('the same commands at the same instants give a byte-identical JSON event log', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), policyArb, (steps, overrides) => {
        const policy = makePolicy(overrides);
        const a = runSteps(steps, policy);
        const b = runSteps(steps, policy);
        expect(JSON.stringify(b.events())).toBe(JSON.stringify(a.events()));
        expect(b.stats).toEqual(a.stats);
      }),
      { seed: 20210729, numRuns: 60 },
    );
  });

  it('a fixed busy run logs every event kind (so the property above exercises them)', () => {
    const steps: Step[] = [
      { hours: 1, action: 0, claim: 0 }, { hours: 1, action: 3, claim: 0 }, { hours: 1, action: 5, claim: 0 }, { hours: 1, action: 6, claim: 0 },
      { hours: 1, action: 7, claim: 0 }, { hours: 1, action: 0, claim: 1 }, { hours: 1, action: 2, claim: 1 }, { hours: 1, action: 0, claim: 2 },
      { hours: 1, action: 4, claim: 2 }, { hours: 1, action: 0, claim: 3 }, { hours: 1, action: 8, claim: 3 }, { hours: 1, action: 10, claim: 3 },
      { hours: 130, action: 1, claim: 0 },
    ];
    const kinds = new Set(runSteps(steps).events().map((e) => e.kind));
    expect([...kinds].sort()).toEqual([
      'ClaimAdvanced', 'ClaimOpened', 'MemoSent', 'OrderPlaced', 'SupportContacted', 'WithdrawalAccepted', 'WithdrawalCancelled',
      'WithdrawalLapsed', 'WithdrawalRejected', 'WithdrawalRequested', 'WithdrawalTimedOut',
    ]);
  });
});

describe('I10 replay', () => {
  it('replay(engine.events()) rebuilds a deep-equal state, Maps included', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), policyArb, (steps, overrides) => {
        const e = runSteps(steps, makePolicy(overrides));
        const rebuilt = replay(e.events());
        expect(e.checkReplay()).toEqual([]);
        expect([...rebuilt.claims.values()]).toEqual([...e.view.claims()]);
        expect([...rebuilt.board.entries()].sort()).toEqual([...e.view.board().entries()].sort());
        expect([...rebuilt.pendingWithdrawals.entries()].sort()).toEqual([...e.view.pendingCounters().entries()].sort());
      }),
      { seed: 20210804, numRuns: 60 },
    );
  });

  it('replay of a JSON round-tripped log gives the same state (the log is plain data)', () => {
    const e = runSteps([{ hours: 1, action: 0, claim: 0 }, { hours: 2, action: 3, claim: 0 }, { hours: 200, action: 1, claim: 0 }]);
    expect(replay(JSON.parse(JSON.stringify(e.events())))).toEqual(replay(e.events()));
  });

  it('the comparison can fail: a state one event short is not equal', () => {
    const e = runSteps([{ hours: 1, action: 0, claim: 0 }, { hours: 2, action: 3, claim: 0 }]);
    expect(replay(e.events().slice(0, -1))).not.toEqual(replay(e.events()));
  });
});
