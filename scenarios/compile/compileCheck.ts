import { type Calendar, type ClaimListKey, type ClaimStatus, type ClaimType, type Instant, type Outcome, type WithdrawalState } from '../../engine/index.js';
import type { Check, ClaimExpectation, SearchExpectation, StateExpectation, IntervalExpectation, IntervalKind } from '../Scenario.js';
import type { CheckInput, SearchInput, StateExpectationInput, IntervalInput } from '../schema/checkSchema.js';
import type { InstantOf } from './InstantOf.js';
import { addDuration, durationText } from './toInstant.js';

/** A `check:` with its dates as instants in the scenario's zone. */
export function compileCheck(input: CheckInput, now: Instant, instantOf: InstantOf, calendar: Calendar): Check {
  const intervals: IntervalExpectation[] = [];
  for (const kind of ['eventually', 'never', 'always'] as const) {
    const t = input[kind];
    if (t) intervals.push(compileInterval(kind, t, now, instantOf, calendar));
  }
  return {
    ...compileState(input, instantOf),
    ...(input.invariants ? { invariants: input.invariants } : {}),
    ...(input.search ? { search: compileSearch(input.search, instantOf, calendar) } : {}),
    ...(intervals.length ? { intervals } : {}),
  };
}

function compileState(input: StateExpectationInput, instantOf: InstantOf): StateExpectation {
  const out: { -readonly [K in keyof StateExpectation]: StateExpectation[K] } = {};
  if (input.claims) {
    const claims: Record<string, ClaimExpectation> = {};
    for (const [id, e] of Object.entries(input.claims)) {
      const { cooldownUntil, status, withdrawal, outcome, ...rest } = e;
      claims[id] = {
        ...rest,
        ...(status === undefined ? {} : { status: status as ClaimStatus }),
        ...(withdrawal === undefined ? {} : { withdrawal: withdrawal as WithdrawalState }),
        ...(outcome === undefined ? {} : { outcome: outcome as Outcome | null }),
        ...(cooldownUntil === undefined ? {} : { cooldownUntil: cooldownUntil === null ? null : instantOf(cooldownUntil) }),
      };
    }
    out.claims = claims;
  }
  if (input.board) out.board = input.board;
  if (input.buyers) out.buyers = input.buyers;
  if (input.sellers) out.sellers = input.sellers;
  return out;
}

function compileInterval(kind: IntervalKind, input: IntervalInput, now: Instant, instantOf: InstantOf, calendar: Calendar): IntervalExpectation {
  const { within, ...expect } = input;
  return {
    kind,
    until: within === undefined ? null : addDuration(now, within, calendar),
    label: within === undefined ? 'until the end of the run' : `within ${durationText(within)}`,
    expect: compileState(expect, instantOf),
  };
}

function compileSearch(input: SearchInput, instantOf: InstantOf, calendar: Calendar): SearchExpectation {
  const by = input.orderDate ? 'orderDate' : input.claimDate ? 'claimDate' : null;
  const range = input.orderDate ?? input.claimDate;
  // A `to` date is inclusive: up to the last instant of that date.
  const endOf = (text: string) => calendar.startOfDay(calendar.dayOf(instantOf(text)) + 1) - 1;
  return {
    ...(input.type ? { type: input.type as ClaimType } : {}),
    ...(input.status ? { status: input.status as ClaimStatus } : {}),
    ...(input.withdrawal ? { withdrawal: input.withdrawal as WithdrawalState } : {}),
    ...(by && range
      ? {
          period: {
            by,
            ...(range.from === undefined ? {} : { from: instantOf(range.from) }),
            ...(range.to === undefined ? {} : { to: endOf(range.to) }),
          },
        }
      : {}),
    ...(input.found ? { found: input.found } : {}),
    ...(input.rows ? { rows: input.rows as Record<string, Partial<Record<ClaimListKey, string>>> } : {}),
  };
}
