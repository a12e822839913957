import type { RuleCoverage } from '../../model/ruleCoverage.js';
import { count } from '../format.js';
import { mdTable } from './mdTable.js';

/** Rule coverage in Markdown: which of R1–R21 and which refusal codes the run exercised, how often, and which never. */
export function markdownCoverage(c: RuleCoverage, what: string): string {
  const hit = c.rules.length - c.rulesNeverHit.length;
  const lines = [`${hit} of ${c.rules.length} rules exercised.`];
  if (c.rulesNeverHit.length > 0) lines.push(`**${what} never exercises ${c.rulesNeverHit.join(', ')}.**`);
  if (c.refusalsNeverHit.length > 0) lines.push(`Refusal codes never returned: ${c.refusalsNeverHit.map((x) => `\`${x}\``).join(', ')}.`);
  const rules = mdTable(
    ['rule', 'hits', 'via'],
    c.rules.map((r) => [r.rule, count(r.hits), r.via.map((v) => `${v.source} ${count(v.count)}`).join(', ') || '—']),
    [1],
  );
  const refusals = mdTable(
    ['refusal code', 'hits'],
    c.refusals.map((r) => [`\`${r.code}\``, count(r.hits)]),
    [1],
  );
  return [lines.join(' '), '', rules, '', refusals].join('\n');
}
