import { describe, expect, it } from 'vitest';
import { decide, Engine, DEFAULT_POLICY } from '../../engine/index.js';
import { loadScenarioFile } from '../../scenarios/index.js';
import { FULL_CAPABILITIES } from '../../target/protocol/Capabilities.js';
import { firstDivergence } from '../../target/run/firstDivergence.js';
import { missingCapabilities } from '../../target/run/scenarioNeeds.js';

const BASIC = { rules: FULL_CAPABILITIES.rules.filter((r) => r !== 'R10a' && r !== 'R15a'), policyKeys: ['timezone'], reminders: false, datedChanges: false, memos: true, search: false };

describe('what a scenario needs of a target', () => {
  it('nothing beyond what claimsim serve offers', () => {
    for (const f of ['scenarios/library/changes/R10a-window-7-to-10-retime.yaml', 'scenarios/library/reminder/R10-reminder-boundary.yaml', 'scenarios/library/policies/ten-day-window.yaml']) {
      expect(missingCapabilities(loadScenarioFile(f), FULL_CAPABILITIES), f).toBeNull();
    }
  });

  it('names each capability a basic target lacks: rules, policy keys, reminders, dated changes', () => {
    expect(missingCapabilities(loadScenarioFile('scenarios/library/policies/ten-day-window.yaml'), BASIC)).toBe('the target lacks policy keys responseWindowDays');
    expect(missingCapabilities(loadScenarioFile('scenarios/library/reminder/R10-reminder-boundary.yaml'), BASIC)).toMatch(/^the target lacks policy keys reminderDaysBeforeDeadline; reminders$/);
    expect(missingCapabilities(loadScenarioFile('scenarios/library/changes/R10a-window-7-to-10-retime.yaml'), BASIC)).toMatch(/^the target lacks rules R10a; policy keys .*changes.*; dated changes$/);
    expect(missingCapabilities(loadScenarioFile('scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml'), BASIC)).toBeNull();
  });
});

describe('a divergence in one line: what the rules expected, what the target did', () => {
  const engine = new Engine({ policy: DEFAULT_POLICY, start: Date.UTC(2021, 6, 20), decide });
  engine.execute({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' });
  engine.execute({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'cancel' });
  const now = '2021-07-20T00:00:00.000Z';

  it('accepted where the rules refuse, and another refusal code', () => {
    const refused = engine.execute({ kind: 'AcceptWithdrawal', claim: 'C1' });
    expect(firstDivergence(refused, { id: 1, type: 'ok', now, events: [] })).toBe('the rules expected it refused with NO_OPEN_REQUEST, the target accepted it');
    expect(firstDivergence(refused, { id: 1, type: 'refused', now, refusal: { code: 'NOT_BUYER', message: 'not the buyer' } })).toBe('the rules expected NO_OPEN_REQUEST, the target refused with NOT_BUYER (not the buyer)');
    expect(firstDivergence(refused, { id: 1, type: 'refused', now, refusal: { code: 'NO_OPEN_REQUEST', message: 'worded otherwise' } })).toBeNull();
  });

  it('an event missing, or one more', () => {
    expect(firstDivergence({ ok: true, events: [] }, { id: 1, type: 'ok', now, events: [{ kind: 'WithdrawalTimedOut', at: now, claim: 'C1' }] })).toBe(
      'the rules expected no event 1, the target reported WithdrawalTimedOut C1 at 2021-07-20T00:00:00.000Z',
    );
    const accepted = engine.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' });
    expect(firstDivergence(accepted, { id: 1, type: 'ok', now, events: [] })).toBe('the rules expected event 1 WithdrawalRequested C1 at 2021-07-20T00:00:00.000Z, the target reported none');
  });
});
