import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_STATES, linearPattern } from '../../../../cli/actions/run/linearPattern.js';

function matcher(pattern: string): (text: string) => boolean {
  const p = linearPattern(pattern);
  if ('refused' in p) throw new Error(`refused: ${p.refused}`);
  return p.test;
}

const NAMES = ['scenarios/library/cooldown/R12-reject-twice.yaml', 'Cooldown after rejection', 'R1 request', 'aaaaaaaaaaaa!', '', 'x'.repeat(40), 'line\nbreak', 'C:\\path', 'a.b', 'ÀÉ ß', '{}[]()'];

describe('linearPattern: what RegExp.test says, in linear time', () => {
  it('agrees with RegExp(pattern, "i") on the patterns people write', () => {
    const patterns = [
      'cooldown|R12', 'R1[0-9]', '^R1 ', 'yaml$', '\\breject\\b', '\\Bool', 'r\\d{2,}', 'a.b', 'a\\.b', '[^a-z]', '[]', '[^]', '(?:cool|warm)down', '(?<n>R)1',
      'a{3}', 'a{2,4}!', 'a{,3}', '{', 'x{1,}', 'C:\\\\path', '\\x41', '\\u00c0', '\\cJ', 'line\\nbreak', 'ß', '(a|)+b', 'a??b', 'a+?!', '\\{\\}', '[\\]]',
      '', '|', '()', '[a-c-e]', '\\s', '\\W+', '.*', '^$',
    ];
    for (const p of patterns) {
      const native = new RegExp(p, 'i');
      const linear = matcher(p);
      for (const name of NAMES) expect(linear(name), `${p} on ${JSON.stringify(name)}`).toBe(native.test(name));
    }
  });

  it('agrees with RegExp on the hostile patterns too, on texts short enough for RegExp\'s own backtracking to end', () => {
    for (const p of ['(a|aa)+$', '^(a|a)(a|a)(a|a)(a|a)x', '(a|)+b', '(ab?)+!', '(a{2})*!']) {
      for (const text of ['aaaaaaaa!', 'aaaax', 'xxx', 'aab', '']) expect(matcher(p)(text), `${p} on ${text}`).toBe(new RegExp(p, 'i').test(text));
    }
  });

  it('agrees with RegExp on random patterns over a small alphabet (property)', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '\\w', '^', '$', '\\b');
    const leaf = fc.tuple(atom, fc.constantFrom('', '*', '+', '?', '{2}', '{0,2}', '{1,}')).map(([a, q]) => (/^[\\^$]$|^\\b$/.test(a) ? a : a + q));
    const pattern = fc.letrec<{ p: string }>((tie) => ({
      p: fc.oneof({ depthSize: 'small' }, leaf, fc.tuple(tie('p'), tie('p')).map(([x, y]) => x + y), fc.tuple(tie('p'), tie('p')).map(([x, y]) => `(${x}|${y})`), fc.tuple(tie('p'), fc.constantFrom('*', '+', '?', '{1,2}')).map(([x, q]) => `(?:${x})${q}`)),
    })).p;
    fc.assert(
      fc.property(pattern, fc.stringMatching(/^[abAB !]{0,12}$/), (p, text) => {
        let native: RegExp;
        try {
          native = new RegExp(p, 'i');
        } catch {
          return; // not a pattern --grep would take in the first place
        }
        const linear = linearPattern(p);
        if ('refused' in linear) expect(linear.refused).toMatch(/inside a repeated group/);
        else expect(linear.test(text)).toBe(native.test(text));
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('ends at once on the patterns that make a backtracking matcher run for ever', () => {
    const long = `${'a'.repeat(5000)}!`;
    expect(matcher('(a|aa)+$')(long)).toBe(false);
    expect(matcher('(.|a)*x{30}')(long)).toBe(false);
    expect(matcher('^(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)x')(long)).toBe(false);
  });

  it('refuses backreferences, lookaround and repeats that unroll too far, saying which', () => {
    for (const p of ['(a+)+$', '(.*.*)*x{30}', '(a*)*!', '(?:a|b+){2,}', '((a)+){2}x']) expect(linearPattern(p)).toHaveProperty('refused', expect.stringMatching(/inside a repeated group/));
    for (const p of ['(a)\\1', '(?<n>a)\\k<n>', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '\\01']) expect(linearPattern(p)).toHaveProperty('refused', expect.stringMatching(/are not taken/));
    expect(linearPattern(`a{${MAX_PATTERN_STATES + 1}}`)).toHaveProperty('refused', expect.stringMatching(/unroll to more than 10000 steps/));
    expect(linearPattern('((a{100}){100}){100}')).toHaveProperty('refused', expect.stringMatching(/unroll/));
    expect(linearPattern('a{1000}')).toHaveProperty('test');
  });
});
