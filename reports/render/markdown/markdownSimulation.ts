import { calendarFor } from '../../../engine/index.js';
import { counterLabel } from '../../model/counterLabel.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import type { SimulationReport } from '../../model/SimulationReport.js';
import { count, decimal, shareText } from '../format.js';
import { horizonText } from '../horizonText.js';
import { periodTable } from '../periodTable.js';
import { policyText } from '../policyText.js';
import { runSizeText } from '../runSizeText.js';
import { markdownCoverage } from './markdownCoverage.js';
import { mdTable } from './mdTable.js';
import { markdownOutcomeLegend } from './markdownOutcomeLegend.js';
import { markdownCard } from '../card/markdownCard.js';
import { cardHeadline } from '../card/cardText.js';

/** A population run in Markdown: outcomes with intervals, time to resolution, counters, invariants, rule coverage. */
export function markdownSimulation(r: SimulationReport, heading = '##'): string {
  const k = r.seeds.length;
  const cal = calendarFor(r.policy.timezone);
  const out = [
    `${heading} Simulation: ${r.population}`,
    '',
    `${runSizeText(r.claims, r.seeds)}, ` +
      `${horizonText(r.horizon)}, ${policyText(r.policy)}. Shares with 95% intervals${k === 1 ? ' (Wilson)' : ' (t over replications)'}.`,
    '',
    ...(r.calibration ? [`${cardHeadline(r.calibration)} The card is below.`, ''] : []),
    mdTable(
      ['outcome', 'claims', 'share (95% CI)'],
      r.outcomes.map((o) => [outcomeLabel(o.outcome), count(o.claims), shareText(o.share)]),
      [1],
    ),
    '',
    ...(r.periods ? periodSection(r.periods, heading) : []),
    `${heading}# Time to resolution (days from receipt)`,
    '',
    r.timeToResolution.length === 0
      ? 'No claim was resolved.'
      : mdTable(
          ['outcome', 'claims', 'mean', 'p50', 'p90', 'p99', 'max'],
          r.timeToResolution.map((t) => [outcomeLabel(t.outcome), count(t.days.count), ...[t.days.mean, t.days.p50, t.days.p90, t.days.p99, t.days.max].map((x) => decimal(x, 1))]),
          [1, 2, 3, 4, 5, 6],
        ),
    '',
    `${heading}# Counters`,
    '',
    mdTable(
      ['counter', 'total', 'per claim'],
      r.counters.map((c) => [counterLabel(c.name), count(c.total), decimal(c.perClaim)]),
      [1, 2],
    ),
    '',
    `Re-requests per claim: ${r.reRequests.map((x) => `${x.reRequests}: ${count(x.claims)}`).join(', ') || 'none'}.`,
    '',
    `${heading}# Invariant violations`,
    '',
  ];
  const v = r.invariantViolations;
  if (v.total === 0) out.push('None: every invariant (I1–I11) held.');
  else {
    out.push(`**${count(v.total)} violation${v.total === 1 ? '' : 's'}**: ${v.byInvariant.map((b) => `${b.invariant} ${count(b.count)}`).join(', ')}.`, '');
    out.push(
      mdTable(
        ['invariant', 'claim', 'at', 'what', 'regression scenario'],
        v.examples.map((e) => [e.invariant, e.claim, cal.formatLocal(e.at), e.message, e.scenario ? `[${e.scenario}](${e.scenario})` : '—']),
      ),
    );
  }
  if (r.calibration) out.push('', markdownCard(r.calibration, `${heading}#`).trimEnd());
  out.push('', `${heading}# Rule coverage`, '', markdownCoverage(r.coverage, 'This population'), '', markdownOutcomeLegend(), '');
  return out.join('\n');
}

/** Under a policy with dated changes: outcomes by the period the first request was made in. */
function periodSection(periods: NonNullable<SimulationReport['periods']>, heading: string): string[] {
  const t = periodTable(periods);
  return [`${heading}# Before and after each policy change`, '', 'Claims a withdrawal was requested on, by when the first request was made (policy time zone), and how they ended.', '', mdTable(t.headers, t.rows, t.numeric), ''];
}
