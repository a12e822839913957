import { wholeNumber } from '../Parameter.js';

export const rejectionCooldownDays = wholeNumber('rejectionCooldownDays', {
  default: 5,
  range: [0, 3650],
  unit: 'days',
  allowedNote: '0: none',
  description: 'days after a rejection before a re-request',
  label: 'cooldown after a rejection',
  rules: ['R12'],
  sweepable: true,
  explore: { name: 'rejectionCooldown', words: 'rejection cooldown', anchor: 'rejection' },
});
