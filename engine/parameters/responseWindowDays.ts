import { wholeNumber } from '../Parameter.js';

export const responseWindowDays = wholeNumber('responseWindowDays', {
  default: 7,
  range: [1, 3650],
  unit: 'days',
  description: 'days the buyer has to answer a withdrawal request',
  label: 'answer window',
  rules: ['R6', 'R10', 'R11'],
  sweepable: true,
  explore: { name: 'responseWindow', words: 'response window', anchor: 'request' },
});
