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
  const population = r.populationChanges.map(populationChangeText).join(', ');
  const parts = [...(policy ? [policy] : []), ...(population ? [`population: ${population}`] : [])];
  if (parts.length > 0) return parts.join('; ');
  return r.aa ? 'nothing: an A/A check (one population and policy on independent random streams)' : 'no parameter changed';
}

/**
 * One population change as a phrase: "buyerProfiles.firm.weight 2 → 4"; profiles in another
 * order say what that does (and does not) change.
 */
export function populationChangeText(c: PopulationChange): string {
  if (!c.order) return `${c.path} ${populationValueText(c.baseline)} → ${populationValueText(c.variant)}`;
  const names = (v: PopulationChange['baseline']) => (Array.isArray(v) ? v.join(', ') : populationValueText(v));
  return (
    `${c.path}: the same profiles in another order (${names(c.baseline)} → ${names(c.variant)}): the same behaviour in distribution, ` +
    'but claims draw different profiles, so per-claim outcomes differ; a difference from this alone is noise'
  );
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
  if (r.aa) return 'an A/A check: the same population and policy in both arms, each arm on its own random stream, so claims are not paired and the arms’ shares are compared (unpaired)';
  if (r.pairing === 'unpaired') {
    return `against ${r.variantPopulation ?? r.population}: the claims draw differently in the two arms, so the same random numbers do not pair them and the arms’ shares are compared (unpaired)`;
  }
  return r.variantPopulation === null
    ? 'the same claims with the same behaviour under both policies (common random numbers)'
    : `against ${r.variantPopulation}: claims paired by index, each drawing the same numbers in both arms (common random numbers) wherever the two populations share the draw`;
}
