import type { RuleCoverage } from '../../model/ruleCoverage.js';
import { count } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import { raw } from './Html.js';

/** Rule coverage: a sentence naming the rules never exercised, then the rule and refusal-code tables. */
export function htmlCoverage(c: RuleCoverage, what: string): string {
  const hit = c.rules.length - c.rulesNeverHit.length;
  const never =
    c.rulesNeverHit.length === 0
      ? `<p>${escapeHtml(what)} exercises every rule, R1–R21.</p>`
      : `<p class="never">${escapeHtml(what)} never exercises ${escapeHtml(c.rulesNeverHit.join(', '))}.</p>`;
  const codes =
    c.refusalsNeverHit.length === 0
      ? ''
      : `<p>Refusal codes never returned: ${c.refusalsNeverHit.map((x) => `<code>${escapeHtml(x)}</code>`).join(', ')}.</p>`;
  const rules = htmlTable(
    ['rule', 'hits', 'exercised by'],
    c.rules.map((r) => [
      r.hits === 0 ? raw(`<span class="never">${r.rule}</span>`) : r.rule,
      count(r.hits),
      r.via.map((v) => `${v.source} ${count(v.count)}`).join(', ') || '—',
    ]),
    { numeric: [1] },
  );
  const refusals = htmlTable(
    ['refusal code', 'hits'],
    c.refusals.map((r) => [raw(`<code>${escapeHtml(r.code)}</code>`), count(r.hits)]),
    { numeric: [1] },
  );
  return `<p>${hit} of ${c.rules.length} rules exercised.</p>${never}${codes}<div class="side-by-side"><div>${rules}</div><div>${refusals}</div></div>`;
}
