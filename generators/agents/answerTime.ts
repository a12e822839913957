import type { Instant } from '../../engine/index.js';
import type { CompiledAnswer } from '../population/CompiledPopulation.js';
import { after } from './AgentContext.js';

/**
 * When a buyer answers a request made at `at` whose answer window ends at `timeoutAt`, from the
 * draw `u`: the drawn delay after the request, the drawn delay before the window's end, or the
 * drawn fraction of the window. Never before the request; one draw in every form, so the same
 * draw keeps the claim's place in a 7-day window and in a 10-day one.
 */
export function answerTime(answer: CompiledAnswer, u: number, at: Instant, timeoutAt: Instant): Instant {
  const value = answer.delay(u);
  switch (answer.timing) {
    case 'afterRequest':
      return after(at, value);
    case 'beforeDeadline':
      return Math.max(at, timeoutAt - Math.max(0, Math.round(value)));
    case 'fractionOfWindow':
      return after(at, Math.min(1, Math.max(0, value)) * (timeoutAt - at));
    default: {
      const unreachable: never = answer.timing;
      throw new Error(`unknown answer timing ${String(unreachable)}`);
    }
  }
}
