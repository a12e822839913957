import type { FeatureEvent } from '../../engine/features/vocabulary.js';
import { FEATURE_EVENT_SPECS } from '../../engine/features/vocabulary.js';
import { claimIndexOf } from '../records/generatedIds.js';
import type { AnyReaction, DrawAt, DrawFor, SellerSide } from './Reaction.js';
import { REACTIONS } from './index.js';
import { reactionStream } from './reactionStream.js';

/** The event kinds a reaction registers, and their events. */
export type ReactionKind = (typeof REACTIONS)[number]['event'];
export type ReactionEvent = Extract<FeatureEvent, { readonly kind: ReactionKind }>;

/** Each reaction's draw stream, in the registry's order. */
export type ReactionDraws = readonly DrawFor[];

/** The reactions' draws of a run, from its claim streams: each its own, by its place in the registry (reactionStream.ts). */
export function reactionDraws(at: DrawAt, registry: readonly AnyReaction[] = REACTIONS): ReactionDraws {
  return registry.map((_r, k) => reactionStream(at, k));
}

const FEATURE_KINDS: ReadonlySet<string> = new Set(Object.keys(FEATURE_EVENT_SPECS));

/**
 * The reactions of a run's sellers, by event kind: the returned function takes a feature's
 * event (engine/features/vocabulary.ts; the driver's switch handles every engine kind) and
 * hands it to each reaction that registers its kind, in the registry's order. A feature's
 * event no reaction registers is ignored: the sellers do not react to it. A kind that is no
 * feature's throws (a bug: the driver hands only feature events here). `registry` is REACTIONS
 * but in tests; `draws` and the sellers' `reactionValues` follow its order.
 */
export function dispatchReactions(seller: SellerSide, draws: ReactionDraws, registry: readonly AnyReaction[] = REACTIONS): (e: FeatureEvent) => void {
  const byKind = new Map<string, ((i: number, e: FeatureEvent) => void)[]>();
  registry.forEach((r, k) => {
    const list = byKind.get(r.event) ?? [];
    const draw = draws[k]!;
    list.push((i, e) => r.react(seller, i, e, seller.reactionValues(i)[k], draw));
    byKind.set(r.event, list);
  });
  return (e) => {
    const handlers = byKind.get(e.kind);
    if (handlers) {
      // A registered kind is a claim's event (FeatureClaimKind).
      const i = claimIndexOf((e as { readonly claim: string }).claim);
      for (const h of handlers) h(i, e);
    } else if (!FEATURE_KINDS.has(e.kind)) {
      throw new Error(`event ${e.kind} is neither the engine's nor a feature's (the driver's switch handles the engine's kinds; a feature lists its events in engine/features/vocabulary.ts)`);
    }
  };
}
