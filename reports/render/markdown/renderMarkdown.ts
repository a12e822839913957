import type { Report } from '../../model/SuiteReport.js';
import { count } from '../format.js';
import { markdownCompare } from './markdownCompare.js';
import { markdownScenarios } from './markdownScenarios.js';
import { markdownSimulation } from './markdownSimulation.js';
import { markdownSweep } from './markdownSweep.js';
import type { ReportNotice } from '../ReportNotice.js';

/** Any report as Markdown (for CI comments): plain text, deterministic; a notice (an interrupted run's) is a bold line under the title. */
export function renderMarkdown(report: Report, notice?: ReportNotice): string {
  const text = body(report);
  if (!notice) return text;
  const [title, ...rest] = text.split('\n');
  return [title, '', `**${notice.headline}**: ${notice.detail}`, ...rest].join('\n');
}

function body(report: Report): string {
  switch (report.kind) {
    case 'suite': {
      const parts = ['# claimsim report', ''];
      if (report.scenarios) parts.push(markdownScenarios(report.scenarios));
      if (report.simulation) parts.push(markdownSimulation(report.simulation));
      if (report.claimList) {
        parts.push(`Claim list (R19): ${count(report.claimList.rows)} of ${count(report.claimList.claims)} claims in \`${report.claimList.file}\`.`, '');
      }
      return parts.join('\n');
    }
    case 'simulation':
      return markdownSimulation(report, '#');
    case 'scenarios':
      return markdownScenarios(report, '#');
    case 'compare':
      return markdownCompare(report, '#');
    case 'sweep':
      return markdownSweep(report, '#');
    default: {
      const unreachable: never = report;
      throw new Error(`unknown report ${JSON.stringify(unreachable)}`);
    }
  }
}
