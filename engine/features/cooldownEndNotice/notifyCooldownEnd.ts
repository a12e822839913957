import { yesNo } from '../../Parameter.js';

/** The switch of the cooldown-end notice (engine/features/cooldownEndNotice); off: absent from every policy that does not set it. */
export const notifyCooldownEnd = yesNo('notifyCooldownEnd', {
  default: false,
  optional: true,
  description: 'true: tell the seller at the instant the claim\'s last cooldown ends, while the claim is open and eligible',
  label: 'tell the seller when a cooldown ends',
  rules: ['R12 extension', 'R15 extension'],
  changes: 'notifyCooldownEnd holds for the whole policy (the notices armed at a rejection or cancellation follow it); set it beside changes, not inside one',
});
