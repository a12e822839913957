import type { ScheduledAction } from '../../engine/index.js';

/** The agents' moves an action record can hold (its `a` and `b` say which request, answer or sender). */
export const ADVANCE = 0;
export const REQUEST = 1;
export const RE_REQUEST = 2;
export const ANSWER = 3;
export const CANCEL = 4;
export const MEMO = 5;

/** Whoever performs moves when they fall due (the claim driver). */
export interface MovePerformer {
  perform(move: Move): void;
}

/**
 * One agent's pending move on the engine's clock: a few small numbers instead of a closure,
 * its context and a wrapper (there is one per open claim, or more, at any time).
 */
export class Move implements ScheduledAction {
  constructor(
    private readonly performer: MovePerformer,
    readonly move: number,
    readonly i: number,
    readonly a: number,
    readonly b: number,
  ) {}

  get kind(): 'action' {
    return 'action';
  }

  run(): void {
    this.performer.perform(this);
  }
}
