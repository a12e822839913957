import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EventKind } from '../../../engine/index.js';
import { FEATURE_EVENT_SPECS, type FeatureEvent } from '../../../engine/features/vocabulary.js';
import type { FeatureClaimKind, SellerSide } from '../../../generators/reactions/Reaction.js';
import { type ReactionEvent, type ReactionKind, dispatchReactions, reactionDraws } from '../../../generators/reactions/dispatchReactions.js';
import { REACTIONS } from '../../../generators/reactions/index.js';
import { reactionShape } from '../../../generators/reactions/reactionFields.js';

const SCHEMA = JSON.parse(readFileSync('schemas/population.schema.json', 'utf8')) as { anyOf: [{ properties: { sellerProfiles: { items: { properties: Record<string, { properties: Record<string, unknown> }> } } } }] };
const sellerSections = SCHEMA.anyOf[0].properties.sellerProfiles.items.properties;

/** A seller side that records what a reaction asks of it. */
function recordingSide(): SellerSide & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    claims: { isHeld: () => true, withdrawal: () => 'on_hold' },
    now: () => 0,
    lastRejection: () => 0,
    maxReRequests: () => 1,
    reRequest: (at, i, j) => asked.push(`reRequest ${at} ${i} ${j}`),
    reactionValues: () => REACTIONS.map(() => 1),
  };
}

describe('the sellers\' reactions, registered by event kind (generators/reactions)', () => {
  it.each(REACTIONS.map((r) => [`${r.section}.${r.field}`, r] as const))('%s is a field of the population schema and of schemas/population.schema.json', (_path, r) => {
    expect(Object.keys(reactionShape(r.section))).toContain(r.field);
    expect(Object.keys(sellerSections[r.section]!.properties)).toContain(r.field);
  });

  it('each reaction has its own field and a description', () => {
    const paths = REACTIONS.map((r) => `${r.section}.${r.field}`);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of REACTIONS) expect(r.description.length).toBeGreaterThan(20);
  });

  it('hands an event to the reaction that registers its kind, for the claim the event names', () => {
    const side = recordingSide();
    const draws = reactionDraws(() => 0);
    const react = dispatchReactions(side, draws);
    for (const r of REACTIONS) react({ kind: r.event, at: 0, claim: 'C7' } as ReactionEvent);
    expect(side.asked.length).toBeGreaterThan(0);
    expect(side.asked.every((a) => a.endsWith(' 7 0'))).toBe(true);
  });

  it('ignores a feature\'s event that no reaction registers: the sellers do not react to it', () => {
    const side = recordingSide();
    const none = dispatchReactions(side, reactionDraws(() => 0, []), []);
    for (const kind of Object.keys(FEATURE_EVENT_SPECS)) expect(() => none({ kind, at: 0, claim: 'C1' } as FeatureEvent)).not.toThrow();
    expect(side.asked).toEqual([]);
    // The same events with the registry's reactions are taken (the test is not blind).
    const all = dispatchReactions(side, reactionDraws(() => 0));
    for (const r of REACTIONS) all({ kind: r.event, at: 0, claim: 'C1' } as ReactionEvent);
    expect(side.asked.length).toBe(REACTIONS.length);
  });

  it('throws for an event kind that is neither the engine\'s nor a feature\'s, and for an engine kind (the driver\'s switch takes those)', () => {
    for (const registry of [REACTIONS, []]) {
      const react = dispatchReactions(recordingSide(), reactionDraws(() => 0, registry), registry);
      expect(() => react({ kind: 'SellerNudged', at: 0, claim: 'C1' } as unknown as FeatureEvent)).toThrow(
        "event SellerNudged is neither the engine's nor a feature's (the driver's switch handles the engine's kinds; a feature lists its events in engine/features/vocabulary.ts)",
      );
      expect(() => react({ kind: 'MemoSent', at: 0, claim: 'C1' } as unknown as FeatureEvent)).toThrow("event MemoSent is neither the engine's nor a feature's");
    }
  });

  it('registers only features\' event kinds: a reaction to a kind the driver\'s switch handles does not compile', () => {
    expectTypeOf<ReactionKind>().toExtend<FeatureEvent['kind']>();
    expectTypeOf<FeatureClaimKind>().toExtend<FeatureEvent['kind']>();
    // @ts-expect-error an engine kind: the driver's switch handles it, so a reaction to it would never be called
    const engineKind: FeatureClaimKind = 'WithdrawalRejected' satisfies EventKind;
    const registered: readonly FeatureClaimKind[] = REACTIONS.map((r) => r.event);
    expect(engineKind).toBe('WithdrawalRejected');
    expect(registered).toHaveLength(REACTIONS.length);
    for (const r of REACTIONS) expect(Object.keys(FEATURE_EVENT_SPECS)).toContain(r.event);
  });
});
