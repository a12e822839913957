import type { TopLevelSpec } from 'vega-lite';
import type { SimulationReport } from '../model/SimulationReport.js';

/** R11: claims by the number of re-requests they had, each bar labelled with its count. */
export function reRequestsChart(reRequests: SimulationReport['reRequests'], title = 'Re-requests per claim (R11)'): TopLevelSpec {
  const x = { field: 'reRequests', type: 'ordinal' as const, sort: null, title: 're-requests', axis: { labelAngle: 0 } };
  // A square-root scale: most claims have no re-request, and the few with several must still show.
  const y = { field: 'claims', type: 'quantitative' as const, title: 'claims (square-root scale)', scale: { type: 'sqrt' as const } };
  return {
    title,
    width: 320,
    height: 160,
    data: { values: reRequests.map((r) => ({ reRequests: String(r.reRequests), claims: r.claims })) },
    layer: [
      { mark: { type: 'bar', color: '#4e79a7' }, encoding: { x, y, tooltip: [{ field: 'reRequests' }, { field: 'claims' }] } },
      { mark: { type: 'text', dy: -6, fontSize: 10, color: '#374151' }, encoding: { x, y, text: { field: 'claims', type: 'quantitative', format: ',' } } },
    ],
  };
}
