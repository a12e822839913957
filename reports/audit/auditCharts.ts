import type { TopLevelSpec } from 'vega-lite';
import type { AuditResult } from '../../claimlog/AuditResult.js';

/** The share of a week's claims that conform (unknown counts as not conforming), by ISO week of opening. */
export function weeklyRates(r: AuditResult): { week: string; claims: number; conforms: number; violates: number; unknown: number; rate: number }[] {
  return Object.entries(r.byWeek).map(([week, n]) => {
    const claims = n.conforms + n.violates + n.unknown;
    return { week, claims, ...n, rate: claims === 0 ? 0 : n.conforms / claims };
  });
}

/** The conformance rate by ISO week of the claim's opening, a line with its points. */
export function conformanceByWeekChart(r: AuditResult): TopLevelSpec {
  return {
    title: 'Conforming claims by week of opening',
    width: 560,
    height: 180,
    data: { values: weeklyRates(r).map((w) => ({ week: w.week, rate: w.rate, claims: w.claims })) },
    mark: { type: 'line', point: true, color: '#15803d' },
    encoding: {
      x: { field: 'week', type: 'ordinal', sort: null, title: 'ISO week of opening', axis: { labelAngle: -45 } },
      y: { field: 'rate', type: 'quantitative', title: 'conforming', scale: { domain: [0, 1] }, axis: { format: '%' } },
      tooltip: [{ field: 'week' }, { field: 'rate', format: '.1%' }, { field: 'claims' }],
    },
  };
}

/** Claims per rule (or invariant) they violate, the most first, each bar labelled with its count. */
export function violationsByRuleChart(r: AuditResult): TopLevelSpec {
  const rows = Object.entries(r.violationsByRule).map(([rule, claims]) => ({ rule, claims }));
  const y = { field: 'rule', type: 'nominal' as const, sort: null, title: 'rule' };
  const x = { field: 'claims', type: 'quantitative' as const, title: 'violating claims' };
  return {
    title: 'Violations by rule',
    width: 480,
    height: { step: 22 },
    data: { values: rows },
    layer: [
      { mark: { type: 'bar', color: '#b91c1c' }, encoding: { x, y, tooltip: [{ field: 'rule' }, { field: 'claims' }] } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: '#374151' }, encoding: { x, y, text: { field: 'claims', type: 'quantitative', format: ',' } } },
    ],
  };
}
