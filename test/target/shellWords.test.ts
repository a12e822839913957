import { describe, expect, it } from 'vitest';
import { shellWords } from '../../target/adapter/shellWords.js';

describe('shellWords: a --target command split as a POSIX shell would, with no shell', () => {
  it('splits on blanks and keeps quoted text whole', () => {
    expect(shellWords(`claimsim serve --mutant window-one-day-short`)).toEqual({ ok: true, words: ['claimsim', 'serve', '--mutant', 'window-one-day-short'] });
    expect(shellWords(`java -jar 'my claims.jar'  --name "a \\"b\\" c" x\\ y ''`)).toEqual({ ok: true, words: ['java', '-jar', 'my claims.jar', '--name', 'a "b" c', 'x y', ''] });
  });

  it('runs nothing a shell would: variables, globs and redirections are plain words', () => {
    expect(shellWords('serve $HOME *.jar >out; rm -rf x')).toEqual({ ok: true, words: ['serve', '$HOME', '*.jar', '>out;', 'rm', '-rf', 'x'] });
  });

  it('refuses an unclosed quote, saying where it opens', () => {
    expect(shellWords(`serve 'oops`)).toEqual({ ok: false, message: "an unclosed ' at character 7" });
    expect(shellWords(`serve "oops`)).toEqual({ ok: false, message: 'an unclosed " at character 7' });
  });
});
