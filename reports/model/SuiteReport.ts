import type { CompareReport } from './CompareReport.js';
import type { ScenarioReport } from './ScenarioReport.js';
import type { SimulationReport } from './SimulationReport.js';
import type { SweepReport } from './SweepReport.js';

/** What `npm start` reports: the scenario library's run and the default population's simulation. */
export interface SuiteReport {
  readonly kind: 'suite';
  readonly scenarios: ScenarioReport | null;
  readonly simulation: SimulationReport | null;
  /** Claim-list rows exported to the spreadsheet (R19), and whether the list was cut at the cap. */
  readonly claimList: { readonly file: string; readonly rows: number; readonly claims: number } | null;
}

/** Every report model the renderers know. */
export type Report = SuiteReport | SimulationReport | ScenarioReport | CompareReport | SweepReport;
