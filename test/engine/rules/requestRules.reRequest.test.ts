import { describe, expect, it } from 'vitest';
import { BUYER, STRANGER, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
/** Requested on 8/1 (deadline 8/7). */
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-08-01T10:00'), request()]];
/** Rejected on 8/5 at 14:00: the rejection cooldown runs 8/5 … 8/9, ending at 00:00 on 8/10. */
const onHold: GivenStep[] = [...requested, [tokyo.at('2021-08-05T14:00'), reject()]];

describe('R11 re-request from on hold', () => {
  it('a re-request opens a new request with a deadline counted from the re-request date', () => {
    const w = given(onHold)
      .when(reRequest('We fixed the item.'), tokyo.at('2021-08-12T09:00'))
      .then([{ kind: 'WithdrawalRequested', reRequest: true, request: 2, message: 'We fixed the item.', deadline: tokyo.day('2021-08-18'), timeoutAt: tokyo.midnight('2021-08-19'), pendingWithdrawals: 1 }]);
    expect(w.view()).toMatchObject({ withdrawal: 'requested', deadline: '2021-08-18', reRequests: 1 });
  });

  it('a re-request with no withdrawal open is refused with NOT_ON_HOLD', () => {
    given(claimOpenedAt(T0)).when(reRequest(), tokyo.at('2021-08-12')).thenRefuses('NOT_ON_HOLD');
  });

  it('a re-request while still requested is refused with NOT_ON_HOLD', () => {
    given(requested).when(reRequest(), tokyo.at('2021-08-02')).thenRefuses('NOT_ON_HOLD');
  });

  it('a re-request after the on-hold withdrawal was cancelled is refused with NOT_ON_HOLD', () => {
    given([...onHold, [tokyo.at('2021-08-06'), cancel()]]).when(reRequest(), tokyo.at('2021-08-20')).thenRefuses('NOT_ON_HOLD');
  });

  it.each(['', '  '])('a re-request with message %j is refused with MESSAGE_REQUIRED', (message) => {
    given(onHold).when(reRequest(message), tokyo.at('2021-08-12')).thenRefuses('MESSAGE_REQUIRED');
  });

  it('policy requireMessage: false accepts an empty re-request message', () => {
    given(onHold, { policy: { requireMessage: false } }).when(reRequest(''), tokyo.at('2021-08-12')).then([{ reRequest: true }]);
  });

  it.each([BUYER, STRANGER])('%s re-requesting is refused with NOT_SELLER', (actor) => {
    given(onHold).when(reRequest(undefined, { actor }), tokyo.at('2021-08-12')).thenRefuses('NOT_SELLER');
  });
});

describe('R12 rejection cooldown', () => {
  it('manual §4: after a rejection on 8/5 a re-request is refused at 23:59:59.999 on 8/9, with the end 00:00 on 8/10', () => {
    given(onHold).when(reRequest(), tokyo.endOf('2021-08-09')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-10') });
  });

  it('manual §4: a re-request at 00:00 on 8/10 (cooldown end exactly) is accepted', () => {
    given(onHold).when(reRequest(), tokyo.midnight('2021-08-10')).then([{ kind: 'WithdrawalRequested', reRequest: true }]);
  });

  it('a re-request on the rejection date itself is refused', () => {
    given(onHold).when(reRequest(), tokyo.at('2021-08-05T14:00')).thenRefuses('COOLDOWN_ACTIVE');
  });

  it('the rejection event carries the cooldown’s end; the view shows it until it ends', () => {
    const g = given(onHold);
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalRejected', cooldownUntil: tokyo.midnight('2021-08-10') });
    g.engine.advanceTo(tokyo.endOf('2021-08-09'));
    expect(g.view().cooldownUntil).toBe('2021-08-10T00:00:00.000');
    g.engine.advanceTo(tokyo.midnight('2021-08-10'));
    expect(g.view().cooldownUntil).toBeNull();
  });

  it('a rejection at 00:00 and one at 23:59:59.999 of the same date end their cooldowns together', () => {
    const a = given([...requested, [tokyo.midnight('2021-08-05'), reject()]]);
    const b = given([...requested, [tokyo.endOf('2021-08-05'), reject()]]);
    expect(a.claim().rejectionCooldownUntil).toBe(tokyo.midnight('2021-08-10'));
    expect(b.claim().rejectionCooldownUntil).toBe(tokyo.midnight('2021-08-10'));
  });

  it('rejectionCooldownDays 0: no cooldown, a re-request at the same instant is accepted', () => {
    const g = given(onHold, { policy: { rejectionCooldownDays: 0 } });
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalRejected', cooldownUntil: null });
    g.when(reRequest(), tokyo.at('2021-08-05T14:00')).then([{ reRequest: true }]);
  });

  it('rejectionCooldownDays 2: refused at 23:59:59.999 on 8/6, accepted at 00:00 on 8/7', () => {
    const policy = { rejectionCooldownDays: 2 };
    given(onHold, { policy }).when(reRequest(), tokyo.endOf('2021-08-06')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-07') });
    given(onHold, { policy }).when(reRequest(), tokyo.midnight('2021-08-07')).then([{ reRequest: true }]);
  });

  it('the rejection cooldown also holds a fresh request after the on-hold withdrawal is cancelled', () => {
    given([...onHold, [tokyo.at('2021-08-06'), cancel()]], { policy: { cancellationCooldownDays: 0 } })
      .when(request(), tokyo.at('2021-08-08'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-10') });
  });
});

const FIRST_REJECT = tokyo.day('2021-08-02');

/** `n` rounds of reject then re-request, each re-request at 00:00 when the cooldown ends. */
function rounds(n: number, from: GivenStep[] = requested, firstReject = FIRST_REJECT): GivenStep[] {
  const steps = [...from];
  let day = firstReject;
  for (let i = 0; i < n; i++) {
    steps.push([tokyo.calendar.startOfDay(day) + 10 * 3_600_000, reject()]);
    steps.push([tokyo.calendar.startOfDay(day + 5), reRequest()]);
    day += 6;
  }
  return steps;
}

describe('R13 re-requests', () => {
  it('manual §5: re-requests are unlimited by default (12 rounds, all accepted)', () => {
    const g = given(rounds(12));
    expect(g.view()).toMatchObject({ withdrawal: 'requested', reRequests: 12 });
    expect(g.claim().requests).toBe(13);
  });

  it('maxReRequests 2: the third re-request is refused with RE_REQUEST_LIMIT', () => {
    const g = given(rounds(2), { policy: { maxReRequests: 2 } });
    const rejectedAt = tokyo.calendar.startOfDay(FIRST_REJECT + 12) + 10 * 3_600_000;
    g.when(reject(), rejectedAt).then([{ kind: 'WithdrawalRejected' }]);
    const w = given([...rounds(2), [rejectedAt, reject()]], { policy: { maxReRequests: 2 } })
      .when(reRequest(), tokyo.calendar.startOfDay(FIRST_REJECT + 17))
      .thenRefuses('RE_REQUEST_LIMIT');
    expect(w.view().reRequests).toBe(2);
  });

  it('maxReRequests 0: the first re-request is refused with RE_REQUEST_LIMIT', () => {
    given(onHold, { policy: { maxReRequests: 0 } }).when(reRequest(), tokyo.midnight('2021-08-10')).thenRefuses('RE_REQUEST_LIMIT');
  });

  it('maxReRequests 1: one re-request is accepted', () => {
    given(onHold, { policy: { maxReRequests: 1 } }).when(reRequest(), tokyo.midnight('2021-08-10')).then([{ reRequest: true }]);
  });

  it('a first request does not count as a re-request', () => {
    const g = given(requested);
    expect(g.view().reRequests).toBe(0);
  });

  it('the count is per claim over its whole life: a cancel and a fresh request do not reset it', () => {
    const policy = { maxReRequests: 1 };
    const steps: GivenStep[] = [
      ...rounds(1),
      [tokyo.at('2021-08-08T10:00'), reject()],
      [tokyo.at('2021-08-08T11:00'), cancel()],
      [tokyo.midnight('2021-08-13'), request()],
      [tokyo.at('2021-08-14T10:00'), reject()],
    ];
    const g = given(steps, { policy });
    expect(g.view().reRequests).toBe(1);
    g.when(reRequest(), tokyo.midnight('2021-08-19')).thenRefuses('RE_REQUEST_LIMIT');
  });
});
