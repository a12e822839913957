import { describe, expect, it } from 'vitest';
import { type ClaimEvent, type Decide, Engine, createInvariantChecker, decide, makePolicy } from '../../../engine/index.js';
import { ruleMutantNamed } from '../../../engine/mutants/index.js';
import { advance, cancel, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
// A request on 8/4 rejected at 10:00 the same day: the 5-day rejection cooldown ends at 00:00 on 8/9 (R12).
const rejected: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-08-04T09:00'), request()], [tokyo.at('2021-08-04T10:00'), reject()]];
const ON = { policy: { notifyCooldownEnd: true } };
const notices = (events: readonly ClaimEvent[]) => events.filter((e) => e.kind === 'SellerToldCooldownEnded');

describe('the cooldown-end notice (notifyCooldownEnd, an extension of R12 and R15)', () => {
  it('off by default: the policy holds no notifyCooldownEnd and no notice is ever sent', () => {
    const g = given(rejected);
    expect(g.engine.policy).not.toHaveProperty('notifyCooldownEnd');
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(notices(g.engine.events())).toEqual([]);
  });

  it('not yet at 23:59:59.999 on 8/8; told at exactly 00:00 on 8/9, once, however far the clock moves', () => {
    const g = given(rejected, ON);
    g.engine.advanceTo(tokyo.endOf('2021-08-08'));
    expect(notices(g.engine.events())).toEqual([]);
    g.engine.advanceTo(tokyo.midnight('2021-08-09'));
    expect(notices(g.engine.events())).toEqual([{ kind: 'SellerToldCooldownEnded', at: tokyo.midnight('2021-08-09'), claim: 'C1' }]);
    g.engine.advanceTo(tokyo.midnight('2021-08-30'));
    expect(notices(g.engine.events())).toHaveLength(1);
    expect(g.view()).toMatchObject({ withdrawal: 'on_hold', cooldownUntil: null });
  });

  it('comes before an action dated the same instant: a re-request at 00:00 on 8/9 follows the notice and is accepted', () => {
    const w = given(rejected, ON).when({ kind: 'ReRequestWithdrawal', claim: 'C1', message: 'Please withdraw.' }, tokyo.midnight('2021-08-09'));
    expect(w.fired).toMatchObject([{ kind: 'SellerToldCooldownEnded' }]);
    expect(w.decision).toMatchObject({ ok: true, events: [{ kind: 'WithdrawalRequested', reRequest: true }] });
  });

  it('cooldowns add up: a cancel from on hold on 8/6 (cooldown to 00:00 on 8/11) tells only at 00:00 on 8/11', () => {
    const g = given([...rejected, [tokyo.at('2021-08-06T12:00'), cancel()]], ON);
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(notices(g.engine.events()).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-11')]);
  });

  it('two cooldowns ending at one instant tell once', () => {
    // Rejected and cancelled on the same date: both 5-day cooldowns end at 00:00 on 8/9.
    const g = given([...rejected, [tokyo.at('2021-08-04T11:00'), cancel()]], ON);
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(notices(g.engine.events()).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-09')]);
  });

  it('not for a claim that left the eligible statuses, nor for a closed one', () => {
    const moved = given([...rejected, [tokyo.at('2021-08-06T12:00'), advance('returning')], [tokyo.at('2021-08-06T13:00'), advance('return_received')]], ON);
    moved.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(notices(moved.engine.events())).toEqual([]);
  });

  it('no cooldown, no notice: a policy of 0 rejection-cooldown days tells nothing', () => {
    const g = given(rejected, { policy: { notifyCooldownEnd: true, rejectionCooldownDays: 0 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(notices(g.engine.events())).toEqual([]);
  });

  it('cannot be set by a dated change', () => {
    expect(() => makePolicy({ changes: [{ at: '2021-08-01', set: { notifyCooldownEnd: true } }] })).toThrow(/notifyCooldownEnd holds for the whole policy/);
  });
});

/** Runs the rejected claim to 8/20 under `rules`, with the checker watching; returns its violations. */
function checked(rules: Decide, steps: readonly GivenStep[] = rejected) {
  const policy = makePolicy({ notifyCooldownEnd: true });
  const engine = new Engine({ policy, start: T0, decide: rules });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  const g = given(steps, { policy: { notifyCooldownEnd: true }, decide: rules });
  for (const e of g.engine.events()) engine.replayEvent(e);
  checker.observe(g.engine.events());
  engine.advanceTo(tokyo.midnight('2021-08-20'));
  checker.finish(engine.now);
  return checker.violations;
}

describe('I12, the checker of the notice', () => {
  it('finds nothing wrong with the rules', () => {
    expect(checked(decide)).toEqual([]);
  });

  it('finds a notice the rules did not send (a missed end, judged at the end of the run)', () => {
    const silent: Decide = (state, cmd, now, policy) => (cmd.kind === 'TellSellerCooldownEnded' ? { ok: true, events: [] } : decide(state, cmd, now, policy));
    expect(checked(silent).map((v) => v.invariant)).toEqual(['I12']);
  });

  it('catches the feature\'s mutant: a notice for a claim no longer eligible', () => {
    const m = ruleMutantNamed('cooldown-end-notice-when-stale')!;
    const steps: GivenStep[] = [...rejected, [tokyo.at('2021-08-06T12:00'), advance('returning')], [tokyo.at('2021-08-06T13:00'), advance('return_received')]];
    expect(checked(decide, steps)).toEqual([]);
    const found = checked(m.mutate(decide), steps);
    expect(found.map((v) => v.invariant)).toContain('I12');
  });
});
