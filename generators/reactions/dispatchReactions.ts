import type { ClaimEvent } from '../../engine/index.js';
import { claimIndexOf } from '../records/generatedIds.js';
import type { AnyReaction, DrawAt, DrawFor, SellerSide } from './Reaction.js';
import { REACTIONS } from './index.js';

/** The event kinds a reaction registers, and their events: the driver hands these to the reactions. */
export type ReactionKind = (typeof REACTIONS)[number]['event'];
export type ReactionEvent = Extract<ClaimEvent, { readonly kind: ReactionKind }>;

/** Each reaction's draw stream, in the registry's order. */
export type ReactionDraws = readonly DrawFor[];

/** The reactions' draws of a run, from its claim streams. */
export function reactionDraws(at: DrawAt): ReactionDraws {
  const all: readonly AnyReaction[] = REACTIONS;
  return all.map((r) => r.draw(at));
}

/**
 * The reactions of a run's sellers, by event kind: the returned function hands an event to
 * each reaction that registers its kind, in the registry's order, and throws for a kind none
 * registers (a bug: the driver's switch handles every other kind).
 */
export function dispatchReactions(seller: SellerSide, draws: ReactionDraws): (e: ReactionEvent) => void {
  const byKind = new Map<string, ((i: number, e: ReactionEvent) => void)[]>();
  const all: readonly AnyReaction[] = REACTIONS;
  all.forEach((r, k) => {
    const list = byKind.get(r.event) ?? [];
    const draw = draws[k]!;
    list.push((i, e) => r.react(seller, i, e, seller.reactionValues(i)[k], draw));
    byKind.set(r.event, list);
  });
  // Typed as any claim's event, so that it compiles with no reaction registered (ReactionEvent is then never).
  return (e: Extract<ClaimEvent, { readonly claim: string }>) => {
    const handlers = byKind.get(e.kind);
    if (!handlers) throw new Error(`no reaction handles event ${e.kind} (register one in generators/reactions/index.ts)`);
    const i = claimIndexOf(e.claim);
    for (const h of handlers) h(i, e as ReactionEvent);
  };
}
