import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES, type Feature, isClockCommand } from '../../../engine/index.js';
import { registryOf } from '../../../engine/features/registry.js';
import { REGISTRY } from '../../../engine/registry.js';
import { EVENT_KINDS } from '../../../engine/events/index.js';
import { reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { claimOpenedAt, given } from '../support/spec.js';

const CLOCK_KINDS = ['ExpireWithdrawal', 'RemindBuyer', 'ChangePolicy', 'TellSellerCooldownEnded'] as const;
const PARTY_KINDS = ['PlaceOrder', 'OpenClaim', 'AdvanceClaim', 'RequestWithdrawal', 'AcceptWithdrawal', 'RejectWithdrawal', 'ReRequestWithdrawal', 'CancelWithdrawal', 'SendMemo', 'ContactSupport'] as const;

describe('the feature registrations (engine/features/index.ts)', () => {
  it('decide every command, a party\'s or the clock\'s, each by one feature, and tell clock commands from a party\'s', () => {
    expect(Object.keys(REGISTRY.decide).sort()).toEqual([...PARTY_KINDS, ...CLOCK_KINDS].sort());
    for (const f of FEATURES) expect(f.docs, f.name).toMatch(/^docs\/rules\.md#[a-z0-9-]+$/);
    expect(isClockCommand({ kind: 'ExpireWithdrawal', claim: 'C1', request: 1 })).toBe(true);
    expect(isClockCommand(request())).toBe(false);
  });

  it('refuse two features deciding one clock command, or folding one event kind', () => {
    const twice = (f: Feature): Feature => ({ ...f, name: `${f.name}-again` });
    const reminder = FEATURES.find((f) => f.name === 'reminder')!;
    expect(() => registryOf([reminder, twice(reminder)], [])).toThrow(/RemindBuyer is already decided/);
    const evolvesOnly: Feature = { name: 'x', rules: ['R10'], docs: 'docs/rules.md', evolves: reminder.evolves };
    expect(() => registryOf([evolvesOnly, { ...evolvesOnly, name: 'y' }], [])).toThrow(/BuyerReminded is already folded/);
  });

  it('refuse, at load, an event kind of the catalogue that no feature folds (a notice\'s included)', () => {
    expect(() => registryOf(FEATURES, EVENT_KINDS)).not.toThrow();
    // The notice changes state, the reminder's notice does not: each still needs its entry.
    for (const kind of ['SellerToldCooldownEnded', 'BuyerReminded'] as const) {
      const without = FEATURES.map((f) => (f.evolves?.[kind] === undefined ? f : { ...f, evolves: Object.fromEntries(Object.entries(f.evolves).filter(([k]) => k !== kind)) }));
      expect(() => registryOf(without, EVENT_KINDS)).toThrow(new RegExp(`^no feature folds ${kind}: `));
    }
  });

  it('arm timers from the events, in the features\' order: a request arms its timeout, its reminder (when promised)', () => {
    expect(REGISTRY.arms.WithdrawalRequested).toHaveLength(2);
    const g = given([...claimOpenedAt(tokyo.at('2021-07-20T09:00')), [tokyo.at('2021-08-04T10:00'), request()]], { policy: { reminderDaysBeforeDeadline: 2 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-11'));
    expect(g.engine.events().slice(-2).map((e) => [e.kind, e.at])).toEqual([
      ['BuyerReminded', tokyo.midnight('2021-08-09')],
      ['WithdrawalTimedOut', tokyo.midnight('2021-08-11')],
    ]);
  });

  it('a feature whose switch is off arms nothing: a rejection schedules no notice timer', () => {
    const g = given([...claimOpenedAt(tokyo.at('2021-07-20T09:00')), [tokyo.at('2021-08-04T09:00'), request()], [tokyo.at('2021-08-04T10:00'), reject()]]);
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(g.engine.stats.staleTimers).toBe(1); // the request's timeout, answered
  });
});

describe('the checker reads the rules on its own', () => {
  it('no file under engine/invariants imports engine/features (eslint holds it too)', () => {
    const dir = new URL('../../../engine/invariants/', import.meta.url);
    const offenders = readdirSync(dir).filter((f) => f.endsWith('.ts') && /from\s+'\.\.\/features\//.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
