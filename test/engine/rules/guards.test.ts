import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, type ClaimEvent } from '../../../engine/index.js';
import { BUYER, SELLER, STRANGER, accept, advance, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { snapshotOf } from '../support/snapshotOf.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');
const requested: GivenStep[] = [...claimOpenedAt(T0), [T1, request()]];
const withdrawn: GivenStep[] = [...requested, [T1, accept()]];
/** On hold since 7/21: the rejection cooldown runs until 00:00 on 7/26. */
const onHold: GivenStep[] = [...requested, [T1, reject()]];
const INSIDE_COOLDOWN = tokyo.at('2021-07-23');

describe('refusal codes, in the order they are checked', () => {
  it('the codes are listed in rules.md’s order', () => {
    expect(REFUSAL_CODES.slice(0, 14)).toEqual([
      'CLAIM_NOT_FOUND', 'ORDER_NOT_FOUND', 'CLAIM_CLOSED', 'NOT_SELLER', 'NOT_BUYER', 'INVALID_TRANSITION', 'INELIGIBLE_STATUS',
      'WITHDRAWAL_ALREADY_OPEN', 'NO_OPEN_REQUEST', 'NOT_ON_HOLD', 'COOLDOWN_ACTIVE', 'RE_REQUEST_LIMIT', 'MESSAGE_REQUIRED', 'PII_IN_MESSAGE',
    ]);
  });

  describe('1 CLAIM_NOT_FOUND wins over everything', () => {
    it.each([
      ['request by a stranger with no message', request('', { claim: 'C404', actor: STRANGER })],
      ['accept by the seller', accept({ claim: 'C404', actor: SELLER })],
      ['reject by a stranger with no reason', reject('', { claim: 'C404', actor: STRANGER })],
      ['cancel by the buyer', cancel({ claim: 'C404', actor: BUYER })],
      ['re-request', reRequest('', { claim: 'C404' })],
    ])('%s', (_what, command) => {
      given(withdrawn).when(command, T1).thenRefuses('CLAIM_NOT_FOUND');
    });
  });

  describe('2 CLAIM_CLOSED wins over the wrong actor and everything after', () => {
    it.each([
      ['request by the buyer', request(undefined, { actor: BUYER })],
      ['request by a stranger with an empty message', request('', { actor: STRANGER })],
      ['accept by the seller', accept({ actor: SELLER })],
      ['reject by a stranger', reject(undefined, { actor: STRANGER })],
      ['cancel by the buyer', cancel({ actor: BUYER })],
      ['re-request by the buyer', reRequest(undefined, { actor: BUYER })],
      ['advance to another status', advance('returning')],
    ])('%s on a withdrawn claim', (_what, command) => {
      given(withdrawn).when(command, T1).thenRefuses('CLAIM_CLOSED');
    });
  });

  describe('3 NOT_SELLER / NOT_BUYER win over group 4 and later', () => {
    it('the buyer requesting on an ineligible claim: NOT_SELLER, not INELIGIBLE_STATUS', () => {
      given(claimOpenedAt(T0, 'return', 'return_received')).when(request(undefined, { actor: BUYER }), T1).thenRefuses('NOT_SELLER');
    });

    it('a stranger requesting with a request already open: NOT_SELLER, not WITHDRAWAL_ALREADY_OPEN', () => {
      given(requested).when(request(undefined, { actor: STRANGER }), T1).thenRefuses('NOT_SELLER');
    });

    it('the buyer re-requesting inside the cooldown with no message: NOT_SELLER', () => {
      given(onHold).when(reRequest('', { actor: BUYER }), INSIDE_COOLDOWN).thenRefuses('NOT_SELLER');
    });

    it('the seller accepting when nothing is requested: NOT_BUYER, not NO_OPEN_REQUEST', () => {
      given(claimOpenedAt(T0)).when(accept({ actor: SELLER }), T1).thenRefuses('NOT_BUYER');
    });

    it('a stranger rejecting with no reason: NOT_BUYER, not MESSAGE_REQUIRED', () => {
      given(requested).when(reject('', { actor: STRANGER }), T1).thenRefuses('NOT_BUYER');
    });

    it('the seller answering after the window: NOT_BUYER is about who, and comes first', () => {
      given(requested, { policy: { autoWithdrawOnTimeout: false } })
        .when(accept({ actor: SELLER }), tokyo.midnight('2021-07-28'))
        .thenRefuses('NOT_BUYER');
    });
  });

  describe('4 the status and withdrawal-state refusals win over cooldowns, limits and messages', () => {
    it('ineligible status inside a cancellation cooldown: INELIGIBLE_STATUS', () => {
      given([...claimOpenedAt(T0, 'cancel'), [T1, request()], [T1, cancel()], [T1, advance('cancelling')]])
        .when(request(), INSIDE_COOLDOWN)
        .thenRefuses('INELIGIBLE_STATUS');
    });

    it('ineligible status with an empty message: INELIGIBLE_STATUS', () => {
      given(claimOpenedAt(T0, 'exchange', 'exchange_reshipping')).when(request(''), T1).thenRefuses('INELIGIBLE_STATUS');
    });

    it('a request already open and an empty message: WITHDRAWAL_ALREADY_OPEN', () => {
      given(requested).when(request(''), T1).thenRefuses('WITHDRAWAL_ALREADY_OPEN');
    });

    it('a fresh request while on hold, inside the rejection cooldown: WITHDRAWAL_ALREADY_OPEN', () => {
      given(onHold).when(request(), INSIDE_COOLDOWN).thenRefuses('WITHDRAWAL_ALREADY_OPEN');
    });

    it('a re-request after the on-hold withdrawal was cancelled, inside both cooldowns: NOT_ON_HOLD', () => {
      given([...onHold, [T1, cancel()]]).when(reRequest(), INSIDE_COOLDOWN).thenRefuses('NOT_ON_HOLD');
    });

    it('a reject with no reason and nothing requested: NO_OPEN_REQUEST', () => {
      given(onHold).when(reject(''), INSIDE_COOLDOWN).thenRefuses('NO_OPEN_REQUEST');
    });

    it('a re-request on an ineligible claim in the cooldown, with limit 0 and no message: INELIGIBLE_STATUS', () => {
      given([...claimOpenedAt(T0, 'cancel'), [T1, request()], [T1, cancel()], [T1, advance('cancelling')]], { policy: { maxReRequests: 0 } })
        .when(reRequest(''), INSIDE_COOLDOWN)
        .thenRefuses('INELIGIBLE_STATUS');
    });
  });

  describe('5 COOLDOWN_ACTIVE wins over the limit and the message', () => {
    it('a cooldown and an empty message: COOLDOWN_ACTIVE', () => {
      given(onHold).when(reRequest(''), INSIDE_COOLDOWN).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-07-26') });
    });

    it('a cooldown and the re-request limit reached: COOLDOWN_ACTIVE', () => {
      given(onHold, { policy: { maxReRequests: 0 } }).when(reRequest(), INSIDE_COOLDOWN).thenRefuses('COOLDOWN_ACTIVE');
    });

    it('a cooldown and personal data under block: COOLDOWN_ACTIVE', () => {
      given(onHold, { policy: { piiCheck: 'block' } }).when(reRequest('090-1234-5678'), INSIDE_COOLDOWN).thenRefuses('COOLDOWN_ACTIVE');
    });
  });

  describe('6 RE_REQUEST_LIMIT wins over the message', () => {
    it('the limit and an empty message: RE_REQUEST_LIMIT', () => {
      given(onHold, { policy: { maxReRequests: 0 } }).when(reRequest(' '), tokyo.midnight('2021-07-26')).thenRefuses('RE_REQUEST_LIMIT');
    });

    it('the limit and personal data under block: RE_REQUEST_LIMIT', () => {
      given(onHold, { policy: { maxReRequests: 0, piiCheck: 'block' } })
        .when(reRequest('a@b.jp'), tokyo.midnight('2021-07-26'))
        .thenRefuses('RE_REQUEST_LIMIT');
    });
  });
});

describe('a refused action changes nothing', () => {
  it('no event, no listener call, no counter change; only the refusal count moves', () => {
    const g = given(requested);
    const heard: ClaimEvent[] = [];
    g.engine.subscribe((events) => heard.push(...events));
    const before = snapshotOf(g.engine.view);
    const refusals = g.engine.stats.refusals;
    for (const command of [request(), reRequest(), accept({ actor: SELLER }), cancel({ actor: BUYER }), reject('')]) {
      expect(g.engine.execute(command, T1).ok).toBe(false);
    }
    expect(heard).toEqual([]);
    expect(snapshotOf(g.engine.view)).toEqual(before);
    expect(g.engine.view.pendingWithdrawals(BUYER)).toBe(1);
    expect(g.engine.stats.refusals).toBe(refusals + 5);
  });
});
