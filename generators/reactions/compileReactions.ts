import type { AnyReaction, ReactionSection } from './Reaction.js';
import { REACTIONS } from './index.js';
import type { ReactionFields } from './reactionFields.js';

type Registered = typeof REACTIONS;

/** A seller profile's compiled value of each reaction, in the registry's order. */
export type CompiledReactions = { readonly [K in keyof Registered]: Registered[K] extends { compile(value: never): infer C } ? C : never };

/** A seller profile as the reactions read it: their fields in its sections. */
export type ReactionProfile = { readonly [S in ReactionSection]: ReactionFields<S> };

/** Each reaction's value for one seller profile, its default filled in. */
export function compileReactions(profile: ReactionProfile): CompiledReactions {
  const all: readonly AnyReaction[] = REACTIONS;
  return all.map((r) => r.compile((profile[r.section] as Readonly<Record<string, unknown>>)[r.field])) as unknown as CompiledReactions;
}
