import { describe, expect, it } from 'vitest';
import { diffEvents } from '../../target/run/firstDivergence.js';

const timedOut = (claim: string, at: string) => ({ kind: 'WithdrawalTimedOut', claim, at });

// docs/target-protocol.md, Events: the order of different claims' events at one instant is free;
// a claim's own order, and the order of instants, are not.
describe('diffEvents: the order a target reports events in', () => {
  const midnight = '2024-04-10T15:00:00.000Z';

  it('two claims timed out at one midnight, reported in the other order, do not diverge', () => {
    expect(diffEvents([timedOut('C73', midnight), timedOut('C9', midnight)], [timedOut('C9', midnight), timedOut('C73', midnight)])).toBeNull();
  });

  it("one claim's own events in another order diverge", () => {
    const lapsed = { kind: 'WithdrawalLapsed', claim: 'C1', at: midnight };
    expect(diffEvents([timedOut('C1', midnight), lapsed], [lapsed, timedOut('C1', midnight)])).toMatch(/^the rules expected event 1 WithdrawalTimedOut C1/);
  });

  it('events of different instants in another order diverge', () => {
    const later = timedOut('C2', '2024-04-11T15:00:00.000Z');
    expect(diffEvents([timedOut('C1', midnight), later], [later, timedOut('C1', midnight)])).toMatch(/^the rules expected event 1 WithdrawalTimedOut C1/);
  });

  it('a missing event still diverges, named', () => {
    expect(diffEvents([timedOut('C1', midnight), timedOut('C2', midnight)], [timedOut('C2', midnight)])).toMatch(/^the rules expected event 1 WithdrawalTimedOut C1 at 2024-04-10T15:00:00.000Z, the target reported WithdrawalTimedOut C2/);
  });
});
