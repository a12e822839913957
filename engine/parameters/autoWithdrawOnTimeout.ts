import { yesNo } from './Parameter.js';

export const autoWithdrawOnTimeout = yesNo('autoWithdrawOnTimeout', {
  default: true,
  description: 'silence withdraws the claim (true) or lets the request lapse (false)',
  label: 'withdraw when the buyer is silent',
  rules: ['R10'],
});
