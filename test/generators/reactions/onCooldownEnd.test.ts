import { describe, expect, it } from 'vitest';
import { type ClaimEvent, makePolicy } from '../../../engine/index.js';
import { Seller } from '../../../generators/agents/Seller.js';
import { CompiledPopulation } from '../../../generators/population/CompiledPopulation.js';
import { parsePopulation } from '../../../generators/loadPopulation.js';
import { Purpose } from '../../../generators/random/Purpose.js';
import { Stream } from '../../../generators/random/Stream.js';
import { claimDraws } from '../../../generators/agents/ClaimDraws.js';
import { type ReactionEvent, dispatchReactions } from '../../../generators/reactions/dispatchReactions.js';
import { REACTIONS } from '../../../generators/reactions/index.js';
import { onCooldownEnd } from '../../../generators/reactions/onCooldownEnd.js';
import { BUYER, DAY, agentHarness, populationYaml } from '../agents/agentHarness.js';

const K = REACTIONS.indexOf(onCooldownEnd);
const UNDER = 0.49;
const OVER = 0.51;
const NOTICE = makePolicy({ notifyCooldownEnd: true });
const profile = (chance: string, max = 2) => `request: { probability: 1, delay: { constant: 0 } }
reRequest: { probability: 0, max: ${max}${chance} }`;

/**
 * Claim 0 requested and rejected (a 5-day cooldown), its seller's reactions listening to the
 * engine's events as the driver hands them; then the clock runs `days` on.
 */
function toldAfterRejection(options: { chance?: string; max?: number; draw?: number; rejections?: number; days?: number; policy?: typeof NOTICE }) {
  const h = agentHarness({
    seller: profile(options.chance ?? ', onCooldownEnd: 0.5', options.max),
    policy: options.policy ?? NOTICE,
    draws: { seller: { givesUp: () => OVER, reRequests: () => OVER, reactions: [() => options.draw ?? UNDER] } },
  });
  const seller = new Seller(h.ctx);
  const react = dispatchReactions(seller.side, h.ctx.draw.seller.reactions);
  const told: ClaimEvent[] = [];
  h.engine.subscribe((events) => {
    for (const e of events) {
      if (e.kind !== onCooldownEnd.event) continue;
      told.push(e);
      react(e as ReactionEvent);
    }
  });
  h.open();
  h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
  h.ctx.act({ kind: 'RejectWithdrawal', claim: 'C0', reason: 'no' });
  for (let j = 0; j < (options.rejections ?? 1); j++) seller.rejected(0, h.engine.now, null);
  h.engine.advanceTo(h.engine.now + (options.days ?? 10) * DAY);
  return { h, told };
}

describe('reRequest.onCooldownEnd: the seller told the cooldown ended (extension of R12/R15)', () => {
  it('re-requests at the notice when its draw falls under the chance, after the last rejection, not clean', () => {
    const { h, told } = toldAfterRejection({});
    expect(told).toHaveLength(1);
    expect(h.planned).toEqual([{ kind: 'reRequest', at: told[0]!.at, claim: 0, args: [0, false] }]);
  });

  it('does not when the draw is over the chance, nor when the field is absent (default 0)', () => {
    expect(toldAfterRejection({ draw: OVER }).h.planned).toEqual([]);
    const absent = toldAfterRejection({ chance: '', draw: 0 });
    expect(absent.told).toHaveLength(1);
    expect(absent.h.planned).toEqual([]);
  });

  it('keeps within reRequest.max: re-requests after rejection j only while j < max', () => {
    expect(toldAfterRejection({ rejections: 2, max: 2 }).h.planned.map((m) => m.args)).toEqual([[1, false]]);
    expect(toldAfterRejection({ rejections: 2, max: 1 }).h.planned).toEqual([]);
    expect(toldAfterRejection({ rejections: 1, max: 0 }).h.planned).toEqual([]);
  });

  it('is never told without the policy notifyCooldownEnd, so plans nothing', () => {
    const { h, told } = toldAfterRejection({ policy: makePolicy({}) });
    expect(told).toEqual([]);
    expect(h.planned).toEqual([]);
  });

  it('does nothing for a claim whose withdrawal is no longer on hold', () => {
    const h = agentHarness({ seller: profile(', onCooldownEnd: 1'), policy: NOTICE });
    const seller = new Seller(h.ctx);
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    h.ctx.act({ kind: 'RejectWithdrawal', claim: 'C0', reason: 'no' });
    seller.rejected(0, h.engine.now, null);
    h.ctx.act({ kind: 'CancelWithdrawal', claim: 'C0' });
    dispatchReactions(seller.side, h.ctx.draw.seller.reactions)({ kind: onCooldownEnd.event, at: h.engine.now, claim: 'C0' });
    expect(h.planned).toEqual([]);
  });

  it('draws from its own stream: after the first request\'s two draws of Purpose.request, one per rejection', () => {
    const draws = claimDraws(20240401).seller.reactions[K]!;
    for (const j of [0, 1, 5]) expect(draws(1234, j)).toBe(new Stream(20240401, 1234, Purpose.request).at(2 + j));
  });

  it('compiles to the profile\'s chance, 0 when absent, and leaves an absent field absent (the population hashes as before)', () => {
    const yaml = populationYaml(profile(', onCooldownEnd: 0.25'), BUYER).replace('  - name: seller', `  - name: plain\n    ${profile('').replace(/\n/g, '\n    ')}\n  - name: seller`);
    const population = parsePopulation(yaml, 'pop.yaml');
    expect(population.sellerProfiles.map((p) => p.reRequest.onCooldownEnd)).toEqual([undefined, 0.25]);
    expect(population.sellerProfiles[0]!.reRequest).not.toHaveProperty('onCooldownEnd');
    const pop = new CompiledPopulation(population, NOTICE, 1, 1);
    expect(pop.sellers.map((s) => s.reactions[K])).toEqual([0, 0.25]);
  });

  // The messages a population file gets, as before the reaction moved into its own file.
  it.each([
    ['1.5', 'sellerProfiles[0].reRequest.onCooldownEnd must be at most 1, got 1.5'],
    ['-0.1', 'sellerProfiles[0].reRequest.onCooldownEnd must be at least 0'],
    ['often', 'sellerProfiles[0].reRequest.onCooldownEnd must be a number, got "often"'],
  ])('refuses onCooldownEnd: %s at its file:line:column', (value, message) => {
    const yaml = populationYaml(profile(`, onCooldownEnd: ${value}`), BUYER);
    const lines = yaml.split('\n');
    const line = lines.findIndex((l) => l.includes(`onCooldownEnd: ${value}`));
    const column = lines[line]!.indexOf(`onCooldownEnd: ${value}`) + 'onCooldownEnd: '.length + 1;
    expect(() => parsePopulation(yaml, 'pop.yaml')).toThrow(`pop.yaml:${line + 1}:${column}: ${message}`);
  });

  it('suggests the field for a misspelt key in reRequest', () => {
    expect(() => parsePopulation(populationYaml(profile(', onCooldownEnds: 1'), BUYER), 'pop.yaml')).toThrow(
      /unknown key "onCooldownEnds" in sellerProfiles\[0\]\.reRequest \(did you mean "onCooldownEnd"\? known keys here: probability, from, delay, retryDelay, max, onCooldownEnd\)/,
    );
  });
});
