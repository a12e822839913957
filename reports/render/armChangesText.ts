import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import type { CompareReport } from '../model/CompareReport.js';
import { valueText } from './policyText.js';
import { datedChangesText, parameterChangeText } from '../model/parameterText.js';

/** A population value as the file writes it, compactly: `{exponential: {mean: 20h}}`, `—` when absent. */
export function populationValueText(v: PopulationChange['baseline']): string {
  if (v === null) return '—';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(populationValueText).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${populationValueText(x)}`).join(', ')}}`;
}

/**
 * What differs between the arms, as a phrase with the parameters' labels: "answer window: 7 → 10
 * days; population: buyerProfiles.firm.weight 2 → 4". Dated changes are split at their instant:
 * "from 2024-04-15: answer window 7 → 10 days".
 */
export function armChangesText(r: CompareReport): string {
  const policy = policyChangeTexts(r).join('; ');
  const population = r.populationChanges.map((c) => `${c.path} ${populationValueText(c.baseline)} → ${populationValueText(c.variant)}`).join(', ');
  const parts = [...(policy ? [policy] : []), ...(population ? [`population: ${population}`] : [])];
  return parts.length === 0 ? 'no parameter changed' : parts.join('; ');
}

/** Each policy parameter that differs, labelled (parameterText); the dated changes as each arm has them. */
export function policyChangeTexts(r: CompareReport): string[] {
  // The dated changes first: they say what the variant does; how it treats requests in flight follows.
  const ordered = [...r.changes.filter((c) => c.key === 'changes'), ...r.changes.filter((c) => c.key !== 'changes')];
  return ordered.map((c) => {
    if (c.key !== 'changes') return parameterChangeText(c.key, c.baseline, c.variant);
    const baseline = datedChangesText(r.baseline.policy);
    const variant = datedChangesText(r.variant.policy);
    if (baseline.length === 0) return variant.join('; ');
    if (variant.length === 0) return `the baseline's dated changes, none in the variant: ${baseline.join('; ')}`;
    return `dated changes: baseline ${baseline.join('; ')}; variant ${variant.join('; ')}`;
  });
}

/** The parameters that differ as the policy file writes them: "responseWindowDays 7 → 10" (Markdown's line for tools and searches). */
export function policyKeysText(r: CompareReport): string {
  // Dated changes are counted here; the labelled text above says what each one does.
  const changes = (v: unknown) => (Array.isArray(v) && v.length > 0 ? `${v.length} dated` : 'none');
  return r.changes.map((c) => (c.key === 'changes' ? `changes ${changes(c.baseline)} → ${changes(c.variant)}` : `${c.key} ${valueText(c.baseline)} → ${valueText(c.variant)}`)).join(', ');
}

/** How the arms are paired, in one sentence. */
export function pairingText(r: CompareReport): string {
  return r.variantPopulation === null
    ? 'the same claims with the same behaviour under both policies (common random numbers)'
    : `against ${r.variantPopulation}: claims paired by index, each drawing the same numbers in both arms (common random numbers) wherever the two populations share the draw`;
}
