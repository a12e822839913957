import { describe, expect, it } from 'vitest';
import { firstDifference, quotedOutputs } from './readmeOutputs.js';

describe('the README output matcher', () => {
  it('matches line for line, `…` standing for any lines and a trailing ` …` for the rest of a line', () => {
    expect(firstDifference(['a', '…', 'z'], ['a', 'b', 'c', 'z'])).toBeNull();
    expect(firstDifference(['a', '…', 'z'], ['a', 'z'])).toBeNull();
    expect(firstDifference(['a b …'], ['a b c d'])).toBeNull();
    expect(firstDifference(['took 15.5 s'], ['took 3.2 s'])).toBeNull();
  });

  it('names the first quoted line the run does not print', () => {
    expect(firstDifference(['a', 'scenarios: 78 passed'], ['a', 'scenarios: 85 passed'])).toBe('quoted line 2 "scenarios: 78 passed" does not match the run\'s line 2 "scenarios: 85 passed"');
    expect(firstDifference(['a'], ['a', 'b'])).not.toBeNull();
    expect(firstDifference(['a', 'b'], ['a'])).not.toBeNull();
    expect(firstDifference(['a (1) [2]'], ['a x1x [2]'])).not.toBeNull();
  });

  it('reads the marker, the quoted block and the set-up commands above it, loops spelled out', () => {
    const readme = ['```sh', 'for i in 1 2; do npx claimsim x --out out/s$i; done', 'npx claimsim merge out/s1 out/s2', '```', '', '<!-- output of: npx claimsim merge out/s1 out/s2 -->', '```', 'merged', '```'].join('\n');
    expect(quotedOutputs(readme)).toEqual([{ command: 'npx claimsim merge out/s1 out/s2', setup: ['npx claimsim x --out out/s1', 'npx claimsim x --out out/s2'], lines: ['merged'], line: 6 }]);
  });

  it('refuses a marker whose command is not in the shell block above', () => {
    expect(() => quotedOutputs(['```sh', 'npx claimsim a', '```', '<!-- output of: npx claimsim b -->', '```', 'x', '```'].join('\n'))).toThrow(/README.md:4: "npx claimsim b" is not in the shell block/);
  });
});
