import { describe, expect, it } from 'vitest';
import { type MutantRow, killMatrix, renderMutationJson, renderMutationMarkdown, renderMutationPretty } from '../../../reports/mutation/index.js';

const FILES = ['lib/a/one.yaml', 'lib/a/two.yaml', 'lib/b/three.yml', 'lib/b/four.yaml', 'lib/b/five.yaml'];
const row = (name: string, killedBy: readonly string[], extra: Partial<MutantRow> = {}): MutantRow => ({
  name,
  rules: ['R6'],
  description: `the ${name} bug`,
  suggestedScenario: `a scenario for ${name}`,
  killedBy,
  ...extra,
});

describe('killMatrix', () => {
  it('counts the killed mutants and rounds the score down to one decimal', () => {
    const m = killMatrix(FILES, [], [row('a', [FILES[0]!]), row('b', []), row('c', [FILES[1]!])]);
    expect(m).toMatchObject({ killed: 2, total: 3, score: 66.6, partial: false });
  });

  it('gives 100 only when every mutant is killed, and for an empty catalogue', () => {
    expect(killMatrix(FILES, [], [row('a', [FILES[0]!])]).score).toBe(100);
    const almost = killMatrix(FILES, [], [...Array.from({ length: 1000 }, (_, i) => row(`k${i}`, [FILES[0]!])), row('s', [])]);
    expect(almost.score).toBe(99.9);
    expect(killMatrix(FILES, [], []).score).toBe(100);
  });
});

describe('renderMutationPretty', () => {
  const m = killMatrix(FILES, [{ file: 'lib/x.yaml', name: 'x', failure: 'step 2: no' }], [row('wide-name', FILES), row('s', [], { rules: ['R13', 'R11'] })]);
  const text = renderMutationPretty(m);

  it('names at most three catching scenarios without their common folder, then how many more', () => {
    expect(text).toContain('KILLED   wide-name [R6] by 5: a/one, a/two, b/three, +2 more\n');
  });

  it('shows the survivors with their rules and suggested scenario, the exclusions and the score', () => {
    expect(text).toContain('SURVIVED s         [R13, R11]\n');
    expect(text).toContain('Survivors:\n  s [R13, R11]: the s bug\n    suggested scenario: a scenario for s\n');
    expect(text).toContain('EXCLUDED lib/x.yaml — fails on the real rules: step 2: no\n');
    expect(text.endsWith('mutation score 50%: 1 of 2 mutants killed by 5 scenarios (1 excluded)\n')).toBe(true);
  });

  it('marks an interrupted run as partial', () => {
    expect(renderMutationPretty(killMatrix(FILES, [], [row('a', [])], true))).toContain('PARTIAL (interrupted): mutation score 0%');
  });
});

describe('renderMutationMarkdown and renderMutationJson', () => {
  const m = killMatrix(FILES, [], [row('a|b', [FILES[0]!, FILES[2]!]), row('s', [])]);

  it('tables every mutant with all the scenarios that catch it', () => {
    const md = renderMutationMarkdown(m);
    expect(md).toContain('| `a|b` | R6 | a/one<br>b/three |\n');
    expect(md).toContain('| `s` | R6 | **survived** |\n');
    expect(md).toContain('## Survivors\n\n- `s` (R6): the s bug. Suggested scenario: a scenario for s.\n');
  });

  it('writes JSON that reads back as the matrix, in the same bytes for the same matrix', () => {
    const json = renderMutationJson(m);
    expect(JSON.parse(json)).toEqual(m);
    expect(renderMutationJson(killMatrix([...FILES], [], [row('a|b', [FILES[0]!, FILES[2]!]), row('s', [])]))).toBe(json);
  });
});
