import { Calendar } from './Calendar.js';
import { type LifecycleStatus, isClaimStatus, isTerminal } from './claimTypes.js';
import { zoneSuggestion } from './zoneName.js';

/**
 * One policy parameter, declared once (docs/rules.md, policy parameters): its value type, its
 * default, what it accepts, its rules, and how the rest of claimsim treats it. Everything else
 * that names parameters (the Policy type, DEFAULT_POLICY, the checks, the policy file's zod and
 * JSON schemas, the docs table, the sweepable keys, explore's boundaries, the keys a dated
 * change may set, the report labels) is derived from the records in PARAMETERS.
 *
 * `V` is the value's type; `O` is true for a parameter that a policy holds only when it is set
 * (absent: its default applies, and a policy without it echoes without it).
 */
export interface Parameter<K extends string = string, V = unknown, O extends boolean = boolean> {
  readonly key: K;
  readonly kind: ParameterKind;
  readonly default: V;
  /** What it is, in one line (the schemas' and the docs table's wording). */
  readonly description: string;
  /** Its name for people in reports: "answer window" for responseWindowDays. */
  readonly label: string;
  /** The rules that read it (docs/rules.md), e.g. ['R6', 'R10', 'R11']; an extension says so: 'R10 extension'. */
  readonly rules: readonly string[];
  /** What one unit of a whole number is: days, or a plain count. */
  readonly unit?: 'days' | 'count';
  /** A whole number's range, both ends included. */
  readonly range?: readonly [number, number];
  /** A whole number that may be null: what null means ("unlimited"), and its short form in a report ("none"). */
  readonly none?: { readonly means: string; readonly short: string };
  /** A choice's values, in the order messages list them. */
  readonly values?: readonly string[];
  /** A choice's values as a report reads them ("re-timed"); absent: as written. */
  readonly valueWords?: Readonly<Record<string, string>>;
  /** More that the docs table says under "allowed" ("0: none"). */
  readonly allowedNote?: string;
  /** `claimsim sweep --param` may vary it. */
  readonly sweepable: boolean;
  /** A dated change may set it (true), or why it cannot (the refusal's wording). */
  readonly changes: true | string;
  /** True: absent from a policy unless set (see above). */
  readonly optional: O;
  /** The boundary `claimsim explore` aims timelines at: days counted from an anchor event. */
  readonly explore?: ExploreBoundary;
  /** What is wrong with a value (without the key: "must be …, got …"), or null when it is fine. */
  readonly check: (v: unknown) => string | null;
}

export type ParameterKind = 'whole' | 'boolean' | 'choice' | 'zone' | 'statuses';

/** A boundary explore waits for: `name` (a PolicyBoundary), the days counted from the anchor event's date. */
export interface ExploreBoundary {
  readonly name: string;
  /** The boundary in `claimsim explore`'s first lines: "response window". */
  readonly words: string;
  /** The event the days count from ("request"): boundaries counted from the request are waited for first. */
  readonly anchor: 'request' | 'rejection' | 'cancel' | 'receipt';
}

/** What every record says besides its type. */
interface Common<O extends boolean> {
  readonly description: string;
  readonly label: string;
  readonly rules: readonly string[];
  readonly allowedNote?: string;
  readonly sweepable?: boolean;
  /** Default true. */
  readonly changes?: true | string;
  readonly optional?: O;
}

/** The value as written, for messages: a list or map is named, never flattened into its items. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (v !== null && typeof v === 'object') return 'a map';
  return String(v);
}

const wholeIn = ([min, max]: readonly [number, number]) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `must be a whole number from ${min} to ${max}, got ${show(v)}`;

function record<const K extends string, V, O extends boolean>(key: K, kind: ParameterKind, def: V, c: Common<O>, rest: Partial<Parameter<K, V, O>> & Pick<Parameter, 'check'>): Parameter<K, V, O> {
  return Object.freeze({ ...c, sweepable: c.sweepable ?? false, changes: c.changes ?? true, optional: (c.optional ?? false) as O, key, kind, default: def, ...rest });
}

/**
 * A whole number in `range` (both ends included), counted in `unit`; with `explore`, a boundary
 * `claimsim explore` aims at (its name stays a literal type: explore's steps name it).
 */
