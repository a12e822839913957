import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimType, type LifecycleStatus, SUPPORT_CATEGORY, isTerminal } from '../../../engine/index.js';
import { accept, memo, reject, request, support } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');
const typeOf = (s: string): ClaimType =>
  s.startsWith('non_receipt') ? 'non_receipt' : s.startsWith('cancel') ? 'cancel' : s.startsWith('exchange') ? 'exchange' : 'return';

describe('R3 contact_support is accepted in every status', () => {
  const lifecycle = CLAIM_STATUSES.filter((s) => s !== 'withdrawn') as LifecycleStatus[];

  it.each(lifecycle)('in %s', (status) => {
    given(claimOpenedAt(T0, typeOf(status), status))
      .when(support('Please withdraw this claim.'), T1)
      .then([{ kind: 'SupportContacted', claim: 'C1', category: SUPPORT_CATEGORY, text: 'Please withdraw this claim.' }]);
  });

  it('in withdrawn (terminal) too', () => {
    given([...claimOpenedAt(T0), [T1, request()], [T1, accept()]]).when(support(), T1).then([{ kind: 'SupportContacted' }]);
  });

  it('the category is the manual’s “refund / claim withdrawal › claim withdrawal”', () => {
    expect(SUPPORT_CATEGORY).toBe('refund / claim withdrawal › claim withdrawal');
  });

  it('contacting support changes neither the claim nor its withdrawal', () => {
    const g = given([...claimOpenedAt(T0), [T1, request()]]);
    const before = structuredClone(g.claim());
    g.when(support(), tokyo.at('2021-07-22'));
    expect(g.claim()).toEqual(before);
  });

  it('an unknown claim is refused with CLAIM_NOT_FOUND', () => {
    given(claimOpenedAt(T0)).when(support('help', 'C404'), T1).thenRefuses('CLAIM_NOT_FOUND');
  });

  it('the statuses reached above cover every terminal status', () => {
    expect(CLAIM_STATUSES.filter(isTerminal)).toHaveLength(6);
  });
});

describe('R20 memos between seller and buyer', () => {
  it('a memo is sent about the claim’s order', () => {
    given(claimOpenedAt(T0)).when(memo('seller', 'When did you send it back?'), T1).then([
      { kind: 'MemoSent', claim: 'C1', order: 'O1', from: 'seller', text: 'When did you send it back?', pii: [] },
    ]);
  });

  it('memos may go either way, also while a withdrawal is on hold', () => {
    const steps: GivenStep[] = [...claimOpenedAt(T0), [T1, request()], [T1, reject()]];
    given(steps).when(memo('buyer', 'Why?'), T1).then([{ kind: 'MemoSent', from: 'buyer' }]);
  });

  it('a memo on a closed claim is refused with CLAIM_CLOSED (only support acts on it now)', () => {
    given([...claimOpenedAt(T0), [T1, request()], [T1, accept()]]).when(memo('seller'), T1).thenRefuses('CLAIM_CLOSED');
  });

  it('a memo on an unknown claim is refused with CLAIM_NOT_FOUND', () => {
    given(claimOpenedAt(T0)).when(memo('seller', 'hi', 'C404'), T1).thenRefuses('CLAIM_NOT_FOUND');
  });

  it.each(['', ' \n '])('an empty memo %j is refused with MESSAGE_REQUIRED', (text) => {
    given(claimOpenedAt(T0)).when(memo('buyer', text), T1).thenRefuses('MESSAGE_REQUIRED');
  });
});
