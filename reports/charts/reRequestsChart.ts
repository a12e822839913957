import type { TopLevelSpec } from 'vega-lite';
import type { SimulationReport } from '../model/SimulationReport.js';

/** R11: claims by the number of re-requests they had. */
export function reRequestsChart(reRequests: SimulationReport['reRequests'], title = 'Re-requests per claim (R11)'): TopLevelSpec {
  return {
    title,
    width: 320,
    height: 160,
    data: { values: reRequests.map((r) => ({ reRequests: String(r.reRequests), claims: r.claims })) },
    mark: { type: 'bar', color: '#4e79a7' },
    encoding: {
      x: { field: 'reRequests', type: 'ordinal', sort: null, title: 're-requests', axis: { labelAngle: 0 } },
      y: { field: 'claims', type: 'quantitative', title: 'claims' },
      tooltip: [{ field: 'reRequests' }, { field: 'claims' }],
    },
  };
}
