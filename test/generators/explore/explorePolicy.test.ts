import { describe, expect, it } from 'vitest';
import { type Decide, DEFAULT_POLICY, FAULT_NAMES, changeInstants, decide, faultPolicy, makePolicy, withFault } from '../../../engine/index.js';
import { EXPLORE_DEFAULTS, explorePolicy } from '../../../generators/explore/index.js';
import { parseScenario, runScenario } from '../../../scenarios/index.js';

const plain = (policy = DEFAULT_POLICY) => ({ policy, changes: [] });
const options = { ...EXPLORE_DEFAULTS, command: 'test' };

describe('explore finds each fault mutant within the default budget', () => {
  for (const fault of FAULT_NAMES) {
    it(`${fault}: found, shrunk, and its scenario fails on the mutant and passes on the real rules`, async () => {
      const policy = faultPolicy(fault);
      const target = { policy, changes: changeInstants(policy) };
      const r = await explorePolicy(target, { ...options, fault });
      expect(r.finding, `${fault} not found in ${r.runs} cases`).not.toBeNull();
      expect(r.runs).toBeLessThanOrEqual(EXPLORE_DEFAULTS.runs);
      const finding = r.finding!;
      // Shrunk: the order, the claim and a few commands.
      expect(finding.commands).toBeLessThanOrEqual(6);
      const scenario = parseScenario(finding.scenario, `${fault}.yaml`);
      expect(scenario.tags).toContain(fault);
      const onMutant = runScenario(scenario, { decide: withFault(fault) });
      const onEngine = runScenario(scenario);
      expect(onMutant.status).toBe('failed');
      expect(onEngine.status, onEngine.failures.map((f) => f.message).join('; ')).toBe('passed');
      // The printed path replays the same counterexample alone.
      const replayed = await explorePolicy(target, { ...options, fault, path: finding.path });
      expect(replayed.runs).toBe(1);
      expect(replayed.finding?.scenario).toBe(finding.scenario);
    });
  }
});

describe('explore on the real rules', () => {
  const policies = {
    'default policy, Asia/Tokyo': DEFAULT_POLICY,
    'America/New_York, window 3, cooldowns 0 and 2, lapse on timeout': makePolicy({
      timezone: 'America/New_York',
      responseWindowDays: 3,
      rejectionCooldownDays: 0,
      cancellationCooldownDays: 2,
      autoWithdrawOnTimeout: false,
    }),
    'America/Santiago, window 1, delay 1': makePolicy({ timezone: 'America/Santiago', responseWindowDays: 1, delayThresholdDays: 1 }),
    'Asia/Tokyo, dated changes 7 → 10 → 3 days and cooldowns 5 → 2 → 8, re-timed and recomputed in flight': makePolicy({
      inFlightDeadlines: 'retime',
      inFlightCooldowns: 'recompute',
      changes: [
        { at: '2021-08-01', set: { responseWindowDays: 10, rejectionCooldownDays: 2, cancellationCooldownDays: 2 } },
        { at: '2021-08-04T12:00', set: { responseWindowDays: 3, rejectionCooldownDays: 8, cancellationCooldownDays: 8 } },
      ],
    }),
  };
  for (const [name, policy] of Object.entries(policies)) {
    it(`${name}: no invariant violated`, async () => {
      const r = await explorePolicy({ policy, changes: changeInstants(policy) }, { ...options, runs: 400 });
      expect(r.finding?.violation.message ?? null).toBeNull();
      expect(r.runs).toBe(400);
    });
  }
});

describe('explore is deterministic for a seed', () => {
  it('the same seed gives the same finding; a time limit that is not reached changes nothing', async () => {
    const a = await explorePolicy(plain(), { ...options, seed: 99, fault: 'lapse-ignored' });
    const b = await explorePolicy(plain(), { ...options, seed: 99, fault: 'lapse-ignored' });
    const timed = await explorePolicy(plain(), { ...options, seed: 99, fault: 'lapse-ignored', timeLimitMs: 600_000 });
    expect(a.finding).not.toBeNull();
    expect(b).toEqual(a);
    expect(timed).toEqual(a);
  });

  it('another seed draws other cases', async () => {
    const a = await explorePolicy(plain(), { ...options, seed: 1, fault: 'timer-fires-early' });
    const b = await explorePolicy(plain(), { ...options, seed: 2, fault: 'timer-fires-early' });
    expect([a.runs, a.finding?.path]).not.toEqual([b.runs, b.finding?.path]);
  });
});

describe('explore stops when asked', () => {
  it('between cases: marked stopped, with the cases that passed before it and no finding', async () => {
    let asked = 0;
    const r = await explorePolicy(plain(), { ...options, runs: 1000, shouldStop: () => ++asked > 100 });
    expect(r.stopped).toBe(true);
    expect(r.finding).toBeNull();
    expect(r.runs).toBe(100);
  });
});

describe('the cases reach the boundaries to the millisecond', () => {
  // A mutant that shows only on the last millisecond before a day boundary (a cooldown's end,
  // a midnight): a re-request decided as if made 1 ms later, its events dated when it was made.
  const oneMsLate: Decide = (state, cmd, now, policy) => {
    if (cmd.kind !== 'ReRequestWithdrawal') return decide(state, cmd, now, policy);
    const d = decide(state, cmd, now + 1, policy);
    return d.ok ? { ok: true, events: d.events.map((e) => ({ ...e, at: now })) } : d;
  };

  it('a re-request decided 1 ms late is found within the default budget, and its scenario fails on it and passes on the real rules', async () => {
    const r = await explorePolicy(plain(), { ...options, decide: oneMsLate });
    expect(r.finding, `not found in ${r.runs} cases`).not.toBeNull();
    const scenario = parseScenario(r.finding!.scenario, 'one-ms.yaml');
    expect(runScenario(scenario, { decide: oneMsLate }).status).toBe('failed');
    expect(runScenario(scenario).status).toBe('passed');
    // The offending step is dated on the last millisecond of a day in the policy's zone.
    expect(r.finding!.scenario).toMatch(/at: \d{4}-\d\d-\d\dT23:59:59\.999\n\s+do: re_request_withdrawal/);
  });
});
