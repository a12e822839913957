import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import type { CompareReport } from '../model/CompareReport.js';
import { valueText } from './policyText.js';

/** A population value as the file writes it, compactly: `{exponential: {mean: 20h}}`, `—` when absent. */
export function populationValueText(v: PopulationChange['baseline']): string {
  if (v === null) return '—';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(populationValueText).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${populationValueText(x)}`).join(', ')}}`;
}

/** What differs between the arms, as a phrase: "responseWindowDays 7 → 10; population: buyerProfiles.firm.weight 2 → 4". */
export function armChangesText(r: CompareReport): string {
  const policy = r.changes.map((c) => `${c.key} ${valueText(c.baseline)} → ${valueText(c.variant)}`).join(', ');
  const population = r.populationChanges.map((c) => `${c.path} ${populationValueText(c.baseline)} → ${populationValueText(c.variant)}`).join(', ');
  const parts = [...(policy ? [policy] : []), ...(population ? [`population: ${population}`] : [])];
  return parts.length === 0 ? 'no parameter changed' : parts.join('; ');
}

/** How the arms are paired, in one sentence. */
export function pairingText(r: CompareReport): string {
  return r.variantPopulation === null
    ? 'the same claims with the same behaviour under both policies (common random numbers)'
    : `against ${r.variantPopulation}: claims paired by index, each drawing the same numbers in both arms (common random numbers) wherever the two populations share the draw`;
}
