import { describe, expect, it } from 'vitest';
import { replay, viewOf } from '../../../engine/index.js';
import { ids } from './events.js';
import { engineRun } from './engineRun.js';

describe('I8 checkViews: the engine board and buyer counters against the checker', () => {
  it('I8 a real run reports nothing at a checkpoint, before and after evicting a closed claim', () => {
    const { engine, checker } = engineRun();
    expect(engine.view.claim('C1')!.status).toBe('withdrawn');
    engine.checkViews(checker);
    engine.evict('C1');
    checker.forget('C1');
    engine.checkViews(checker);
    expect(checker.violations).toEqual([]);
  });

  it('I8 a board row that disagrees with the claims is reported against both counts', () => {
    const { engine, checker } = engineRun();
    // The engine's own state rebuilt from its log (I10), then corrupted.
    const state = replay(engine.events());
    state.board.set('returning', 1);
    checker.checkViews(viewOf(state), engine.now);
    expect(ids(checker.violations)).toEqual(['I8', 'I8']);
    expect(checker.violations.every((v) => v.claim === null && v.message.includes('returning'))).toBe(true);
  });

  it('I8 a buyer counter that disagrees with the requests in the log is reported', () => {
    const { engine, checker } = engineRun();
    const state = replay(engine.events());
    state.pendingWithdrawals.set('B1', 1);
    checker.checkViews(viewOf(state), engine.now);
    expect(ids(checker.violations)).toEqual(['I8']);
    expect(checker.violations[0]!.message).toContain('B1');
  });

  it('I8 a claim evicted without telling the checker leaves the board short of it', () => {
    const { engine, checker } = engineRun();
    engine.evict('C1');
    engine.checkViews(checker);
    expect(ids(checker.violations)).toEqual(['I8']);
    expect(checker.violations[0]!.message).toContain('withdrawn');
  });
});
