import { zoneName } from '../Parameter.js';

export const timezone = zoneName('timezone', {
  default: 'Asia/Tokyo',
  description: 'IANA time zone name: every date and day is counted in it',
  label: 'time zone',
  rules: [],
  changes: 'the time zone cannot change within a policy (every open window is counted in one zone); run a separate policy instead',
});
