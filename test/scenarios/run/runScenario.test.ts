import { describe, expect, it } from 'vitest';
import { type Decide, type FaultName, decide, withFault } from '../../../engine/index.js';
import { loadScenarioFile, parseScenario, runScenario } from '../../../scenarios/index.js';
import { scenarioText } from '../scenarioText.js';

const run = (steps: string, head = '', decideFn?: Decide) =>
  runScenario(parseScenario(scenarioText(steps, head), 't.yaml'), decideFn ? { decide: decideFn } : {});

const REQUEST = '  - { at: 2021-07-29T10:00, do: request_withdrawal, claim: C1, message: Please. }';

describe('runScenario: checks compare only what is written', () => {
  it('passes when every written field matches', () => {
    const r = run(`${REQUEST}\n  - check: { claims: { C1: { withdrawal: requested, deadline: 2021-08-04 } }, buyers: { B1: { pendingWithdrawals: 1 } } }`);
    expect(r.failures).toEqual([]);
    expect(r.status).toBe('passed');
  });

  it('reports every mismatch as path: expected X, got Y with its step, and runs on', () => {
    const r = run(
      [
        REQUEST,
        '  - check: { claims: { C1: { withdrawal: on_hold, deadline: 2021-08-05, reRequests: 0 } }, board: { withdrawal_requested: 2 } }',
        '  - { at: 2021-08-05T00:00, check: { claims: { C1: { status: return_requested } }, buyers: { B1: { pendingWithdrawals: 1 } } } }',
      ].join('\n'),
    );
    expect(r.status).toBe('failed');
    expect(r.failures).toEqual([
      { step: 2, message: 'claims.C1.withdrawal: expected on_hold, got requested' },
      { step: 2, message: 'claims.C1.deadline: expected 2021-08-05, got 2021-08-04' },
      { step: 2, message: 'board.withdrawal_requested: expected 2, got 1' },
      { step: 3, message: 'claims.C1.status: expected return_requested, got withdrawn' },
      { step: 3, message: 'buyers.B1.pendingWithdrawals: expected 1, got 0' },
    ]);
  });

  it('compares cooldown ends as instants and shows them as the scenario writes them', () => {
    const steps = `${REQUEST}\n  - { do: reject_withdrawal, claim: C1, reason: No. }\n  - check: { claims: { C1: { cooldownUntil: 2021-08-03T00:00:00.000 } } }\n  - check: { claims: { C1: { cooldownUntil: 2021-08-04T00:00 } } }`;
    expect(run(steps).failures).toEqual([{ step: 4, message: 'claims.C1.cooldownUntil: expected 2021-08-04T00:00, got 2021-08-03T00:00' }]);
  });

  it('says when a checked claim does not exist yet', () => {
    const r = run('  - check: { claims: { C2: { status: cancel_requested } } }\n  - { do: open_claim, claim: C2, order: O1, type: cancel }');
    expect(r.failures).toEqual([{ step: 1, message: 'claims.C2: expected a claim, got none (not opened yet, or refused)' }]);
  });
});

