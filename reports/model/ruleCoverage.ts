import { REFUSAL_CODES, RULE_IDS, type EventKind, type RefusalCode, type RuleId } from '../../engine/index.js';
import { EVENT_CATALOGUE, EVENT_KINDS } from '../../engine/events/index.js';

/** The rule ids of rules.md: the engine's (engine/ruleIds.ts). */
export { RULE_IDS, type RuleId };

/**
 * Which rules an accepted event exercises, from the event catalogue (engine/events). A first
 * request passes R1, R2, R4, R5 and R6; a rejection starts R12's cooldown, a cancel R15's; a
 * lapse is R16 (or R10's variant).
 */
export const RULES_BY_EVENT: Readonly<Record<EventKind, readonly RuleId[]>> = Object.fromEntries(
  EVENT_KINDS.map((kind) => [kind, EVENT_CATALOGUE[kind].rules as readonly RuleId[]]),
) as Record<EventKind, readonly RuleId[]>;

/** Which rules a refusal exercises (the rule that refused; none for unknown ids or lifecycle arrows). */
export const RULES_BY_REFUSAL: Readonly<Record<RefusalCode, readonly RuleId[]>> = {
  CLAIM_NOT_FOUND: [],
  ORDER_NOT_FOUND: [],
  CLAIM_CLOSED: ['R3'],
  NOT_SELLER: ['R1'],
  NOT_BUYER: ['R7'],
  INVALID_TRANSITION: [],
  INELIGIBLE_STATUS: ['R2', 'R3'],
  WITHDRAWAL_ALREADY_OPEN: ['R5'],
  NO_OPEN_REQUEST: ['R7', 'R11', 'R14'],
  NOT_ON_HOLD: ['R11'],
  COOLDOWN_ACTIVE: ['R12', 'R15'],
  RE_REQUEST_LIMIT: ['R13'],
  MESSAGE_REQUIRED: ['R4'],
  PII_IN_MESSAGE: ['R21'],
  CLAIM_ALREADY_EXISTS: [],
  ORDER_ALREADY_EXISTS: [],
};

/** What a run observed, as counts: the input of the coverage. */
export interface CoverageCounts {
  readonly events?: Partial<Record<EventKind, number>>;
  readonly refusals?: Partial<Record<RefusalCode, number>>;
  /** Counts that no event kind carries: re-requests (R11, R13), PII warnings (R21), delayed claims (R18), claim-list rows (R19), board checks (R17). */
  readonly extra?: Partial<Record<RuleId, number>>;
}

export interface RuleHit {
  readonly rule: RuleId;
  readonly hits: number;
  /** What counted: event kinds, refusal codes and extra counters, each with its count. */
  readonly via: readonly { readonly source: string; readonly count: number }[];
}

export interface RuleCoverage {
  readonly rules: readonly RuleHit[];
  readonly refusals: readonly { readonly code: RefusalCode; readonly hits: number }[];
  /** Rules no event, refusal or counter of the run touched ("this suite never exercises R15"). */
  readonly rulesNeverHit: readonly RuleId[];
  readonly refusalsNeverHit: readonly RefusalCode[];
}

/** Adds up coverage counts of several runs (replications, scenario files). */
export function addCoverageCounts(parts: readonly CoverageCounts[]): CoverageCounts {
  const events: Partial<Record<EventKind, number>> = {};
  const refusals: Partial<Record<RefusalCode, number>> = {};
  const extra: Partial<Record<RuleId, number>> = {};
  for (const p of parts) {
    addInto(events, p.events);
    addInto(refusals, p.refusals);
    addInto(extra, p.extra);
  }
  return { events, refusals, extra };
}

function addInto<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>> | undefined): void {
  if (!from) return;
  for (const [k, n] of Object.entries(from) as [K, number | undefined][]) {
    if (n) into[k] = (into[k] ?? 0) + n;
  }
}

/** Rule coverage: how often each of R1–R21 and each refusal code was exercised, and which never were. */
export function ruleCoverage(counts: CoverageCounts): RuleCoverage {
  const via = new Map<RuleId, { source: string; count: number }[]>(RULE_IDS.map((r) => [r, []]));
  const credit = (rules: readonly RuleId[], source: string, count: number | undefined) => {
    if (!count) return;
    for (const r of rules) via.get(r)!.push({ source, count });
  };
  for (const kind of Object.keys(RULES_BY_EVENT) as EventKind[]) credit(RULES_BY_EVENT[kind], kind, counts.events?.[kind]);
  for (const code of REFUSAL_CODES) credit(RULES_BY_REFUSAL[code], code, counts.refusals?.[code]);
  for (const rule of RULE_IDS) credit([rule], EXTRA_SOURCE[rule], counts.extra?.[rule]);
  const rules = RULE_IDS.map((rule) => {
    const v = via.get(rule)!;
    return { rule, hits: v.reduce((s, x) => s + x.count, 0), via: v };
  });
  const refusals = REFUSAL_CODES.map((code) => ({ code, hits: counts.refusals?.[code] ?? 0 }));
  return {
    rules,
    refusals,
    rulesNeverHit: rules.filter((r) => r.hits === 0).map((r) => r.rule),
    refusalsNeverHit: refusals.filter((r) => r.hits === 0).map((r) => r.code),
  };
}

/** The name an extra counter is reported under. */
const EXTRA_SOURCE: Readonly<Record<RuleId, string>> = Object.fromEntries(
  RULE_IDS.map((r) => [
    r,
    (
      {
        R6: 'pending-counter checks',
        R11: 're-requests',
        R13: 're-requests at the limit',
        R17: 'board checks',
        R18: 'delays',
        R19: 'claim list',
        R20: 'unanswered-memo checks',
        R21: 'PII warnings',
      } as Partial<Record<RuleId, string>>
    )[r] ?? `${r} checks`,
  ]),
) as Record<RuleId, string>;
