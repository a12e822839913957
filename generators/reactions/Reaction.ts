import type { z } from 'zod';
import type { Instant } from '../../engine/index.js';
import type { FeatureEvent } from '../../engine/features/vocabulary.js';
import type { ClaimRecords } from '../records/ClaimRecords.js';

/** Draw k of claim i's stream for one purpose (the same number in every run with the seed). */
export type DrawAt = (purpose: number, i: number, k: number) => number;
/** One uniform draw in [0, 1) of claim i's stream, for its request, step or rejection n. */
export type DrawFor = (i: number, n: number) => number;

/** The seller profile's sections a reaction may add its field to (populationSchema spreads reactionShape into each). */
export type ReactionSection = 'reRequest';

/**
 * The event kinds a reaction can register: a feature's events of a claim (the driver finds the
 * claim by its id). The engine's own kinds are not among them: the driver's switch handles
 * each of those, so a reaction registered on one would never be called.
 */
export type FeatureClaimKind = Extract<FeatureEvent, { readonly claim: string }>['kind'];

/**
 * What a seller's reaction reads of claim i and what it may do, narrowed so that a reaction
 * imports neither the agents nor the population (generators/population reads the reactions).
 */
export interface SellerSide {
  /** What the seller knows of each claim, from its events. */
  readonly claims: Pick<ClaimRecords, 'isHeld' | 'withdrawal'>;
  readonly now: () => Instant;
  /** The last rejection of claim i (0 for the first), or -1 before any. */
  lastRejection(i: number): number;
  /** The re-requests claim i's seller makes at most (its profile's reRequest.max, R11). */
  maxReRequests(i: number): number;
  /** Plans the re-request after rejection j at `at` (R11; a cooldown refusal is tried again, R12). */
  reRequest(at: Instant, i: number, j: number): void;
  /** The compiled values of claim i's seller's profile for the reactions, in the registry's order. */
  reactionValues(i: number): readonly unknown[];
}

/**
 * A seller's reaction to one event kind, whole: the population field that sets it (a zod
 * fragment in one section of a seller profile), its compiled value with its default, and what
 * the seller does when a claim's event of that kind is observed, drawing from the stream its
 * place in the registry gives it (reactionStream.ts). Registered by one line in `REACTIONS`
 * (index.ts); the schema, the Population type, the compiled population, the claim draws and
 * the driver read it from there.
 */
export interface Reaction<K extends FeatureClaimKind, F extends string, S extends z.ZodType, C> {
  /** The event kind the seller reacts to. */
  readonly event: K;
  /** The population field: `sellerProfiles[].<section>.<field>`. */
  readonly section: ReactionSection;
  readonly field: F;
  /** What the field means, in one sentence. */
  readonly description: string;
  /** The policy keys whose effect leans on this reaction (calibrate lists it as an assumption the log cannot identify, with these keys). */
  readonly policyKeys: readonly string[];
  /** The field's schema; absent unless set keeps a population's hash (run.json) as before. */
  readonly schema: S;
  /** The compiled value, the default filled in. */
  compile(value: z.output<S>): C;
  /** The seller of claim i observed `event`: plan its moves, drawing n of claim i as `draw(i, n)` (the reaction's own stream). */
  react(seller: SellerSide, i: number, event: Extract<FeatureEvent, { readonly kind: K }>, value: C, draw: DrawFor): void;
}

/** A reaction, its types inferred from the record. */
export function reaction<K extends FeatureClaimKind, F extends string, S extends z.ZodType, C>(r: Reaction<K, F, S, C>): Reaction<K, F, S, C> {
  return r;
}

/**
 * Any reaction, as the registry's readers handle them alike: each is handed only its own
 * value, draw and event kind (the methods' parameters compare both ways, so a reaction is one).
 */
export interface AnyReaction {
  readonly event: FeatureClaimKind;
  readonly section: ReactionSection;
  readonly field: string;
  readonly description: string;
  readonly policyKeys: readonly string[];
  readonly schema: z.ZodType;
  compile(value: unknown): unknown;
  react(seller: SellerSide, i: number, event: FeatureEvent, value: unknown, draw: DrawFor): void;
}
