import { describe, expect, it } from 'vitest';
import { rerunClaim } from '../../../cli/actions/shared/rerunClaim.js';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { loadPopulationFile, runPopulation } from '../../../generators/index.js';
import { EXAMPLES_PER_CELL, transitionExamples } from '../../../reports/explain/transitionExamples.js';
import { htmlTransitionExamples } from '../../../reports/render/html/htmlTransitionExamples.js';
import { exampleAnchor } from '../../../reports/model/TransitionExample.js';
import { transitionTable } from '../../../reports/model/TransitionTable.js';
import { htmlTransitionTable } from '../../../reports/render/html/htmlTransitionTable.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const CLAIMS = 300;
const variant = makePolicy({ responseWindowDays: 10 });
const run = (policy: typeof DEFAULT_POLICY) => runPopulation(small, { policy, seed: small.seed, claims: CLAIMS }).finalOutcomes;
const pair = { seed: small.seed, baseline: run(DEFAULT_POLICY), variant: run(variant) };
const examples = transitionExamples([pair], { rerun: rerunClaim(small), baseline: DEFAULT_POLICY, variant });

describe('example claims of the transition table', () => {
  it('are the first claims of each non-empty cell, at most a few per cell', () => {
    const table = transitionTable([pair]);
    const cells = new Set(examples.map((e) => exampleAnchor(e.from, e.to)));
    table.outcomes.forEach((from, b) =>
      table.outcomes.forEach((to, v) => {
        const n = table.counts[b]![v]!;
        const mine = examples.filter((e) => e.from === from && e.to === to);
        expect(mine.length, `${from} → ${to}`).toBe(Math.min(n, EXAMPLES_PER_CELL));
        const first = [...pair.baseline.keys()].filter((i) => pair.baseline[i] === b && pair.variant[i] === v).slice(0, EXAMPLES_PER_CELL);
        expect(mine.map((e) => e.claim)).toEqual(first.map((i) => `C${i}`));
      }),
    );
    expect(cells.size).toBeGreaterThan(1);
  });

  it('part somewhere whenever the claim ended differently, and what comes before the parting is the same', () => {
    const moved = examples.filter((e) => e.from !== e.to);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of moved) {
      expect(e.partsAt, e.claim).not.toBeNull();
      expect(e.variant.entries.slice(0, e.partsAt!)).toEqual(e.baseline.entries.slice(0, e.partsAt!));
    }
    expect(FINAL_OUTCOMES).toContain(moved[0]!.from);
  });

  it('each linked cell of the table has its section, with two timelines per example', () => {
    const table = htmlTransitionTable({ ...transitionTable([pair]), examples });
    const page = htmlTransitionExamples(examples);
    const links = [...table.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(links)).toEqual(new Set(examples.map((e) => exampleAnchor(e.from, e.to))));
    for (const id of links) expect(page).toContain(`<div id="${id}" class="examples-body">`);
    expect(page.split('<div class="timeline-pair">').length - 1).toBe(examples.length);
    // Each cell is folded (no script): its examples sit inside a closed <details> with a summary naming the cell.
    const folds = page.match(/<details class="examples[^"]*">/g) ?? [];
    expect(folds).toHaveLength(new Set(links).size);
    expect(page).not.toMatch(/<details[^>]*\bopen\b/);
    for (const id of links) expect(page).toMatch(new RegExp(`<details class="examples[^"]*"><summary>[^]*?</summary>\\n<div id="${id}"`));
    expect(page).not.toContain('<script');
    expect(htmlTransitionTable(transitionTable([pair]))).not.toContain('<a ');
  });

  it('lists the cells whose claims ended differently first, the biggest move first, each with its count', () => {
    const table = transitionTable([pair]);
    const page = htmlTransitionExamples(examples, table);
    const cells = [...page.matchAll(/<details class="examples( same)?"><summary>[^]*?\((\d+) claims? in this cell\)[^]*?<div id="examples-(\w+)-to-(\w+)"/g)].map((m) => ({ same: m[1] !== undefined, claims: Number(m[2]), from: m[3], to: m[4] }));
    expect(cells.length).toBe(new Set(examples.map((e) => exampleAnchor(e.from, e.to))).size);
    const changed = cells.filter((c) => !c.same);
    expect(changed.length).toBeGreaterThan(0);
    expect(cells.slice(0, changed.length)).toEqual(changed);
    expect(changed.map((c) => c.claims)).toEqual([...changed.map((c) => c.claims)].sort((a, b) => b - a));
    for (const c of cells) expect(c.claims).toBe(table.counts[FINAL_OUTCOMES.indexOf(c.from as never)]![FINAL_OUTCOMES.indexOf(c.to as never)]);
  });
});
