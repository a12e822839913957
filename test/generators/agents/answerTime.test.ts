import { describe, expect, it } from 'vitest';
import { answerTime } from '../../../generators/agents/answerTime.js';
import { compileDistribution } from '../../../generators/random/compileDistribution.js';
import type { CompiledAnswer } from '../../../generators/population/CompiledPopulation.js';
import { DAY, HOUR } from './agentHarness.js';

const uniform = (timing: CompiledAnswer['timing'], a: number, b: number): CompiledAnswer => ({ probability: 1, timing, delay: compileDistribution({ uniform: [a, b] }) });
const AT = 100 * DAY;

describe('answerTime', () => {
  it('afterRequest: the drawn delay after the request, whatever the window', () => {
    const a = uniform('afterRequest', 0, 4 * DAY);
    expect(answerTime(a, 0.5, AT, AT + 7 * DAY)).toBe(AT + 2 * DAY);
    expect(answerTime(a, 0.5, AT, AT + 10 * DAY)).toBe(AT + 2 * DAY);
  });

  it('beforeDeadline: the drawn delay before the window ends, and never before the request', () => {
    const a = uniform('beforeDeadline', 0, 4 * HOUR);
    expect(answerTime(a, 0.25, AT, AT + 7 * DAY)).toBe(AT + 7 * DAY - HOUR);
    expect(answerTime(a, 0.25, AT, AT + 10 * DAY)).toBe(AT + 10 * DAY - HOUR);
    expect(answerTime(uniform('beforeDeadline', 20 * DAY, 20 * DAY), 0.5, AT, AT + 7 * DAY)).toBe(AT);
  });

  it('fractionOfWindow: the same draw is the same fraction of a 7-day and of a 10-day window', () => {
    const a = uniform('fractionOfWindow', 0, 1);
    expect(answerTime(a, 0.8, AT, AT + 7 * DAY)).toBe(AT + Math.round(0.8 * 7 * DAY));
    expect(answerTime(a, 0.8, AT, AT + 10 * DAY)).toBe(AT + Math.round(0.8 * 10 * DAY));
  });
});
