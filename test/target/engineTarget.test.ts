import { describe, expect, it } from 'vitest';
import { decide } from '../../engine/index.js';
import { EngineTarget } from '../../target/serve/EngineTarget.js';
import { answerLine } from '../../target/serve/answerLine.js';

const served = () => new EngineTarget(() => decide, 'claimsim engine');
const ask = (t: EngineTarget, o: unknown) => JSON.parse(answerLine(t, typeof o === 'string' ? o : JSON.stringify(o))) as Record<string, unknown>;

describe('the engine behind the protocol (claimsim serve)', () => {
  it('answers a request it does not understand with an error reply, its id kept when it has one', () => {
    const t = served();
    expect(ask(t, '{oops')).toMatchObject({ id: null, type: 'error' });
    expect(ask(t, { id: 4, type: 'teleport' })).toMatchObject({ id: 4, type: 'error', message: expect.stringMatching(/^not a request of the protocol: type: /) });
    expect(ask(t, { id: 5, type: 'advance', to: '2021-08-05T00:00:00.000Z' })).toEqual({ id: 5, type: 'error', message: 'no session yet: send reset {policy, start} first' });
    expect(ask(t, { id: 6, type: 'hello', protocol: 2 })).toMatchObject({ id: 6, type: 'error', message: 'protocol 2 is not spoken here; this target speaks protocol 1' });
    expect(ask(t, { id: 7, type: 'reset', policy: { responseWindowDays: 0 }, start: '2021-07-20T00:00:00.000Z' })).toMatchObject({ id: 7, type: 'error', message: expect.stringContaining('responseWindowDays') });
  });

  it('keeps its test clock forward only, and refuses with the rules\' code and cooldown end', () => {
    const t = served();
    expect(ask(t, { id: 1, type: 'reset', policy: {}, start: '2021-07-20T00:00:00.000Z' })).toEqual({ id: 1, type: 'ok', now: '2021-07-20T00:00:00.000Z', events: [] });
    expect(ask(t, { id: 2, type: 'advance', to: '2021-07-19T00:00:00.000Z' })).toMatchObject({ id: 2, type: 'error', message: expect.stringContaining('the clock only moves forward') });
    ask(t, { id: 3, type: 'command', command: { kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' } });
    ask(t, { id: 4, type: 'command', command: { kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'cancel' } });
    ask(t, { id: 5, type: 'command', command: { kind: 'RequestWithdrawal', claim: 'C1', message: 'please' } });
    ask(t, { id: 6, type: 'command', command: { kind: 'RejectWithdrawal', claim: 'C1', reason: 'no' } });
    expect(ask(t, { id: 7, type: 'command', command: { kind: 'ReRequestWithdrawal', claim: 'C1', message: 'again' } })).toMatchObject({
      id: 7,
      type: 'refused',
      refusal: { code: 'COOLDOWN_ACTIVE', until: '2021-07-24T15:00:00.000Z' },
    });
    expect(ask(t, { id: 8, type: 'query', query: 'claims', ids: ['C1'] })).toEqual({
      id: 8,
      type: 'answer',
      claims: { C1: { status: 'cancel_requested', withdrawal: 'on_hold', outcome: null, deadline: null, reRequests: 0, cooldownUntil: '2021-07-24T15:00:00.000Z', delayed: false, rejectionCategory: 'other' } },
    });
    expect(ask(t, { id: 9, type: 'query', query: 'board' })).toMatchObject({ board: { cancel_requested: 1, withdrawal_on_hold: 1, withdrawal_requested: 0 } });
  });
});
