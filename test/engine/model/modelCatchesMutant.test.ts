import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decide, type StateView, decide } from '../../../engine/index.js';
import { MODEL_RUNS, MODEL_SEED, modelProperty } from './modelProperty.js';
import { SETTINGS } from './world.js';

/**
 * R15 broken: cooldowns do not add up. A cancellation's cooldown replaces the rejection's that
 * was still running, so a request is let through once the (shorter) cancellation cooldown ends.
 */
const cooldownsDoNotAddUp: Decide = (state, cmd, now, policy) => {
  if (cmd.kind !== 'RequestWithdrawal' && cmd.kind !== 'ReRequestWithdrawal') return decide(state, cmd, now, policy);
  const claim = state.claim(cmd.claim);
  if (!claim || claim.cancellationCooldownUntil === null) return decide(state, cmd, now, policy);
  const latestOnly: StateView = Object.assign(Object.create(state) as StateView, {
    claim: (id: string) => (id === claim.id ? { ...claim, rejectionCooldownUntil: null } : state.claim(id)),
  });
  return decide(latestOnly, cmd, now, policy);
};

describe('the model test is not blind to R15', () => {
  const addUp = SETTINGS.find((s) => s.policy.rejectionCooldownDays > s.policy.cancellationCooldownDays && s.policy.cancellationCooldownDays > 0)!;

  it('one setting lets a rejection cooldown outlast a cancellation one', () => {
    expect(addUp).toBeDefined();
  });

  it('its property fails on rules where cooldowns do not add up, shrunk to a reject, a cancel and a request', () => {
    // The model refuses with the rejection cooldown's end; the mutant with the cancellation's, or not at all.
    expect(() => fc.assert(modelProperty(addUp, cooldownsDoNotAddUp), { seed: MODEL_SEED, numRuns: MODEL_RUNS })).toThrow(
      /Counterexample: \[.*reject\(claim=(C\d).*cancel\(claim=\1.*request\(claim=\1/,
    );
  });

  it('and holds on the real rules (the failure above is the mutant’s)', () => {
    fc.assert(modelProperty(addUp), { seed: MODEL_SEED, numRuns: 20 });
  });
});
