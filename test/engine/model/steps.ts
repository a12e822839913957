import fc from 'fast-check';
import type { Calendar, Command, Party } from '../../../engine/index.js';
import { ALL_STATUSES } from './ReferenceModel.js';
import { CLAIMS, ORDERS, statusesOf } from './world.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Texts the steps send, and whether each carries personal data (R21). */
export const TEXTS = [
  { text: 'Please withdraw the claim; the parcel is on its way.', pii: false },
  { text: '', pii: false },
  { text: '   ', pii: false },
  { text: 'Write to me at buyer@example.com', pii: true },
] as const;

/** Who acts: the natural actor (no `actor`), the same named, the other party, or a stranger. */
export type ActorChoice = 'natural' | 'named' | 'otherParty' | 'stranger';

/** Where a clock jump goes: by a duration, or to a boundary of one claim or of the day (± 1 ms). */
export type JumpTo = 'timeout' | 'cooldown' | 'delay' | 'midnight';

/**
 * One step. `claim` indexes the world's claims; with `fit`, the step runs only where it
 * makes sense on that claim (see `runsOn`).
 */
export type Step =
  | { readonly kind: 'request' | 'reRequest'; readonly claim: number; readonly fit: boolean; readonly actor: ActorChoice; readonly text: number }
  | { readonly kind: 'accept' | 'cancel'; readonly claim: number; readonly fit: boolean; readonly actor: ActorChoice }
  | { readonly kind: 'reject'; readonly claim: number; readonly fit: boolean; readonly actor: ActorChoice; readonly text: number }
  | { readonly kind: 'advance'; readonly claim: number; readonly to: string }
  | { readonly kind: 'memo'; readonly claim: number; readonly from: Party; readonly text: number }
  | { readonly kind: 'support'; readonly claim: number }
  | { readonly kind: 'jumpBy'; readonly ms: number }
  | { readonly kind: 'jumpTo'; readonly to: JumpTo; readonly claim: number; readonly fit: boolean; readonly offset: -1 | 0 | 1 };

// Half the steps go to the first claim, so that chains of steps on one claim (request, reject,
// cancel, wait, request again) are common; the rest to any claim.
const claim = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: CLAIMS.length - 1 }) });
// Most steps run only where they make sense (see `runsOn`), so runs get deep.
const fit = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

// Mostly the right actor and a proper text, so that runs get deep into the rules.
const actor = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ActorChoice>('natural') },
  { weight: 1, arbitrary: fc.constantFrom<ActorChoice>('named', 'otherParty', 'stranger') },
);
const text = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 3) });

const advance = fc.tuple(claim, fc.nat(), fc.integer({ min: 0, max: 4 })).map(([c, i, foreign]): Step => {
  // Mostly the claim's own statuses (a fifth of the time any status, withdrawn included).
  const pool = foreign === 0 ? ALL_STATUSES : statusesOf(CLAIMS[c]!);
  return { kind: 'advance', claim: c, to: pool[i % pool.length]! };
});

/** One random step: an action on a claim, or a clock jump. */
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('request' as const, 'reRequest' as const), claim, fit, actor, text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('accept' as const), claim, fit, actor }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reject' as const), claim, fit, actor, text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), claim, fit, actor }) },
  { weight: 2, arbitrary: advance },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('memo' as const), claim, from: fc.constantFrom<Party>('seller', 'buyer'), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('support' as const), claim }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('jumpBy' as const), ms: fc.oneof(fc.integer({ min: 1, max: 6 * HOUR }), fc.integer({ min: HOUR, max: 4 * DAY })) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('jumpTo' as const),
      to: fc.constantFrom<JumpTo>('timeout', 'timeout', 'cooldown', 'delay', 'midnight'),
      claim,
      fit,
      offset: fc.constantFrom<-1 | 0 | 1>(-1, 0, 0, 1),
    }),
  },
);

/** What `pickClaim` needs to know of a claim, from the model or from the engine. */
export interface ClaimGlance {
  readonly status: string;
  readonly withdrawal: 'none' | 'requested' | 'on_hold';
  readonly boundaries: Boundaries;
}

/**
 * Whether a step runs: one without `fit` always does (refusals are behaviour too); one with
 * `fit` only where it makes sense on its own claim: an eligible claim with no withdrawal for a
 * request, one on hold for a re-request, one requested for an answer, an open one for a cancel,
 * one with the boundary ahead for a jump. The claim is the step's own index, never picked at
 * run time, so that a shrunk run sends each remaining step to the same claim.
 */