export function wholeNumber<const K extends string, O extends boolean = false, const E extends ExploreBoundary | undefined = undefined>(
  key: K,
  spec: Common<O> & { readonly default: number; readonly range: readonly [number, number]; readonly unit: 'days' | 'count'; readonly explore?: E },
): Parameter<K, number, O> & { readonly explore: E } {
  const { default: def, range, unit, explore, ...c } = spec;
  return record(key, 'whole', def, c, { range, unit, ...(explore ? { explore } : {}), check: wholeIn(range) }) as Parameter<K, number, O> & { readonly explore: E };
}

/** A whole number in `range`, or null, which means `none.means` ("unlimited"). */
export function wholeNumberOrNull<const K extends string, O extends boolean = false>(
  key: K,
  spec: Common<O> & { readonly default: number | null; readonly range: readonly [number, number]; readonly unit: 'days' | 'count'; readonly none: { readonly means: string; readonly short: string } },
): Parameter<K, number | null, O> {
  const { default: def, range, unit, none, ...c } = spec;
  const whole = wholeIn(range);
  return record(key, 'whole', def, c, {
    range,
    unit,
    none,
    check: (v) => (v === null ? null : whole(v) && `must be null (${none.means}) or a whole number from ${range[0]} to ${range[1]}, got ${show(v)}`),
  });
}

/** true or false. */
export function yesNo<const K extends string, O extends boolean = false>(key: K, spec: Common<O> & { readonly default: boolean }): Parameter<K, boolean, O> {
  const { default: def, ...c } = spec;
  return record(key, 'boolean', def, c, { check: (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${show(v)}`) });
}

/** One of `values` ("must be keep or retime", "must be one of off, warn, block"). */
export function oneOf<const K extends string, const T extends readonly [string, ...string[]], O extends boolean = false>(
  key: K,
  values: T,
  spec: Common<O> & { readonly default: T[number]; readonly valueWords?: Readonly<Record<T[number], string>> },
): Parameter<K, T[number], O> {
  const { default: def, valueWords, ...c } = spec;
  const allowed = values.length === 2 ? `${values[0]} or ${values[1]}` : `one of ${values.join(', ')}`;
  return record(key, 'choice', def, c, { values, ...(valueWords ? { valueWords } : {}), check: (v) => ((values as readonly unknown[]).includes(v) ? null : `must be ${allowed}, got ${show(v)}`) });
}

/** An IANA time zone name, spelled exactly (docs/rules.md, time zone names). */
export function zoneName<const K extends string, O extends boolean = false>(key: K, spec: Common<O> & { readonly default: string }): Parameter<K, string, O> {
  const { default: def, ...c } = spec;
  return record(key, 'zone', def, c, { check: zoneProblem });
}

/** A list of non-terminal claim statuses. */
export function statusList<const K extends string, O extends boolean = false>(key: K, spec: Common<O> & { readonly default: readonly LifecycleStatus[] }): Parameter<K, readonly LifecycleStatus[], O> {
  const { default: def, ...c } = spec;
  return record(key, 'statuses', Object.freeze([...def]), c, {
    check: (v) => {
      if (!Array.isArray(v)) return `must be a list of claim statuses, got ${show(v)}`;
      for (const s of v) {
        if (typeof s !== 'string' || !isClaimStatus(s)) return `has an unknown claim status ${show(s)}`;
        if (isTerminal(s)) return `has a terminal status ${show(s)}; only non-terminal statuses can be eligible`;
      }
      return null;
    },
  });
}

function zoneProblem(v: unknown): string | null {
  if (typeof v === 'string' && Calendar.isValidZone(v)) return null;
  const guess = typeof v === 'string' ? zoneSuggestion(v) : null;
  return `must be an IANA time zone name such as "Asia/Tokyo", got ${show(v)} (${guess ? `did you mean ${guess}? ` : ''}UTC or an Area/Location name, spelled exactly, such as Europe/London; not an abbreviation such as GMT or JST, nor an old country or state name such as Japan or US/Eastern)`;
}
