import { expect } from 'vitest';
import { type Decide, SUPPORT_CATEGORY } from '../../../engine/index.js';
import { BUYER, SELLER, STRANGER, accept, advance, cancel, memo, openClaim, placeOrder, reRequest, reject, request, support } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

/**
 * One rule specification per rule mutant, written as the rule tests are: each holds for the
 * real rules and fails for its mutant (test/engine/mutants/ruleMutants.test.ts).
 */
export type MutantSpec = (rules: Decide) => void;

const T0 = tokyo.at('2021-07-20T09:00');
const opened: GivenStep[] = claimOpenedAt(T0, 'return', 'returning');
const requested: GivenStep[] = [...opened, [tokyo.at('2021-07-29T10:00'), request()]];
/** Rejected on 7/30: the rejection cooldown ends at 00:00 on 8/4. */
const rejected: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), reject()]];
/** Cancelled on 7/30: the cancellation cooldown ends at 00:00 on 8/4. */
const cancelled: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), cancel()]];
const NEXT_DAY = tokyo.at('2021-07-21T10:00');

const deadlineOfRequestOn729: MutantSpec = (rules) => {
  expect(given(requested, { decide: rules }).view().deadline).toBe('2021-08-04');
};
const withdrawnAtMidnightAfterDeadline: MutantSpec = (rules) => {
  const g = given(requested, { decide: rules });
  g.engine.advanceTo(tokyo.midnight('2021-08-05'));
  expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
};
const delayedFromThresholdDay: MutantSpec = (rules) => {
  expect(given(opened, { decide: rules }).claim().delayedFrom).toBe(tokyo.midnight('2021-07-24'));
};
const rejectionCooldown: MutantSpec = (rules) => {
  given(rejected, { decide: rules }).when(reRequest(), tokyo.endOf('2021-08-03')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-04') });
  given(rejected, { decide: rules }).when(reRequest(), tokyo.midnight('2021-08-04')).then([{ kind: 'WithdrawalRequested', reRequest: true }]);
};
const cancellationCooldown: MutantSpec = (rules) => {
  given(cancelled, { decide: rules }).when(request(), tokyo.endOf('2021-08-03')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-04') });
  given(cancelled, { decide: rules }).when(request(), tokyo.midnight('2021-08-04')).then([{ kind: 'WithdrawalRequested', reRequest: false }]);
};

/** R10a, R15a: the window becomes 10 days and the rejection cooldown 2 days at 00:00 on 8/1. */
const changedOn801 = (inFlight: { inFlightDeadlines?: 'keep' | 'retime'; inFlightCooldowns?: 'keep' | 'recompute' }) => ({
  ...inFlight,
  changes: [{ at: '2021-08-01', set: { responseWindowDays: 10, rejectionCooldownDays: 2 } }],
});

export const MUTANT_SPECS: Readonly<Record<string, MutantSpec>> = {
  'kept-deadline-retimed': (rules) => {
    const g = given(requested, { decide: rules, policy: changedOn801({ inFlightDeadlines: 'keep' }) });
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  },
  'retimed-deadline-kept': (rules) => {
    const g = given(requested, { decide: rules, policy: changedOn801({ inFlightDeadlines: 'retime' }) });
    g.engine.advanceTo(tokyo.midnight('2021-08-01'));
    expect(g.view().deadline).toBe('2021-08-07');
  },
  'kept-cooldown-recomputed': (rules) => {
    given(rejected, { decide: rules, policy: changedOn801({ inFlightCooldowns: 'keep' }) })
      .when(reRequest(), tokyo.endOf('2021-08-03'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-04') });
  },
  'recomputed-cooldown-kept': (rules) => {
    given(rejected, { decide: rules, policy: changedOn801({ inFlightCooldowns: 'recompute' }) })
      .when(reRequest(), tokyo.midnight('2021-08-01'))
      .then([{ kind: 'WithdrawalRequested', reRequest: true }]);
  },
  'request-by-anyone': (rules) => {
    given(opened, { decide: rules }).when(request(undefined, { actor: STRANGER }), NEXT_DAY).thenRefuses('NOT_SELLER');
  },
  'ineligible-before-not-seller': (rules) => {
    given(claimOpenedAt(T0, 'cancel', 'cancelling'), { decide: rules }).when(request(undefined, { actor: STRANGER }), NEXT_DAY).thenRefuses('NOT_SELLER');
  },
  'answer-by-anyone': (rules) => {
    given(requested, { decide: rules }).when(accept({ actor: STRANGER }), tokyo.at('2021-07-30')).thenRefuses('NOT_BUYER');
  },
  'no-open-request-before-not-buyer': (rules) => {
    given(opened, { decide: rules }).when(accept({ actor: STRANGER }), NEXT_DAY).thenRefuses('NOT_BUYER');
  },
  'claim-opened-by-anyone': (rules) => {
    given([[T0, placeOrder()]], { decide: rules }).when(openClaim('return', { actor: SELLER }), NEXT_DAY).thenRefuses('NOT_BUYER');
  },
  'support-by-anyone': (rules) => {
    given(opened, { decide: rules }).when({ ...support(), actor: BUYER }, NEXT_DAY).thenRefuses('NOT_SELLER');
  },
  'memo-sender-unchecked': (rules) => {
    given(opened, { decide: rules }).when({ ...memo('seller'), actor: BUYER }, NEXT_DAY).thenRefuses('NOT_SELLER');
  },
  'window-one-day-short': deadlineOfRequestOn729,
  'window-one-day-long': deadlineOfRequestOn729,
  're-request-deadline-from-the-day-after': (rules) => {
    expect(given([...rejected, [tokyo.at('2021-08-05T10:00'), reRequest()]], { decide: rules }).view().deadline).toBe('2021-08-11');
  },
  'timer-one-ms-late': withdrawnAtMidnightAfterDeadline,
  'timeout-outcome-flipped': withdrawnAtMidnightAfterDeadline,
  'deadline-counted-in-utc': (rules) => {
    // 08:00 on 8/4 in Tokyo is 23:00 on 8/3 in UTC.
    const g = given([...opened, [tokyo.at('2021-08-04T08:00'), request()]], { decide: rules });
    expect(g.view().deadline).toBe('2021-08-10');
    expect(g.claim().timeoutAt).toBe(tokyo.midnight('2021-08-11'));
  },
  'receipt-date-ignored': (rules) => {
    const entered: GivenStep[] = [[T0, placeOrder()], [T0, openClaim('return', { receivedAt: tokyo.at('2021-07-18T10:00') })]];
    expect(given(entered, { decide: rules }).claim().delayedFrom).toBe(tokyo.midnight('2021-07-22'));
  },
  'delay-threshold-one-day-short': delayedFromThresholdDay,
  'delay-threshold-one-day-long': delayedFromThresholdDay,
  'rejection-cooldown-ignored': rejectionCooldown,
  'rejection-cooldown-one-day-short': rejectionCooldown,
  'rejection-cooldown-ends-a-millisecond-late': rejectionCooldown,
  'cancellation-cooldown-ignored': cancellationCooldown,
  'cancellation-cooldown-uses-rejection-days': (rules) => {
    const shortCancel = { rejectionCooldownDays: 5, cancellationCooldownDays: 2 };
    given(cancelled, { decide: rules, policy: shortCancel }).when(request(), tokyo.midnight('2021-08-01')).then([{ kind: 'WithdrawalRequested' }]);
  },
  'cancellation-cooldown-one-day-long': cancellationCooldown,
  'cooldowns-do-not-add-up': (rules) => {
    // The cancel from on hold on 7/30 starts a one-day cooldown (to 7/31); the rejection's runs to 8/4.
    given([...rejected, [tokyo.at('2021-07-30T11:00'), cancel()]], { decide: rules, policy: { cancellationCooldownDays: 1 } })
      .when(request(), tokyo.at('2021-08-01T10:00'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-04') });
  },
  're-request-limit-off-by-one': (rules) => {
    const twice: GivenStep[] = [...rejected, [tokyo.at('2021-08-05T10:00'), reRequest()], [tokyo.at('2021-08-06T10:00'), reject()]];
    given(twice, { decide: rules, policy: { maxReRequests: 1 } }).when(reRequest(), tokyo.at('2021-08-12T10:00')).thenRefuses('RE_REQUEST_LIMIT');
  },
  'request-message-not-required': (rules) => {
    given(opened, { decide: rules }).when(request(''), NEXT_DAY).thenRefuses('MESSAGE_REQUIRED');
  },
  're-request-message-not-required': (rules) => {
    given(rejected, { decide: rules }).when(reRequest('  '), tokyo.at('2021-08-05T10:00')).thenRefuses('MESSAGE_REQUIRED');
  },
  'rejection-reason-not-required': (rules) => {
    given(requested, { decide: rules }).when(reject(''), tokyo.at('2021-07-30T10:00')).thenRefuses('MESSAGE_REQUIRED');
  },
  'rejection-category-lost': (rules) => {
    const g = given(requested, { decide: rules });
    g.when(reject('The item arrived broken.', { category: 'item_defective' }), tokyo.at('2021-07-30T10:00')).then([{ kind: 'WithdrawalRejected', category: 'item_defective' }]);
    expect(g.claim().rejection).toEqual({ category: 'item_defective', reason: 'The item arrived broken.' });
  },
  'message-check-before-cooldown': (rules) => {
    given(rejected, { decide: rules }).when(reRequest(''), tokyo.at('2021-08-01T10:00')).thenRefuses('COOLDOWN_ACTIVE');
  },
  'empty-memo-accepted': (rules) => {
    given(opened, { decide: rules }).when(memo('buyer', ''), NEXT_DAY).thenRefuses('MESSAGE_REQUIRED');
  },
  'pii-ignored-under-block': (rules) => {
    given(opened, { decide: rules, policy: { piiCheck: 'block' } }).when(memo('buyer', 'Call me on 090-1234-5678'), NEXT_DAY).thenRefuses('PII_IN_MESSAGE');
  },
  'memo-pii-unchecked': (rules) => {
    given(opened, { decide: rules }).when(memo('buyer', 'Call me on 090-1234-5678'), NEXT_DAY).then([{ kind: 'MemoSent', pii: ['phone'] }]);
  },
  'pii-ignored-under-warn': (rules) => {
    given(opened, { decide: rules }).when(request('Write to shop@example.com'), NEXT_DAY).then([{ kind: 'WithdrawalRequested', pii: ['email'] }]);
  },
  'returning-not-eligible': (rules) => {
    given(opened, { decide: rules }).when(request(), NEXT_DAY).then([{ kind: 'WithdrawalRequested' }]);
  },
  'return-on-hold-eligible': (rules) => {
    given(claimOpenedAt(T0, 'return', 'return_on_hold'), { decide: rules }).when(request(), NEXT_DAY).thenRefuses('INELIGIBLE_STATUS');
  },
  'ineligible-refusal-without-support': (rules) => {
    given(claimOpenedAt(T0, 'cancel', 'cancelling'), { decide: rules }).when(request(), NEXT_DAY).thenRefuses('INELIGIBLE_STATUS', { support: SUPPORT_CATEGORY });
  },
  'exchange-reshipping-eligible': (rules) => {
    given(claimOpenedAt(T0, 'exchange', 'exchange_reshipping'), { decide: rules }).when(request(), NEXT_DAY).thenRefuses('INELIGIBLE_STATUS');
  },
  'support-refused-on-closed-claims': (rules) => {
    given([...requested, [tokyo.at('2021-07-30T10:00'), accept()]], { decide: rules }).when(support(), tokyo.at('2021-07-31T10:00')).then([{ kind: 'SupportContacted' }]);
  },
  'request-on-hold-taken-as-re-request': (rules) => {
    given(rejected, { decide: rules }).when(request(), tokyo.at('2021-08-05T10:00')).thenRefuses('WITHDRAWAL_ALREADY_OPEN');
  },
  'buyer-counter-counts-on-hold': (rules) => {
    given(requested, { decide: rules }).when(reject(), tokyo.at('2021-07-30T10:00')).then([{ kind: 'WithdrawalRejected', pendingWithdrawals: 0 }]);
  },
  'timeout-keeps-buyer-counter': (rules) => {
    const g = given(requested, { decide: rules });
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalTimedOut', pendingWithdrawals: 0 });
  },
  'accept-taken-as-rejection': (rules) => {
    given(requested, { decide: rules }).when(accept(), tokyo.at('2021-07-30T10:00')).then([{ kind: 'WithdrawalAccepted' }]);
  },
  'cancel-refused-on-hold': (rules) => {
    given(rejected, { decide: rules }).when(cancel(), tokyo.at('2021-07-31T10:00')).then([{ kind: 'WithdrawalCancelled', from: 'on_hold' }]);
  },
  'lapse-ignored': (rules) => {
    given(requested, { decide: rules }).when(advance('return_received'), tokyo.at('2021-07-30T10:00')).then([{ kind: 'ClaimAdvanced' }, { kind: 'WithdrawalLapsed' }]);
  },
  'lapse-on-eligible-move': (rules) => {
    const first: GivenStep[] = [...claimOpenedAt(T0, 'return'), [NEXT_DAY, request()]];
    given(first, { decide: rules }).when(advance('returning'), tokyo.at('2021-07-22T10:00')).then([{ kind: 'ClaimAdvanced' }]);
  },
  'opened-status-counted-as-first': (rules) => {
    expect(given(opened, { decide: rules }).view().status).toBe('returning');
  },
  'export-drops-claim-reason': (rules) => {
    expect(given([[T0, placeOrder()], [T0, openClaim('return', { reason: 'Wrong size' })]], { decide: rules }).claim().reason).toBe('Wrong size');
  },
  'memo-counted-for-the-wrong-party': (rules) => {
    given(opened, { decide: rules }).when(memo('buyer'), NEXT_DAY).then([{ kind: 'MemoSent', from: 'buyer' }]);
  },
  // The manual's request on 7/29 (deadline 8/4) under a 2-day reminder: reminded at 00:00 on 8/3.
  'reminder-a-day-late': (rules) => {
    const g = given(requested, { decide: rules, policy: { reminderDaysBeforeDeadline: 2 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-03'));
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'BuyerReminded', at: tokyo.midnight('2021-08-03'), request: 1 });
  },
  'reminder-to-an-answered-request': (rules) => {
    const g = given([...requested, [tokyo.endOf('2021-08-02'), reject()]], { decide: rules, policy: { reminderDaysBeforeDeadline: 2 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-04'));
    expect(g.engine.events().map((e) => e.kind)).not.toContain('BuyerReminded');
  },
  // Rejected on 7/30 (cooldown to 00:00 on 8/4), then received on 8/1: no longer eligible, so not told at 00:00 on 8/4.
  'cooldown-end-notice-when-stale': (rules) => {
    const g = given([...rejected, [tokyo.at('2021-08-01T10:00'), advance('return_received')]], { decide: rules, policy: { notifyCooldownEnd: true } });
    g.engine.advanceTo(tokyo.midnight('2021-08-10'));
    expect(g.engine.events().map((e) => e.kind)).not.toContain('SellerToldCooldownEnded');
  },
};
