import { describe, it } from 'vitest';
import { BUYER, SELLER, STRANGER, accept, memo, openClaim, placeOrder, request, support } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

// rules.md, clarifications (who may act): each action is checked against its party, in
// refusal group 3, before any status, cooldown or message check.
const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');
const withdrawn: GivenStep[] = [...claimOpenedAt(T0), [T1, request()], [T1, accept()]];

describe('who may act: open_claim is the buyer’s', () => {
  it('the order’s buyer opens a claim', () => {
    given([[T0, placeOrder()]]).when({ ...openClaim('return'), actor: BUYER }, T1).then([{ kind: 'ClaimOpened', claim: 'C1', buyer: BUYER }]);
  });

  it.each([
    ['the seller', SELLER],
    ['a stranger', STRANGER],
  ])('%s opening a claim: NOT_BUYER', (_who, actor) => {
    given([[T0, placeOrder()]]).when({ ...openClaim('return'), actor }, T1).thenRefuses('NOT_BUYER');
  });

  it('an unknown order wins over the wrong actor: ORDER_NOT_FOUND', () => {
    given([[T0, placeOrder()]]).when({ ...openClaim('return', { order: 'O404' }), actor: SELLER }, T1).thenRefuses('ORDER_NOT_FOUND');
  });
});

describe('who may act: contact_support is the seller’s (R3)', () => {
  it('the seller contacts support on a closed claim', () => {
    given(withdrawn).when({ ...support(), actor: SELLER }, T1).then([{ kind: 'SupportContacted', claim: 'C1' }]);
  });

  it.each([
    ['the buyer', BUYER],
    ['a stranger', STRANGER],
  ])('%s contacting support: NOT_SELLER, also on a closed claim', (_who, actor) => {
    given(withdrawn).when({ ...support(), actor }, T1).thenRefuses('NOT_SELLER');
  });

  it('an unknown claim wins over the wrong actor: CLAIM_NOT_FOUND', () => {
    given(withdrawn).when({ ...support('Hi', 'C404'), actor: BUYER }, T1).thenRefuses('CLAIM_NOT_FOUND');
  });
});

describe('who may act: send_memo is sent by the party named in from:', () => {
  it.each([
    ['seller', SELLER],
    ['buyer', BUYER],
  ] as const)('from: %s as that party is accepted', (from, actor) => {
    given(claimOpenedAt(T0)).when({ ...memo(from), actor }, T1).then([{ kind: 'MemoSent', claim: 'C1', from }]);
  });

  it('from: seller as the buyer: NOT_SELLER', () => {
    given(claimOpenedAt(T0)).when({ ...memo('seller'), actor: BUYER }, T1).thenRefuses('NOT_SELLER');
  });

  it('from: buyer as the seller: NOT_BUYER', () => {
    given(claimOpenedAt(T0)).when({ ...memo('buyer'), actor: SELLER }, T1).thenRefuses('NOT_BUYER');
  });

  it('the wrong party comes before the message check: an empty memo as a stranger is NOT_SELLER, not MESSAGE_REQUIRED', () => {
    given(claimOpenedAt(T0)).when({ ...memo('seller', ''), actor: STRANGER }, T1).thenRefuses('NOT_SELLER');
  });

  it('the wrong party comes before the personal-data check under block', () => {
    given(claimOpenedAt(T0), { policy: { piiCheck: 'block' } })
      .when({ ...memo('buyer', 'call me on 090-1234-5678'), actor: STRANGER }, T1)
      .thenRefuses('NOT_BUYER');
  });
});