describe('runScenario: actions', () => {
  it('fails on an unexpected refusal, naming the code and the reason', () => {
    const r = run('  - { at: 2021-07-29T10:00, do: request_withdrawal, claim: C1, message: "" }');
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.message).toMatch(/^request_withdrawal C1: expected accepted, got MESSAGE_REQUIRED \(.+\)$/);
    expect(r.refusals).toEqual({ MESSAGE_REQUIRED: 1 });
  });

  it('fails when an expected refusal does not come, or another code comes', () => {
    const r = run(`${REQUEST}\n  - { do: cancel_withdrawal, claim: C1, expect: { error: NO_OPEN_REQUEST } }\n  - { do: cancel_withdrawal, claim: C1, expect: { error: NOT_SELLER } }`);
    expect(r.failures.map((f) => [f.step, f.message.replace(/ \(.*\)$/, '')])).toEqual([
      [2, 'cancel_withdrawal C1: expected NO_OPEN_REQUEST, got accepted'],
      [3, 'cancel_withdrawal C1: expected NOT_SELLER, got NO_OPEN_REQUEST'],
    ]);
  });

  it('checks the cooldown end a COOLDOWN_ACTIVE refusal carries', () => {
    const r = run(
      `${REQUEST}\n  - { do: reject_withdrawal, claim: C1, reason: No. }\n  - { do: re_request_withdrawal, claim: C1, message: Again., expect: { error: COOLDOWN_ACTIVE, until: 2021-08-02T00:00 } }`,
    );
    expect(r.failures).toEqual([{ step: 3, message: 're_request_withdrawal C1.until: expected 2021-08-02T00:00, got 2021-08-03T00:00' }]);
  });

  it('acts as someone else with as:', () => {
    const r = run(`${REQUEST}\n  - { do: accept_withdrawal, claim: C1, as: S1, expect: { error: NOT_BUYER } }`);
    expect(r.failures).toEqual([]);
  });

  it('counts the events and refusals of the run and keeps the log', () => {
    const r = run(`${REQUEST}\n  - { do: request_withdrawal, claim: C1, message: Again., expect: { error: WITHDRAWAL_ALREADY_OPEN } }\n  - { at: 2021-08-05T00:00 }`);
    expect(r.events).toEqual({ OrderPlaced: 1, ClaimOpened: 1, WithdrawalRequested: 1, WithdrawalTimedOut: 1 });
    expect(r.refusals).toEqual({ WITHDRAWAL_ALREADY_OPEN: 1 });
    expect(r.log.map((e) => e.kind)).toEqual(['OrderPlaced', 'ClaimOpened', 'WithdrawalRequested', 'WithdrawalTimedOut']);
  });

  it('reports an engine that throws as a failure of the step, not a crash', () => {
    const broken: Decide = (state, command, now, policy) => {
      if (command.kind === 'AcceptWithdrawal') throw new Error('boom');
      return decide(state, command, now, policy);
    };
    const r = run(`${REQUEST}\n  - { do: accept_withdrawal, claim: C1 }\n  - check: { claims: { C1: { status: withdrawn } } }`, '', broken);
    expect(r.status).toBe('failed');
    expect(r.failures).toEqual([{ step: 2, message: 'the engine failed: boom' }]);
  });

  it('gives the same result twice (determinism)', () => {
    const file = 'scenarios/library/manual/s5-unlimited-re-requests.yaml';
    const strip = ({ file: f, name, status, failures, events, refusals, log }: ReturnType<typeof runScenario>) => ({ f, name, status, failures, events, refusals, log });
    expect(JSON.stringify(strip(runScenario(loadScenarioFile(file))))).toBe(JSON.stringify(strip(runScenario(loadScenarioFile(file)))));
  });
});

describe('runScenario: invariants: clean', () => {
  it('passes on the real rules and reports the checker\'s violations on a mutant', () => {
    const steps = `${REQUEST}\n  - { at: 2021-08-05T00:00, check: { claims: { C1: { status: withdrawn } }, invariants: clean } }`;
    expect(run(steps).failures).toEqual([]);
    const r = run(steps, '', withFault('timer-fires-early'));
    expect(r.failures.some((f) => f.step === 2 && /^invariants: expected clean, got I3 on C1 at /.test(f.message))).toBe(true);
  });
});

describe('runScenario against the fault mutants', () => {
  const cases: [FaultName, string][] = [
    ['deadline-one-day-short', 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml'],
    ['rejection-cooldown-unenforced', 'scenarios/library/manual/s4-rejection-cooldown-5-days.yaml'],
    ['timer-fires-early', 'scenarios/library/answer/R10-timeout-boundary.yaml'],
    ['lapse-ignored', 'scenarios/library/lapse/R16-requested-lapses-on-ineligible-status.yaml'],
  ];
  it.each(cases)('%s makes %s fail, and the real rules pass it', (fault, file) => {
    const scenario = loadScenarioFile(file);
    expect(runScenario(scenario).status).toBe('passed');
    const mutant = runScenario(scenario, { decide: withFault(fault) });
    expect(mutant.status).toBe('failed');
    expect(mutant.failures.length).toBeGreaterThan(0);
  });
});
