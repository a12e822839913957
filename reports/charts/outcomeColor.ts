import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';
import { outcomeLabel } from '../model/outcomeLabel.js';

// One colour per outcome, the same in every chart (colour-blind-safe Tableau 10 order).
const COLORS: Readonly<Record<FinalOutcome, string>> = {
  withdrawnByAcceptance: '#4e79a7',
  withdrawnByTimeout: '#f28e2b',
  onHoldAtEnd: '#e15759',
  requestedAtEnd: '#76b7b2',
  lapsed: '#59a14f',
  cancelledBySeller: '#edc948',
  completedNormally: '#b07aa1',
  openAtEnd: '#9c755f',
};

/** A Vega-Lite colour scale that gives each outcome's label its fixed colour. */
export function outcomeColorScale(): { domain: string[]; range: string[] } {
  return { domain: FINAL_OUTCOMES.map(outcomeLabel), range: FINAL_OUTCOMES.map((o) => COLORS[o]) };
}

/** An outcome's colour. */
export function outcomeColor(o: FinalOutcome): string {
  return COLORS[o];
}
