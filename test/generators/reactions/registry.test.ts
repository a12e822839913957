import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SellerSide } from '../../../generators/reactions/Reaction.js';
import { type ReactionEvent, dispatchReactions, reactionDraws } from '../../../generators/reactions/dispatchReactions.js';
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

  it('throws for an event kind no reaction registers (the driver hands it only those)', () => {
    const react = dispatchReactions(recordingSide(), reactionDraws(() => 0));
    expect(() => react({ kind: 'MemoSent', at: 0, claim: 'C1' } as unknown as ReactionEvent)).toThrow('no reaction handles event MemoSent (register one in generators/reactions/index.ts)');
  });

  it('leaves each registered kind to the reactions: the driver\'s switch has no case for it, which would take it silently', () => {
    const driver = readFileSync('generators/run/ClaimDriver.ts', 'utf8');
    for (const r of REACTIONS) expect(driver).not.toContain(`case '${r.event}'`);
  });
});
