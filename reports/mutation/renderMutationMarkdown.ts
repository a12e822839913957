import type { KillMatrix } from './KillMatrix.js';
import { scenarioLabels } from './scenarioLabel.js';

const cell = (s: string): string => s.replaceAll('|', '\\|');

/** The kill matrix as Markdown: the score, a table of every mutant with all the scenarios that catch it, and the survivors. */
export function renderMutationMarkdown(m: KillMatrix): string {
  const label = scenarioLabels(m.scenarios);
  const out: string[] = [
    `# Mutation score: ${m.score}%${m.partial ? ' (partial: interrupted)' : ''}`,
    '',
    `${m.killed} of ${m.total} rule mutants killed by ${m.scenarios.length} scenarios.`,
    '',
    '| mutant | rules | killed by |',
    '|---|---|---|',
    ...m.mutants.map((r) => `| \`${r.name}\` | ${r.rules.join(', ')} | ${r.killedBy.length ? r.killedBy.map((f) => cell(label(f))).join('<br>') : '**survived**'} |`),
  ];
  const survivors = m.mutants.filter((r) => r.killedBy.length === 0);
  if (survivors.length) {
    out.push('', '## Survivors', '');
    for (const r of survivors) out.push(`- \`${r.name}\` (${r.rules.join(', ')}): ${r.description}. Suggested scenario: ${r.suggestedScenario}.`);
  }
  if (m.excluded.length) {
    out.push('', '## Excluded (fail on the real rules)', '');
    for (const e of m.excluded) out.push(`- \`${e.file}\`: ${e.failure}`);
  }
  return `${out.join('\n')}\n`;
}
