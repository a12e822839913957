import { describe, expect, it } from 'vitest';
import type { Command, PiiCheck } from '../../../engine/index.js';
import { memo, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]];
const onHold: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), reject()]];
const PHONE = 'Call me on 090-1234-5678.';

/** Each message R21 covers: where it is written, and the command that carries it. */
const carriers: [string, GivenStep[], (text: string) => Command, 'WithdrawalRequested' | 'WithdrawalRejected' | 'MemoSent'][] = [
  ['a withdrawal request message', claimOpenedAt(T0), (t) => request(t), 'WithdrawalRequested'],
  ['a re-request message', onHold, (t) => reRequest(t), 'WithdrawalRequested'],
  ['a rejection reason', requested, (t) => reject(t), 'WithdrawalRejected'],
  ['a memo from the seller', claimOpenedAt(T0), (t) => memo('seller', t), 'MemoSent'],
  ['a memo from the buyer', claimOpenedAt(T0), (t) => memo('buyer', t), 'MemoSent'],
];
const AT = tokyo.midnight('2021-08-04');
const policy = (piiCheck: PiiCheck) => ({ policy: { piiCheck } });

describe('R21 personal data in messages', () => {
  describe.each(carriers)('%s', (_what, steps, command, kind) => {
    it('warn (default): goes through, and the PII found is recorded on the event', () => {
      given(steps).when(command(`${PHONE} Or a@b.jp`), AT).then([{ kind, pii: ['email', 'phone'] }]);
    });

    it('block: refused with PII_IN_MESSAGE, naming what was found', () => {
      const w = given(steps, policy('block')).when(command(PHONE), AT).thenRefuses('PII_IN_MESSAGE', { pii: ['phone'] });
      expect(w.decision.ok ? '' : w.decision.refusal.message).toContain('phone');
    });

    it('off: goes through with nothing recorded', () => {
      given(steps, policy('off')).when(command(PHONE), AT).then([{ kind, pii: [] }]);
    });

    it('block: a clean message goes through', () => {
      given(steps, policy('block')).when(command('We shipped it on 2021-08-04, order 123456789.'), AT).then([{ kind, pii: [] }]);
    });
  });

  it('an empty message is MESSAGE_REQUIRED before any PII check (refusal order 7)', () => {
    given(claimOpenedAt(T0), policy('block')).when(request('  '), AT).thenRefuses('MESSAGE_REQUIRED');
  });

  it('choice: a memo always needs text, even with requireMessage false (R4 is about withdrawal messages)', () => {
    given(claimOpenedAt(T0), { policy: { requireMessage: false } }).when(memo('seller', ''), AT).thenRefuses('MESSAGE_REQUIRED');
  });

  it('block with requireMessage false: an empty message is accepted, a message with PII still refused', () => {
    const p = { policy: { requireMessage: false, piiCheck: 'block' as const } };
    given(claimOpenedAt(T0), p).when(request(''), AT).then([{ kind: 'WithdrawalRequested' }]);
    given(claimOpenedAt(T0), p).when(request('〒123-4567'), AT).thenRefuses('PII_IN_MESSAGE', { pii: ['postal_code'] });
  });
});