export function runsOn(step: Step, eligible: readonly string[], now: number, glance: (index: number) => ClaimGlance): boolean {
  if (!('fit' in step) || !step.fit) return true;
  const g = glance(step.claim);
  switch (step.kind) {
    case 'request':
      return g.withdrawal === 'none' && eligible.includes(g.status);
    case 'reRequest':
      return g.withdrawal === 'on_hold';
    case 'accept':
    case 'reject':
      return g.withdrawal === 'requested';
    case 'cancel':
      return g.withdrawal !== 'none';
    case 'jumpTo': {
      const b = step.to === 'timeout' ? g.boundaries.timeoutAt : step.to === 'cooldown' ? g.boundaries.cooldownEnd : step.to === 'delay' ? g.boundaries.delayedFrom : now;
      return b !== null && b >= now;
    }
    default: {
      const unreachable: never = step;
      throw new Error(`no fit for ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The boundaries of one claim a jump can aim at (null where the claim has none). */
export interface Boundaries {
  readonly timeoutAt: number | null;
  readonly cooldownEnd: number | null;
  readonly delayedFrom: number;
}

/** Where a jump lands: never before `now`; a boundary the claim lacks becomes an hour's wait. */
export function jumpTarget(step: Extract<Step, { kind: 'jumpBy' | 'jumpTo' }>, now: number, cal: Calendar, b: Boundaries): number {
  if (step.kind === 'jumpBy') return now + step.ms;
  const base =
    step.to === 'timeout' ? b.timeoutAt
    : step.to === 'cooldown' ? b.cooldownEnd
    : step.to === 'delay' ? b.delayedFrom
    : cal.startOfDay(cal.dayOf(now) + 1);
  if (base === null || base + step.offset < now) return now + HOUR;
  return base + step.offset;
}

function actorOf(choice: ActorChoice, natural: string, other: string): string | undefined {
  switch (choice) {
    case 'natural':
      return undefined;
    case 'named':
      return natural;
    case 'otherParty':
      return other;
    case 'stranger':
      return 'X9';
    default: {
      const unreachable: never = choice;
      throw new Error(`unknown actor choice ${String(unreachable)}`);
    }
  }
}

/** The seller and buyer of each world claim. */
export function partiesOf(index: number): { seller: string; buyer: string; id: string } {
  const c = CLAIMS[index]!;
  const o = ORDERS.find((x) => x.id === c.order)!;
  return { seller: o.seller, buyer: o.buyer, id: c.id };
}

/** The acting party's id for a step, or undefined for the natural actor. */
export function actorFor(step: Extract<Step, { actor: ActorChoice }>): string | undefined {
  const p = partiesOf(step.claim);
  const seller = step.kind !== 'accept' && step.kind !== 'reject';
  return seller ? actorOf(step.actor, p.seller, p.buyer) : actorOf(step.actor, p.buyer, p.seller);
}

/** The engine command of an action step. */
export function commandOf(step: Exclude<Step, { kind: 'jumpBy' | 'jumpTo' }>): Command {
  const id = CLAIMS[step.claim]!.id;
  switch (step.kind) {
    case 'request':
      return { kind: 'RequestWithdrawal', claim: id, message: TEXTS[step.text]!.text, actor: actorFor(step) };
    case 'reRequest':
      return { kind: 'ReRequestWithdrawal', claim: id, message: TEXTS[step.text]!.text, actor: actorFor(step) };
    case 'accept':
      return { kind: 'AcceptWithdrawal', claim: id, actor: actorFor(step) };
    case 'reject':
      return { kind: 'RejectWithdrawal', claim: id, reason: TEXTS[step.text]!.text, actor: actorFor(step) };
    case 'cancel':
      return { kind: 'CancelWithdrawal', claim: id, actor: actorFor(step) };
    case 'advance':
      return { kind: 'AdvanceClaim', claim: id, to: step.to as never };
    case 'memo':
      return { kind: 'SendMemo', claim: id, from: step.from, text: TEXTS[step.text]!.text };
    case 'support':
      return { kind: 'ContactSupport', claim: id, text: 'please help with this claim' };
    default: {
      const unreachable: never = step;
      throw new Error(`unknown step ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A short readable form of a step, for counterexamples. */
export function describeStep(step: Step): string {
  const { kind, ...rest } = step;
  const args = Object.entries(rest).map(([k, v]) => `${k}=${k === 'claim' ? CLAIMS[v as number]!.id : JSON.stringify(v)}`);
  return `${kind}(${args.join(', ')})`;
}
