import { yesNo } from '../Parameter.js';

export const requireMessage = yesNo('requireMessage', {
  default: true,
  description: 'a request must carry a message',
  label: 'message required',
  rules: ['R4', 'R11'],
});
