import { describe, expect, it } from 'vitest';
import { InputError } from '../../../cli/exit.js';
import { loadPolicyOption } from '../../../cli/io/loadPolicyOption.js';
import { LIMITS } from '../../../scenarios/index.js';

const TOO_DEEP = `maps and lists nest more than ${LIMITS.maxDepth} levels deep here (no scenario, population or policy field needs more than a few levels: flatten the file)`;

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('--policy key=value overrides', () => {
  it('refuses nesting past the limit in one line that shows the start of a long value', () => {
    const value = `changes=${'['.repeat(3_000)}${']'.repeat(3_000)}`;
    expect(messageOf(() => loadPolicyOption('--policy', value))).toBe(`--policy ${value.slice(0, 60)}… (${value.length} characters): ${TOO_DEEP}`);
  });

  it('shows a short value whole', () => {
    expect(messageOf(() => loadPolicyOption('--variant', 'responseWindowDays=0'))).toMatch(/^--variant responseWindowDays=0: responseWindowDays must be a whole number from 1 to 3650/);
  });
});
