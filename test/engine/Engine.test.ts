import { describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, type Decide, Engine, decide, statusBoard } from '../../engine/index.js';
import { recountBoard } from './support/recountBoard.js';
import { accept, memo, placeOrder, openClaim, reject, request } from './support/commands.js';
import { tokyo } from './support/localTime.js';

const T0 = tokyo.at('2021-07-20T09:00');
const REQUEST_AT = tokyo.at('2021-07-29T10:00');
const TIMEOUT = tokyo.midnight('2021-08-05');

function engineWithClaim(options: Partial<ConstructorParameters<typeof Engine>[0]> = {}): Engine {
  const e = new Engine({ policy: DEFAULT_POLICY, start: T0, keepLog: true, ...options });
  e.execute(placeOrder(), T0);
  e.execute(openClaim(), T0);
  return e;
}

describe('Engine: deadlines fire before actions dated the same instant', () => {
  it('an action scheduled at the timeout instant runs after the timeout, even when scheduled before the request', () => {
    const e = engineWithClaim();
    const results: string[] = [];
    e.scheduleAction(TIMEOUT, {
      run: (engine) => {
        const d = engine.execute(accept());
        results.push(d.ok ? 'accepted' : d.refusal.code);
      },
    });
    e.execute(request(), REQUEST_AT);
    e.advanceTo(TIMEOUT);
    expect(results).toEqual(['CLAIM_CLOSED']);
    expect(e.events().at(-1)).toMatchObject({ kind: 'WithdrawalTimedOut', at: TIMEOUT });
  });

  it('an action scheduled a millisecond earlier still gets in', () => {
    const e = engineWithClaim();
    e.execute(request(), REQUEST_AT);
    e.scheduleAction(TIMEOUT - 1, { run: (engine) => void engine.execute(accept()) });
    e.advanceTo(TIMEOUT);
    expect(e.view.claim('C1')).toMatchObject({ status: 'withdrawn', outcome: 'accepted' });
  });

  it('execute(command, at) fires the deadlines due by `at` before deciding', () => {
    const e = engineWithClaim();
    e.execute(request(), REQUEST_AT);
    expect(e.execute(accept(), TIMEOUT)).toMatchObject({ ok: false, refusal: { code: 'CLAIM_CLOSED' } });
    expect(e.now).toBe(TIMEOUT);
  });

  it('execute without an instant acts now', () => {
    const e = engineWithClaim();
    e.advanceTo(REQUEST_AT);
    e.execute(request());
    expect(e.view.claim('C1')!.requestedAt).toBe(REQUEST_AT);
  });

  it('execute at an instant before now throws (a driver bug, not a refusal)', () => {
    const e = engineWithClaim();
    e.advanceTo(REQUEST_AT);
    expect(() => e.execute(request(), REQUEST_AT - 1)).toThrow(/backwards/);
  });

  it('an action record runs like a scheduled function: after the deadline due at its instant, with the engine', () => {
    const e = engineWithClaim();
    const results: string[] = [];
    class Answer {
      readonly kind = 'action' as const;
      constructor(readonly label: string) {}
      run(engine: Engine): void {
        const d = engine.execute(accept());
        results.push(`${this.label}: ${d.ok ? 'accepted' : d.refusal.code}`);
      }
    }
    e.scheduleAction(TIMEOUT, new Answer('at the timeout'));
    e.execute(request(), REQUEST_AT);
    e.scheduleAction(REQUEST_AT + 1, new Answer('before it'));
    e.advanceTo(TIMEOUT);
    expect(results).toEqual(['before it: accepted', 'at the timeout: CLAIM_CLOSED']);
    expect(e.view.claim('C1')).toMatchObject({ status: 'withdrawn', outcome: 'accepted' });
  });

});

describe('Engine: the run-to-completion cap', () => {
  it('an action that keeps scheduling itself stops the advance with an error naming its claim', () => {
    const e = engineWithClaim({ maxFiringsPerAdvance: 50 });
    const loop = { run: (engine: Engine, code: number) => void engine.scheduleAction(engine.now, loop, code), loopingClaim: (code: number) => `C${code}` };
    e.scheduleAction(REQUEST_AT, loop, 7);
    expect(() => e.advanceTo(TIMEOUT)).toThrow(/more than 50 timers fired .*an action scheduled for it, claim C7/);
  });

  it('an action that cannot say its claim is named by the claim it last changed', () => {
    const e = engineWithClaim({ maxFiringsPerAdvance: 50 });
    const loop = { run: (engine: Engine) => void engine.scheduleAction(engine.now, loop) };
    e.scheduleAction(REQUEST_AT, loop);
    expect(() => e.advanceTo(TIMEOUT)).toThrow(/claim C1\b/);
  });

  it('as many timers as the cap allow fire', () => {
    const e = engineWithClaim({ maxFiringsPerAdvance: 3 });
    let ran = 0;
    for (let k = 0; k < 3; k++) e.scheduleAction(REQUEST_AT + k, { run: () => void ran++ });
    e.advanceTo(TIMEOUT);
    expect(ran).toBe(3);
  });

  it('the cap is a positive integer', () => {
    expect(() => engineWithClaim({ maxFiringsPerAdvance: 0 })).toThrow(/maxFiringsPerAdvance must be an integer from 1/);
    expect(() => engineWithClaim({ maxFiringsPerAdvance: 1.5 })).toThrow(/maxFiringsPerAdvance/);
  });
});

