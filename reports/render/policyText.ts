import { ALL_POLICY_KEYS, DEFAULT_POLICY, type Policy } from '../../engine/index.js';

/** The parameters of a policy that differ from the default, as "key value" pairs ("default policy" when none). */
export function policyText(policy: Policy): string {
  const changed = ALL_POLICY_KEYS.filter((k) => JSON.stringify(policy[k]) !== JSON.stringify(DEFAULT_POLICY[k]));
  if (changed.length === 0) return 'default policy';
  return changed.map((k) => `${k} ${valueText(policy[k])}`).join(', ');
}

/** A policy value as people write it in a policy file. */
export function valueText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  if (v === undefined) return '—';
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${valueText(x)}`).join(', ')}}`;
  return v === null ? 'null' : String(v);
}
