import type { KillMatrix, MutantRow } from './KillMatrix.js';
import { scenarioLabels } from './scenarioLabel.js';

/** How many catching scenarios a terminal line names before "+N more". */
const SHOWN = 3;

/**
 * The kill matrix for a terminal: one line per mutant (KILLED with the number of scenarios
 * that catch it and the first few, or SURVIVED), then the survivors with the rule each breaks
 * and the scenario that would catch it, then the score.
 */
export function renderMutationPretty(m: KillMatrix): string {
  const label = scenarioLabels(m.scenarios);
  const width = Math.max(0, ...m.mutants.map((r) => r.name.length));
  const lines: string[] = [];
  for (const e of m.excluded) lines.push(`EXCLUDED ${e.file} — fails on the real rules: ${e.failure}`);
  for (const r of m.mutants) lines.push(row(r, width, label));
  const survivors = m.mutants.filter((r) => r.killedBy.length === 0);
  if (survivors.length) {
    lines.push('', 'Survivors:');
    for (const r of survivors) {
      lines.push(`  ${r.name} [${r.rules.join(', ')}]: ${r.description}`);
      lines.push(`    suggested scenario: ${r.suggestedScenario}`);
    }
  }
  lines.push(
    '',
    `${m.partial ? 'PARTIAL (interrupted): ' : ''}mutation score ${m.score}%: ${m.killed} of ${m.total} mutants killed by ${m.scenarios.length} scenarios${m.excluded.length ? ` (${m.excluded.length} excluded)` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

function row(r: MutantRow, width: number, label: (file: string) => string): string {
  const head = `${r.name.padEnd(width)} [${r.rules.join(', ')}]`;
  if (r.killedBy.length === 0) return `SURVIVED ${head}`;
  const shown = r.killedBy.slice(0, SHOWN).map(label).join(', ');
  const more = r.killedBy.length > SHOWN ? `, +${r.killedBy.length - SHOWN} more` : '';
  return `KILLED   ${head} by ${r.killedBy.length}: ${shown}${more}`;
}
