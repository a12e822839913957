import { wholeNumber } from '../Parameter.js';

export const cancellationCooldownDays = wholeNumber('cancellationCooldownDays', {
  default: 5,
  range: [0, 3650],
  unit: 'days',
  allowedNote: '0: none',
  description: 'days after a cancellation before a re-request',
  label: 'cooldown after a cancel',
  rules: ['R15'],
  sweepable: true,
  explore: { name: 'cancellationCooldown', words: 'cancellation cooldown', anchor: 'cancel' },
});
