import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';

/** The one table of outcome labels: console, Markdown, HTML and charts all read it. */
const LABELS: Readonly<Record<FinalOutcome, string>> = {
  withdrawnByAcceptance: 'withdrawn, buyer accepted',
  withdrawnByTimeout: 'auto-withdrawn, no answer',
  onHoldAtEnd: 'rejected, on hold',
  requestedAtEnd: 'awaiting the buyer at the end',
  lapsed: 'withdrawal lapsed',
  cancelledBySeller: 'request cancelled by the seller',
  completedNormally: 'completed, no withdrawal',
  openAtEnd: 'still open, no withdrawal',
};

/** The plain-language name of a final outcome (R8, R10, R9, R6, R16, R14), for people reading a report. */
export function outcomeLabel(outcome: FinalOutcome): string {
  return LABELS[outcome];
}

/** Each outcome's label beside its JSON key, in FINAL_OUTCOMES order: a report's legend. */
export function outcomeLegend(): readonly { readonly label: string; readonly key: FinalOutcome }[] {
  return FINAL_OUTCOMES.map((key) => ({ label: LABELS[key], key }));
}
