import { wholeNumberOrNull } from '../Parameter.js';

/** Checked against the window too (engine/Policy.ts, reminderProblem). */
export const reminderDaysBeforeDeadline = wholeNumberOrNull('reminderDaysBeforeDeadline', {
  default: null,
  range: [1, 3649],
  unit: 'days',
  none: { means: 'no reminder', short: 'none' },
  description: 'remind the buyer this many days before the deadline runs out (less than `responseWindowDays`)',
  label: 'reminder before the deadline',
  rules: ['R10 extension'],
});