describe('Engine: listeners, log and stats', () => {
  it('listeners get each accepted decision’s events, timers’ included, and nothing for refusals', () => {
    const batches: string[][] = [];
    const e = engineWithClaim({ onEvents: (events) => batches.push(events.map((x) => x.kind)) });
    const more: ClaimEvent[] = [];
    e.subscribe((events, engine) => {
      expect(engine).toBe(e);
      more.push(...events);
    });
    e.execute(request(), REQUEST_AT);
    e.execute(request(), REQUEST_AT);
    e.advanceTo(TIMEOUT);
    expect(batches).toEqual([['OrderPlaced'], ['ClaimOpened'], ['WithdrawalRequested'], ['WithdrawalTimedOut']]);
    expect(more.map((x) => x.kind)).toEqual(['WithdrawalRequested', 'WithdrawalTimedOut']);
  });

  it('keeps the log only when asked', () => {
    expect(engineWithClaim({ keepLog: false }).events()).toEqual([]);
    expect(engineWithClaim().events().map((x) => x.kind)).toEqual(['OrderPlaced', 'ClaimOpened']);
  });

  it('counts events, refusals and stale timers', () => {
    const e = engineWithClaim();
    e.execute(request(), REQUEST_AT);
    e.execute(accept({ actor: 'S1' }), REQUEST_AT);
    e.execute(accept(), REQUEST_AT);
    e.advanceTo(TIMEOUT);
    expect(e.stats).toEqual({ events: 4, refusals: 1, staleTimers: 1 });
  });

  it('uses the rules passed through the decide seam', () => {
    const calls: string[] = [];
    const spy: Decide = (state, command, now, policy) => {
      calls.push(command.kind);
      return decide(state, command, now, policy);
    };
    const e = engineWithClaim({ decide: spy });
    e.execute(request(), REQUEST_AT);
    e.advanceTo(TIMEOUT);
    expect(calls).toEqual(['PlaceOrder', 'OpenClaim', 'RequestWithdrawal', 'ExpireWithdrawal']);
  });
});

describe('Engine: evicting finished claims', () => {
  it('drops the claim and its order, keeping the board equal to the claims held', () => {
    const e = engineWithClaim();
    e.execute(request(), REQUEST_AT);
    e.execute(accept(), REQUEST_AT);
    e.evict('C1');
    expect(e.view.claim('C1')).toBeUndefined();
    expect(e.view.order('O1')).toBeUndefined();
    expect(statusBoard(e.view, e.now).counts).toEqual(recountBoard(e.view));
  });

  it('keeps an order with unanswered memos (their counts still show)', () => {
    const e = engineWithClaim();
    e.execute(memo('buyer', 'hello'), REQUEST_AT);
    e.execute(request(), REQUEST_AT);
    e.execute(accept(), REQUEST_AT);
    e.evict('C1');
    expect(e.view.order('O1')).toBeDefined();
  });

  it('keeps an order another claim still refers to', () => {
    const e = engineWithClaim();
    e.execute(openClaim('exchange', { claim: 'C2' }), T0);
    e.execute(request(), REQUEST_AT);
    e.execute(accept(), REQUEST_AT);
    e.evict('C1');
    expect(e.view.order('O1')).toBeDefined();
    expect(e.execute(memo('seller', 'about the exchange', 'C2'), REQUEST_AT).ok).toBe(true);
  });

  it('drops the board row of a withdrawal still open, as the checker forgets it; the buyer counter keeps the request', () => {
    const e = engineWithClaim();
    e.execute(request(), REQUEST_AT);
    e.execute(reject(), REQUEST_AT);
    e.execute(openClaim('exchange', { claim: 'C2' }), REQUEST_AT);
    e.execute(request(undefined, { claim: 'C2' }), REQUEST_AT);
    expect(e.view.board()).toEqual(new Map([['return_requested', 1], ['exchange_requested', 1], ['withdrawal_on_hold', 1], ['withdrawal_requested', 1]]));
    e.evict('C1');
    e.evict('C2');
    expect(e.view.board()).toEqual(new Map());
    expect(statusBoard(e.view, e.now).counts).toEqual(recountBoard(e.view));
    expect(e.view.pendingWithdrawals('B1')).toBe(1);
  });

  it('evicting an unknown claim does nothing', () => {
    const e = engineWithClaim();
    e.evict('C404');
    expect(e.view.claimCount).toBe(1);
  });
});
