import { describe, expect, it } from 'vitest';
import type { FeatureEvent } from '../../../engine/features/vocabulary.js';
import { claimDraws } from '../../../generators/agents/ClaimDraws.js';
import { Purpose } from '../../../generators/random/Purpose.js';
import { Stream } from '../../../generators/random/Stream.js';
import { drawUniform, streamKey } from '../../../generators/random/hash32.js';
import type { AnyReaction, SellerSide } from '../../../generators/reactions/Reaction.js';
import { dispatchReactions, reactionDraws } from '../../../generators/reactions/dispatchReactions.js';
import { REACTIONS } from '../../../generators/reactions/index.js';
import { reactionStream } from '../../../generators/reactions/reactionStream.js';

const SEED = 20240401;
const at = (purpose: number, i: number, k: number) => drawUniform(streamKey(SEED, i, purpose), k);
const CLAIMS = [0, 1, 7, 1234];
const DRAWS = [0, 1, 2, 5, 9];

/** The per-claim purposes of Purpose.ts (the per-seller ones, 101 on, key another index). */
const CLAIM_PURPOSES = Object.entries(Purpose).filter(([name, p]) => p < 100 && name !== 'reactions');

/** Every draw the named purposes make of claim i, slots 0 to 63, by value: where it comes from. */
function namedDraws(i: number): Map<number, string> {
  const seen = new Map<number, string>();
  for (const [name, p] of CLAIM_PURPOSES) for (let k = 0; k < 64; k++) seen.set(at(p, i, k), `${name} ${k}`);
  return seen;
}

describe('each reaction draws from a stream of its own, given by its place in the registry (reactionStream.ts)', () => {
  it('the first keeps the slots Purpose.request reserved for it: 2 + n, as the runs drew before', () => {
    const first = claimDraws(SEED).seller.reactions[0]!;
    for (const i of CLAIMS) for (const n of DRAWS) expect(first(i, n)).toBe(new Stream(SEED, i, Purpose.request).at(2 + n));
    expect(reactionStream(at, 0)(1234, 3)).toBe(first(1234, 3));
  });

  it('two reactions\' draws differ, and no later one\'s meets another stream of the claim', () => {
    const streams = [0, 1, 2, 3, 7].map((k) => reactionStream(at, k));
    for (const i of CLAIMS) {
      const named = namedDraws(i);
      const all = new Set<number>();
      streams.forEach((draw, k) => {
        for (const n of DRAWS) {
          const x = draw(i, n);
          all.add(x);
          // The first is request's slot 2 + n; every later one is no named draw at all.
          expect(named.get(x)).toBe(k === 0 ? `request ${2 + n}` : undefined);
        }
      });
      expect(all.size).toBe(streams.length * DRAWS.length);
    }
  });

  it('two reactions modelled on one another, registered together, draw different numbers for the same claim and rejection', () => {
    const seen: number[][] = [[], []];
    const recorder = (k: number): AnyReaction => ({ ...REACTIONS[0]!, react: (_s, i, _e, _v, draw) => void seen[k]!.push(draw(i, 0), draw(i, 1)) });
    const registry = [recorder(0), recorder(1)];
    const side = { reactionValues: () => [0, 0] } as unknown as SellerSide;
    const react = dispatchReactions(side, reactionDraws(at, registry), registry);
    for (const i of CLAIMS) react({ kind: registry[0]!.event, at: 0, claim: `C${i}` } as FeatureEvent);
    expect(seen[0]).toHaveLength(2 * CLAIMS.length);
    expect(seen[0]).toEqual(CLAIMS.flatMap((i) => [at(Purpose.request, i, 2), at(Purpose.request, i, 3)]));
    expect(seen[1]).toEqual(CLAIMS.flatMap((i) => [at(Purpose.reactions + 1, i, 0), at(Purpose.reactions + 1, i, 1)]));
    for (let d = 0; d < seen[0]!.length; d++) expect(seen[1]![d]).not.toBe(seen[0]![d]);
  });

  it('refuses a place that is not a whole number from 0', () => {
    expect(() => reactionStream(at, -1)).toThrow("a reaction's place is a whole number from 0, got -1");
    expect(() => reactionStream(at, 1.5)).toThrow("a reaction's place is a whole number from 0, got 1.5");
  });
});
