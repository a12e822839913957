import { PARAMETERS as POLICY_PARAMETERS, type Parameter, type ParameterKey, type Policy, type PolicyChange } from '../../engine/index.js';

/** A policy value as people write it in a policy file. */
export function valueText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  if (v === undefined) return '—';
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${valueText(x)}`).join(', ')}}`;
  return v === null ? 'null' : String(v);
}

/** What each policy parameter is called in a report, and how its values read: from its record (engine/parameters). */
const PARAMETERS: Readonly<Record<keyof Policy, { readonly label: string; readonly value: (v: unknown) => string }>> = {
  ...(Object.fromEntries(POLICY_PARAMETERS.map((p) => [p.key, { label: p.label, value: valueOf(p) }])) as Record<ParameterKey, { label: string; value: (v: unknown) => string }>),
  changes: { label: 'dated changes', value: (v) => (Array.isArray(v) && v.length > 0 ? `${v.length}` : 'none') },
};

/** How a parameter's values read, from its kind: "2 days", "unlimited", "yes", "re-timed". */
function valueOf(p: Parameter): (v: unknown) => string {
  if (p.unit === 'days') return days(p.none?.short ?? '');
  if (p.none) return (v) => (v === null || v === undefined ? p.none!.short : valueText(v));
  if (p.kind === 'boolean') return yesNo;
  if (p.kind === 'statuses') return (v) => (Array.isArray(v) ? v.join(', ') : valueText(v));
  const words = p.valueWords;
  if (words) return (v) => (Object.hasOwn(words, String(v)) ? words[String(v)]! : words[String(p.default)]!);
  return valueText;
}

/** A whole number of days ("2 days", "1 day"); `none` names null (no reminder). */
function days(none: string): (v: unknown) => string {
  return (v) => (typeof v === 'number' ? `${v} day${v === 1 ? '' : 's'}` : v === null || v === undefined ? none || '—' : valueText(v));
}

function yesNo(v: unknown): string {
  return v === true ? 'yes' : v === false ? 'no' : valueText(v);
}

/** A parameter's name for people: "answer window" for responseWindowDays; an unknown key as it is. */
export function parameterLabel(key: string): string {
  return Object.hasOwn(PARAMETERS, key) ? PARAMETERS[key as keyof Policy].label : key;
}

/** A parameter's value for people: "2 days", "none", "unlimited", "yes". */
export function parameterValue(key: string, v: unknown): string {
  return Object.hasOwn(PARAMETERS, key) ? PARAMETERS[key as keyof Policy].value(v) : valueText(v);
}

/**
 * One parameter's change as a phrase: "answer window: 7 → 10 days" when both values share
 * the unit, else "reminder before the deadline: none → 2 days".
 */
export function parameterChangeText(key: string, before: unknown, after: unknown, separator = ': '): string {
  const a = parameterValue(key, before);
  const b = parameterValue(key, after);
  const shared = a.endsWith(' days') && b.endsWith(' days');
  return `${parameterLabel(key)}${separator}${shared ? `${a.slice(0, -' days'.length)} → ${b}` : `${a} → ${b}`}`;
}

/**
 * A policy's dated changes, each split into before and after: "from 2024-04-15: answer window
 * 7 → 10 days", where "before" is the value in force just before that change (the base's, or an
 * earlier change's). Changes are in the policy's order, which is the order of `at`.
 */
export function datedChangesText(policy: Policy): string[] {
  let inForce: Record<string, unknown> = { ...policy };
  return (policy.changes ?? []).map((c: PolicyChange) => {
    const parts = Object.entries(c.set).map(([k, v]) => parameterChangeText(k, inForce[k], v, ' '));
    inForce = { ...inForce, ...c.set };
    return `from ${c.at}: ${parts.join(', ') || 'nothing changes'}`;
  });
}

/** A swept parameter's range for people: "answer window: 5 to 9 days". */
export function sweepRangeText(key: string, values: readonly number[]): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return parameterLabel(key);
  const to = parameterValue(key, last);
  return `${parameterLabel(key)}: ${first === last ? to : `${first} to ${to}`}`;
}
