import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { outcomeLabel } from '../../../reports/model/outcomeLabel.js';
import { renderHtml } from '../../../reports/render/html/renderHtml.js';
import { renderMarkdown } from '../../../reports/render/markdown/renderMarkdown.js';
import { compareReport, simulationReport, sweepReport } from '../fixtures/reports.js';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('one vocabulary for outcomes', () => {
  it('labels every outcome, each differently', () => {
    const labels = FINAL_OUTCOMES.map(outcomeLabel);
    expect(new Set(labels).size).toBe(FINAL_OUTCOMES.length);
  });

  it('shows each JSON key beside its label exactly once in every Markdown and HTML report', async () => {
    for (const r of [simulationReport, compareReport, sweepReport]) {
      const md = renderMarkdown(r);
      const { html } = await renderHtml(r);
      for (const o of FINAL_OUTCOMES) {
        expect(md.split(`${outcomeLabel(o)} (\`${o}\`)`).length - 1).toBe(1);
        expect(html.split(`(<code>${o}</code>)`).length - 1).toBe(1);
      }
    }
  });

  it('reports/ imports only types from generators/ (the vocabulary lives with the rules)', () => {
    const valueImports = files('reports').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^import (?!type )[^;]*from '(?:\.\.\/)+generators\/[^']*';/gm)].map((m) => `${f}: ${m[0]}`),
    );
    expect(valueImports).toEqual([]);
  });
});
