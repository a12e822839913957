import { describe, expect, it } from 'vitest';
import { completionText, markPartial } from '../../../cli/actions/markPartial.js';

describe('markPartial: a report of an interrupted run says what was complete', () => {
  it('names the complete and the incomplete units, long runs as ranges', () => {
    expect(completionText([{ unit: 'replications', total: 5, complete: [1, 2] }])).toBe('2 of 5 replications complete (1, 2); not run to the end: 3–5');
    expect(completionText([{ unit: 'grid points', total: 12, complete: [1, 2, 3, 4, 6] }])).toBe('5 of 12 grid points complete (1–4, 6); not run to the end: 5, 7–12');
    expect(completionText([{ unit: 'replications', total: 2, complete: [] }, { unit: 'scenario files', total: 1, complete: [1] }])).toBe(
      '0 of 2 replications complete; not run to the end: 1, 2; 1 of 1 scenario files complete (1)',
    );
  });

  it('adds "partial" and the split to the JSON, a line under the Markdown title and a banner under the HTML header', () => {
    const marked = markPartial({ kind: 'compare', seeds: [7] }, [{ unit: 'replications', total: 3, complete: [1] }], {
      markdown: '# Title\n\nbody\n',
      html: '<main><header><h1>T</h1></header><p>body</p></main>',
    });
    expect(JSON.parse(marked.json)).toEqual({
      kind: 'compare',
      seeds: [7],
      partial: true,
      interrupted: [{ unit: 'replications', total: 3, complete: [1], notComplete: [2, 3] }],
    });
    expect(marked.markdown.split('\n').slice(0, 3)).toEqual(['# Title', '', '**partial (interrupted): 1 of 3 replications complete (1); not run to the end: 2, 3**: this report holds the complete ones only.']);
    expect(marked.html).toMatch(/^<main><header><h1>T<\/h1><\/header><div class="verdict bad"><strong>partial \(interrupted\): 1 of 3 /);
  });
});
