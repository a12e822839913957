import { z } from 'zod';
import { REACTIONS } from './index.js';
import type { AnyReaction, ReactionSection } from './Reaction.js';

type Registered = (typeof REACTIONS)[number];
type In<S extends ReactionSection> = Extract<Registered, { readonly section: S }>;

/** The zod shape the reactions registered in one section of a seller profile add to it. */
export type ReactionShape<S extends ReactionSection> = { readonly [R in In<S> as R['field']]: R['schema'] };

/** Those fields as a population holds them (optional unless a reaction's schema fills a default); none when no reaction registers in S. */
export type ReactionFields<S extends ReactionSection> = [In<S>] extends [never] ? unknown : Readonly<z.output<z.ZodObject<ReactionShape<S>>>>;

/** The reactions' fields of one section, in the registry's order, for populationSchema to spread in last. */
export function reactionShape<S extends ReactionSection>(section: S): ReactionShape<S> {
  const all: readonly AnyReaction[] = REACTIONS;
  return Object.fromEntries(all.filter((r) => r.section === section).map((r) => [r.field, r.schema])) as ReactionShape<S>;
}
