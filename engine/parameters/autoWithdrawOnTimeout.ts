import { yesNo } from '../Parameter.js';

export const autoWithdrawOnTimeout = yesNo('autoWithdrawOnTimeout', {
  default: true,
  description: 'true: silence withdraws the claim; false: the request lapses',
  label: 'withdraw when the buyer is silent',
  rules: ['R10'],
});
