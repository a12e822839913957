import { oneOf } from '../Parameter.js';

export const inFlightCooldowns = oneOf('inFlightCooldowns', ['keep', 'recompute'], {
  default: 'keep',
  optional: true,
  valueWords: { keep: 'keep their end', recompute: 'recomputed' },
  description: 'cooldowns in force at a change keep their end or are recomputed',
  label: 'cooldowns running at a change',
  rules: ['R15a'],
  changes: 'inFlightCooldowns holds for the whole policy; set it beside changes, not inside one',
});
