import { describe, expect, it } from 'vitest';
import { type Decide, FAULT_NAMES, type FaultName, decide, faultPolicy, withFault } from '../../engine/index.js';
import { advance, reRequest, reject, request } from './support/commands.js';
import { tokyo } from './support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from './support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const requested: GivenStep[] = [...claimOpenedAt(T0, 'return', 'returning'), [tokyo.at('2021-07-29T10:00'), request()]];

/** One rule specification per fault, written as in the rule tests; it must hold for the real rules. */
const SPECS: Record<FaultName, (rules: Decide) => void> = {
  'deadline-one-day-short': (rules) => {
    expect(given(requested, { decide: rules }).view().deadline).toBe('2021-08-04');
  },
  'rejection-cooldown-unenforced': (rules) => {
    given([...requested, [tokyo.at('2021-07-30'), reject()]], { decide: rules }).when(reRequest(), tokyo.endOf('2021-08-03')).thenRefuses('COOLDOWN_ACTIVE');
  },
  'timer-fires-early': (rules) => {
    const g = given(requested, { decide: rules });
    g.engine.advanceTo(tokyo.endOf('2021-08-04'));
    expect(g.view().withdrawal).toBe('requested');
  },
  'lapse-ignored': (rules) => {
    given(requested, { decide: rules }).when(advance('return_received'), tokyo.at('2021-07-30')).then([{ kind: 'ClaimAdvanced' }, { kind: 'WithdrawalLapsed' }]);
  },
  'kept-deadline-retimed': (rules) => {
    // R10a: the window becomes 10 days at 00:00 on 8/1; a request of 7/29 keeps its deadline 8/4.
    const g = given(requested, { decide: rules, policy: faultPolicy('kept-deadline-retimed') });
    g.engine.advanceTo(tokyo.endOf('2021-08-01'));
    expect(g.view().deadline).toBe('2021-08-04');
  },
};

describe('the rule specifications catch each named fault', () => {
  it.each(FAULT_NAMES)('%s: the specification holds for the real rules and fails for the mutant', (name) => {
    expect(() => SPECS[name](decide)).not.toThrow();
    expect(() => SPECS[name](withFault(name))).toThrow();
  });
});
