import type { Report } from '../../model/SuiteReport.js';
import { count } from '../format.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { escapeHtml } from './escapeHtml.js';
import { changeText, htmlCompare } from './htmlCompare.js';
import { htmlPage } from './htmlPage.js';
import { htmlScenarios } from './htmlScenarios.js';
import { htmlSimulation } from './htmlSimulation.js';
import { htmlSuiteSummary } from './htmlSuiteSummary.js';
import { htmlSweep } from './htmlSweep.js';
import { sweepRangeText } from '../../model/parameterText.js';
import type { ReportNotice } from '../ReportNotice.js';

/** A rendered HTML report and the number of charts drawn in it. */
export interface HtmlReport {
  readonly html: string;
  readonly charts: number;
}

/**
 * Any report as one self-contained HTML page: inline CSS, charts as inline SVG drawn here,
 * no script and no external resource, so it opens offline. Deterministic. A notice (an
 * interrupted run's) stands under the header.
 */
export async function renderHtml(report: Report, notice?: ReportNotice): Promise<HtmlReport> {
  const html = await page(report, notice);
  return { html, charts: html.split('<figure class="chart"').length - 1 };
}

async function page(report: Report, notice: ReportNotice | undefined): Promise<string> {
  switch (report.kind) {
    case 'suite': {
      const sections: string[] = [htmlSuiteSummary(report)];
      const nav: { id: string; label: string }[] = [];
      const lead: string[] = [];
      if (report.scenarios) {
        const s = report.scenarios;
        lead.push(s.failed + s.errors === 0 ? `all ${count(s.total)} scenarios passed` : `${count(s.failed + s.errors)} of ${count(s.total)} scenarios failed`);
        nav.push({ id: 'scenarios', label: 'Scenarios' });
        sections.push(`<section id="scenarios"><h2>Scenario library</h2>${htmlScenarios(s)}</section>`);
      }
      if (report.simulation) {
        const m = report.simulation;
        lead.push(`${count(totalClaims(m.claims))} simulated claims, ${m.invariantViolations.total === 0 ? 'no invariant violated' : `${count(m.invariantViolations.total)} invariant violations`}`);
        nav.push({ id: 'simulation', label: 'Simulation' });
        sections.push(`<section id="simulation"><h2>Default population</h2>${await htmlSimulation(m)}</section>`);
      }
      if (report.claimList) {
        const c = report.claimList;
        sections.push(
          `<section id="claim-list"><h2>Claim list (R19)</h2><p>${count(c.rows)} of ${count(c.claims)} claims with the manual’s columns and their withdrawal state: ` +
            `<a href="${escapeHtml(c.file)}">${escapeHtml(c.file)}</a> (filter by period and status in the spreadsheet).</p></section>`,
        );
      }
      return htmlPage('claimsim report', lead.join('; ') || 'nothing was run', nav, sections.join('\n'), notice);
    }
    case 'simulation':
      return htmlPage(`Simulation: ${report.population}`, runSizeText(report.claims, report.seeds), [], await htmlSimulation(report), notice);
    case 'scenarios':
      return htmlPage('Scenario run', `${count(report.passed)} of ${count(report.total)} passed`, [], htmlScenarios(report), notice);
    case 'compare':
      return htmlPage(`${report.variantPopulation === null ? 'Policy comparison' : 'Comparison'} — ${changeText(report)}`, report.population, [], await htmlCompare(report), notice);
    case 'sweep':
      return htmlPage(`Parameter sweep — ${report.parameters.map((p) => sweepRangeText(p.key, p.values)).join('; ')}`, report.population, [], await htmlSweep(report), notice);
    default: {
      const unreachable: never = report;
      throw new Error(`unknown report ${JSON.stringify(unreachable)}`);
    }
  }
}
