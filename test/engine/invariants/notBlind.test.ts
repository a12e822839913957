import { describe, expect, it } from 'vitest';
import { type Decide, Engine, type FaultName, FAULT_NAMES, type InvariantChecker, createInvariantChecker, decide, faultPolicy, withFault } from '../../../engine/index.js';
import { tokyo } from './events.js';

/** The short command sequence that exercises each mutant's broken rule. */
const EXERCISE: Record<FaultName, (e: Engine) => void> = {
  'deadline-one-day-short': (e) => {
    e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
    e.advanceTo(tokyo(8, 6));
  },
  'rejection-cooldown-unenforced': (e) => {
    e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
    e.execute({ kind: 'RejectWithdrawal', claim: 'C1', reason: 'no' }, tokyo(7, 30, 10));
    e.execute({ kind: 'ReRequestWithdrawal', claim: 'C1', message: 'again, please' }, tokyo(7, 31, 10));
  },
  'timer-fires-early': (e) => {
    e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
    e.advanceTo(tokyo(8, 6));
  },
  'lapse-ignored': (e) => {
    e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
    e.execute({ kind: 'AdvanceClaim', claim: 'C1', to: 'returning' }, tokyo(7, 30));
    e.execute({ kind: 'AdvanceClaim', claim: 'C1', to: 'return_received' }, tokyo(7, 31));
  },
  // The fault's policy: the window becomes 10 days at 00:00 on 8/1, requests in flight keeping theirs.
  'kept-deadline-retimed': (e) => {
    e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
    e.advanceTo(tokyo(8, 6));
  },
};

/** What each mutant must make the checker report. */
const EXPECTED: Record<FaultName, readonly string[]> = {
  'deadline-one-day-short': ['I2', 'I3'],
  'rejection-cooldown-unenforced': ['I5'],
  'timer-fires-early': ['I3'],
  'lapse-ignored': ['I1'],
  'kept-deadline-retimed': ['I2', 'I3'],
};

function drive(rules: Decide, name: FaultName): { engine: Engine; checker: InvariantChecker } {
  const policy = faultPolicy(name);
  const engine = new Engine({ policy, start: tokyo(7, 20, 9), decide: rules });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  engine.execute({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' });
  engine.execute({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' });
  EXERCISE[name](engine);
  engine.checkViews(checker);
  checker.finish(engine.now);
  return { engine, checker };
}

describe('the checker is not blind: each named rule mutant is caught', () => {
  it.each(FAULT_NAMES)('%s: the real rules pass the same sequence with no violation', (name) => {
    expect(drive(decide, name).checker.violations).toEqual([]);
  });

  it.each(FAULT_NAMES)('%s is reported as the invariant it breaks', (name) => {
    const { checker } = drive(withFault(name), name);
    const found = new Set(checker.violations.map((v) => v.invariant));
    for (const id of EXPECTED[name]) expect(found, `${name} should break ${id}`).toContain(id);
    expect(checker.violations.every((v) => v.claim === 'C1' && v.events.length > 0)).toBe(true);
  });

  it('timer-fires-early: the timeout is reported as early, an hour before 00:00 of deadline+1', () => {
    const { checker } = drive(withFault('timer-fires-early'), 'timer-fires-early');
    const fired = checker.violations.find((v) => v.events.at(-1)?.kind === 'WithdrawalTimedOut');
    expect(fired?.at).toBe(tokyo(8, 4, 23));
    expect(fired?.message).toContain('early');
  });

  it('deadline-one-day-short: the claim is withdrawn a whole day early, at 00:00 of 8/4', () => {
    const { checker } = drive(withFault('deadline-one-day-short'), 'deadline-one-day-short');
    const fired = checker.violations.find((v) => v.invariant === 'I3' && v.events.at(-1)?.kind === 'WithdrawalTimedOut');
    expect(fired?.at).toBe(tokyo(8, 4));
  });
});
