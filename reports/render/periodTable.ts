import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { PeriodOutcomes } from '../model/SimulationReport.js';
import { count, percent } from './format.js';

/** A table's cells: its headers, rows and the columns that hold numbers. */
export interface TableCells {
  readonly headers: string[];
  readonly rows: string[][];
  readonly numeric: number[];
}

/**
 * Outcomes before and after each dated change, by when the first request was made: a row per
 * period, the claims requested in it, and each outcome any of them ended in as a share of them.
 */
export function periodTable(periods: readonly PeriodOutcomes[]): TableCells {
  const shown = FINAL_OUTCOMES.filter((o) => periods.some((p) => p.outcomes[o] > 0));
  const label = (p: PeriodOutcomes): string => (p.from === null ? `before ${p.until}` : p.until === null ? `from ${p.from}` : `${p.from} to ${p.until}`);
  return {
    headers: ['first request made', 'claims', ...shown.map(outcomeLabel)],
    rows: periods.map((p) => [label(p), count(p.requested), ...shown.map((o) => (p.requested > 0 ? `${percent(p.outcomes[o] / p.requested)} (${count(p.outcomes[o])})` : '—'))]),
    numeric: [1, ...shown.map((_, i) => i + 2)],
  };
}
