import { wholeNumber } from '../Parameter.js';

export const delayThresholdDays = wholeNumber('delayThresholdDays', {
  default: 4,
  range: [1, 3650],
  unit: 'days',
  description: 'days before a claim counts as delayed',
  label: 'delay threshold',
  rules: ['R18'],
  sweepable: true,
  explore: { name: 'delayThreshold', words: 'delay threshold', anchor: 'receipt' },
});
