import { oneOf } from '../Parameter.js';

export const piiCheck = oneOf('piiCheck', ['off', 'warn', 'block'], {
  default: 'warn',
  description: 'personal data in messages: off, warn or block',
  label: 'personal-data check',
  rules: ['R21'],
});
