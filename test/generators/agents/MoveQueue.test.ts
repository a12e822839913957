import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, Engine } from '../../../engine/index.js';
import { type MoveHandler, MoveQueue } from '../../../generators/agents/MoveQueue.js';

describe('the move queue on the engine’s clock', () => {
  it('hands each move back by name with its claim and operands, when it falls due, in the order due', () => {
    const engine = new Engine({ policy: DEFAULT_POLICY, start: 0 });
    const queue = new MoveQueue(engine);
    const ran: string[] = [];
    const log =
      (name: string) =>
      (...args: unknown[]): void => {
        ran.push(`${engine.now} ${name} ${args.join(' ')}`);
      };
    const handler: MoveHandler = {
      advance: log('advance'),
      request: log('request'),
      reRequest: log('reRequest'),
      accept: log('accept'),
      reject: log('reject'),
      cancelRequest: log('cancelRequest'),
      giveUp: log('giveUp'),
      sellerMemo: log('sellerMemo'),
      buyerMemo: log('buyerMemo'),
    };
    queue.handleWith(handler);
    queue.buyerMemo(90, 7, 3, true);
    queue.advance(10, 2 ** 32 - 1, 'return_received', true);
    queue.request(20, 5, false);
    queue.reRequest(30, 5, 2, true);
    queue.accept(40, 6, 1);
    queue.reject(50, 6, 65_535, false);
    queue.cancelRequest(60, 0, 4);
    queue.giveUp(70, 1);
    queue.sellerMemo(80, 7, 3, false);
    engine.advanceTo(100);
    expect(ran).toEqual([
      '10 advance 4294967295 return_received true',
      '20 request 5 false',
      '30 reRequest 5 2 true',
      '40 accept 6 1',
      '50 reject 6 65535 false',
      '60 cancelRequest 0 4',
      '70 giveUp 1',
      '80 sellerMemo 7 3 false',
      '90 buyerMemo 7 3 true',
    ]);
  });

  it('refuses a request number it cannot carry instead of handing back another', () => {
    const queue = new MoveQueue(new Engine({ policy: DEFAULT_POLICY, start: 0 }));
    expect(() => queue.accept(0, 1, 65_536)).toThrow(/operand 65536/);
  });
});
