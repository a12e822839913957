import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../scenarios/index.js';
import { scenarioText } from '../scenarioText.js';

const run = (steps: string) => runScenario(parseScenario(scenarioText(steps), 't.yaml'));
const REQUEST = '  - { at: 2021-07-29T10:00, do: request_withdrawal, claim: C1, message: Please. }';

describe('interval expectations: eventually, never, always (extension, scenarios/run/IntervalWatches.ts)', () => {
  it('eventually: holds when the state is reached inside the window, running the clock past the last step', () => {
    const r = run(`${REQUEST}\n  - check: { eventually: { within: { days: 7 }, claims: { C1: { status: withdrawn } } } }`);
    expect(r.failures).toEqual([]);
    expect(r.events.WithdrawalTimedOut).toBe(1);
  });

  it('eventually: fails with the last mismatch when the window ends first', () => {
    const r = run(`${REQUEST}\n  - check: { eventually: { within: { days: 6, hours: 13 }, claims: { C1: { status: withdrawn } } } }`);
    expect(r.failures).toEqual([
      {
        step: 2,
        message: 'eventually within 6 days 13 hours (2021-07-29T10:00 to 2021-08-04T23:00): never held; at 2021-08-04T23:00 claims.C1.status: expected withdrawn, got return_requested',
      },
    ]);
  });

  it('never: fails at the first instant the state holds, across later steps', () => {
    const r = run(
      `${REQUEST}\n  - check: { never: { claims: { C1: { withdrawal: on_hold } } } }\n  - { at: 2021-07-30T08:00, do: reject_withdrawal, claim: C1, reason: No. }\n  - { at: 2021-07-31T08:00 }`,
    );
    expect(r.failures).toEqual([
      { step: 2, message: 'never until the end of the run (from 2021-07-29T10:00): held at 2021-07-30T08:00 (claims.C1.withdrawal on_hold)' },
    ]);
  });

  it('always: samples at time-only changes too (a claim becoming delayed), not only at events', () => {
    const r = run('  - check: { always: { within: { days: 5 }, claims: { C1: { delayed: false } } } }');
    expect(r.failures).toEqual([
      { step: 1, message: 'always within 5 days (2021-07-20T09:00 to 2021-07-25T09:00): broken at 2021-07-24T00:00: claims.C1.delayed: expected false, got true' },
    ]);
  });

  it('always: passes when the state holds at every sample of the window', () => {
    const r = run(`${REQUEST}\n  - check: { always: { within: { days: 6, hours: 13, minutes: 59 }, claims: { C1: { withdrawal: requested } } } }`);
    expect(r.failures).toEqual([]);
  });

  it('a window that ends between steps is settled before the next step acts', () => {
    const r = run(
      `${REQUEST}\n  - check: { never: { within: { days: 1 }, claims: { C1: { status: withdrawn } } } }\n  - { at: 2021-08-01T10:00, do: accept_withdrawal, claim: C1 }`,
    );
    expect(r.failures).toEqual([]);
  });
});

describe('timeline messages', () => {
  it('shows a cooldown end in a never that held as the scenario writes it', () => {
    const r = run(
      `${REQUEST}\n  - { do: reject_withdrawal, claim: C1, reason: No. }\n  - check: { never: { within: { days: 1 }, claims: { C1: { cooldownUntil: 2021-08-03T00:00 } } } }`,
    );
    expect(r.failures).toEqual([
      { step: 3, message: 'never within 1 day (2021-07-29T10:00 to 2021-07-30T10:00): held at 2021-07-29T10:00 (claims.C1.cooldownUntil 2021-08-03T00:00)' },
    ]);
  });
});
