import { calendarFor } from '../../../engine/index.js';
import { outcomeSharesChart } from '../../charts/outcomeSharesChart.js';
import { reRequestsChart } from '../../charts/reRequestsChart.js';
import { timeToResolutionChart } from '../../charts/timeToResolutionChart.js';
import { counterLabel } from '../../model/counterLabel.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import type { SimulationReport } from '../../model/SimulationReport.js';
import { count, decimal, percent, shareText } from '../format.js';
import { runSizeText } from '../runSizeText.js';
import { horizonText } from '../horizonText.js';
import { periodTable } from '../periodTable.js';
import { policyText } from '../policyText.js';
import { chartFigure } from './chartFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlCards } from './htmlCards.js';
import { htmlCoverage } from './htmlCoverage.js';
import { htmlTable } from './htmlTable.js';
import { raw } from './Html.js';
import { htmlOutcomeLegend } from './htmlOutcomeLegend.js';
import { htmlCard } from '../card/htmlCard.js';
import { cardHeadline } from '../card/cardText.js';

/** A population run: key figures, outcome shares, time to resolution, re-requests and counters, invariants, coverage. */
export async function htmlSimulation(r: SimulationReport): Promise<string> {
  const k = r.seeds.length;
  const share = (o: string) => r.outcomes.find((x) => x.outcome === o)?.share.estimate ?? 0;
  const v = r.invariantViolations;
  const out: string[] = [
    `<p>${escapeHtml(r.population)}: ${escapeHtml(runSizeText(r.claims, r.seeds))}, ${escapeHtml(horizonText(r.horizon))}, ${escapeHtml(policyText(r.policy))}.</p>`,
    ...(r.calibration ? [`<p class="calibrated">${escapeHtml(cardHeadline(r.calibration))} The card is below.</p>`] : []),
    v.total === 0
      ? '<div class="verdict ok">No invariant was violated (I1–I11).</div>'
      : `<div class="verdict bad">${count(v.total)} invariant violation${v.total === 1 ? '' : 's'}: ${escapeHtml(v.byInvariant.map((b) => `${b.invariant} ×${b.count}`).join(', '))}.</div>`,
    htmlCards([
      { value: percent(share('withdrawnByAcceptance') + share('withdrawnByTimeout')), label: 'claims withdrawn (accepted or no answer)' },
      { value: percent(share('withdrawnByTimeout')), label: 'auto-withdrawn because the buyer did not answer (R10)' },
      { value: percent(share('onHoldAtEnd')), label: 'rejected and still on hold at the end (R9)' },
      { value: decimal(r.counters.find((c) => c.name === 'reRequests')?.perClaim ?? 0, 2), label: 're-requests per claim (R11)' },
      { value: `${r.coverage.rules.length - r.coverage.rulesNeverHit.length} / ${r.coverage.rules.length}`, label: 'rules exercised' },
    ]),
    '<h3>How claims ended</h3>',
    await chartFigure('outcome-shares', outcomeSharesChart(r.outcomes), `Each claim ends in exactly one outcome. Bars are shares of all claims; lines are 95% intervals${k === 1 ? ' (Wilson)' : ' across replications'}.`),
    htmlTable(
      ['outcome', 'claims', 'share (95% CI)'],
      r.outcomes.map((o) => [outcomeLabel(o.outcome), count(o.claims), shareText(o.share)]),
      { numeric: [1, 2] },
    ),
  ];
  if (r.periods) {
    const t = periodTable(r.periods);
    out.push('<h3>Before and after each policy change</h3>', htmlTable(t.headers, t.rows, { numeric: t.numeric, caption: 'claims a withdrawal was requested on, by when the first request was made' }));
  }
  out.push('<h3>Time to resolution</h3>');
  if (r.timeToResolution.length === 0) out.push('<p>No claim was resolved within the horizon.</p>');
  else {
    out.push(
      await chartFigure('time-to-resolution', timeToResolutionChart(r.timeToResolution), 'Days from the claim’s receipt to its withdrawal or completion, per outcome.'),
      htmlTable(
        ['outcome', 'claims', 'mean', 'p50', 'p90', 'p99', 'max'],
        r.timeToResolution.map((t) => [outcomeLabel(t.outcome), count(t.days.count), ...[t.days.mean, t.days.p50, t.days.p90, t.days.p99, t.days.max].map((x) => decimal(x, 1))]),
        { numeric: [1, 2, 3, 4, 5, 6], caption: 'days from receipt' },
      ),
    );
  }
  out.push('<h3>Re-requests, cooldowns, delays, personal data, escalations</h3>');
  if (r.reRequests.length > 0) {
    out.push(await chartFigure('re-requests', reRequestsChart(r.reRequests), 'How many claims had 0, 1, 2 … re-requests after a rejection (R11, unlimited by R13).'));
  }
  out.push(
    htmlTable(
      ['counter', 'total', 'per replication (95% CI)', 'per claim'],
      r.counters.map((c) => [counterLabel(c.name), count(c.total), k === 1 ? count(c.perReplication.estimate) : `${decimal(c.perReplication.estimate, 1)} (${decimal(c.perReplication.low, 1)}–${decimal(c.perReplication.high, 1)})`, decimal(c.perClaim)]),
      { numeric: [1, 2, 3] },
    ),
    '<h3>Invariant violations</h3>',
  );
  if (v.total === 0) out.push('<p>None.</p>');
  else {
    const cal = calendarFor(r.policy.timezone);
    out.push(
      htmlTable(['invariant', 'violations'], v.byInvariant.map((b) => [b.invariant, count(b.count)]), { numeric: [1] }),
      htmlTable(
        ['invariant', 'claim', 'at', 'what happened', 'regression scenario'],
        v.examples.map((e) => [e.invariant, e.claim, cal.formatLocal(e.at), e.message, e.scenario ? raw(`<a href="${escapeHtml(e.scenario)}">${escapeHtml(e.scenario)}</a>`) : '—']),
        { caption: `first ${v.examples.length} examples` },
      ),
    );
  }
  if (r.calibration) out.push(htmlCard(r.calibration));
  out.push('<h3>Rule coverage of the population</h3>', htmlCoverage(r.coverage, 'This population'), htmlOutcomeLegend());
  return out.join('\n');
}
