import { wholeNumberOrNull } from '../Parameter.js';

export const maxReRequests = wholeNumberOrNull('maxReRequests', {
  default: null,
  range: [0, 1000],
  unit: 'count',
  none: { means: 'unlimited', short: 'unlimited' },
  description: 're-requests allowed per claim',
  label: 're-requests allowed',
  rules: ['R13'],
  sweepable: true,
});
