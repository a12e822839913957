import type { RuleId } from '../../model/ruleCoverage.js';
import type { SuiteReport } from '../../model/SuiteReport.js';
import { count, percent } from '../format.js';
import { totalClaims } from '../runSizeText.js';
import { escapeHtml } from './escapeHtml.js';

/** The suite's summary in plain language, first on the page: did the scenarios pass, how did claims end, what was never exercised. */
export function htmlSuiteSummary(r: SuiteReport): string {
  const items: string[] = [];
  let ok = true;
  if (r.scenarios) {
    const s = r.scenarios;
    const bad = s.files.filter((f) => f.status !== 'passed');
    ok &&= bad.length === 0;
    items.push(
      bad.length === 0
        ? `<strong>Scenarios:</strong> all ${count(s.total)} passed.`
        : `<strong>Scenarios:</strong> ${count(bad.length)} of ${count(s.total)} did not pass: ${bad.slice(0, 5).map((f) => `<code>${escapeHtml(f.file)}</code>`).join(', ')}${bad.length > 5 ? ', …' : ''}.`,
    );
  }
  if (r.simulation) {
    const m = r.simulation;
    const share = (o: string) => m.outcomes.find((x) => x.outcome === o)?.share.estimate ?? 0;
    ok &&= m.invariantViolations.total === 0;
    items.push(
      `<strong>Simulation:</strong> ${count(totalClaims(m.claims))} claims; ${percent(share('withdrawnByAcceptance') + share('withdrawnByTimeout'))} withdrawn ` +
        `(${percent(share('withdrawnByAcceptance'))} because the buyer accepted, ${percent(share('withdrawnByTimeout'))} because the buyer did not answer), ` +
        `${percent(share('onHoldAtEnd'))} rejected and on hold at the end; ` +
        (m.invariantViolations.total === 0 ? 'no invariant violated.' : `<strong>${count(m.invariantViolations.total)} invariant violations</strong>.`),
    );
  }
  const never = neverHitByAny(r);
  if (never) {
    items.push(
      never.length === 0
        ? '<strong>Rule coverage:</strong> every rule R1–R21 is exercised by the scenarios or the population.'
        : `<strong>Rule coverage:</strong> neither the scenarios nor the population exercise ${escapeHtml(never.join(', '))}.`,
    );
  }
  return `<section id="summary"><div class="verdict ${ok ? 'ok' : 'bad'}"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div></section>`;
}

function neverHitByAny(r: SuiteReport): RuleId[] | null {
  const lists = [r.scenarios?.coverage.rulesNeverHit, r.simulation?.coverage.rulesNeverHit].filter((x): x is readonly RuleId[] => !!x);
  if (lists.length === 0) return null;
  return lists[0]!.filter((rule) => lists.every((l) => l.includes(rule)));
}
