import { oneOf } from '../Parameter.js';

export const inFlightDeadlines = oneOf('inFlightDeadlines', ['keep', 'retime'], {
  default: 'keep',
  optional: true,
  valueWords: { keep: 'keep their deadline', retime: 're-timed' },
  description: 'requests open at a change keep their deadline or are re-timed',
  label: 'requests open at a change',
  rules: ['R10a'],
  changes: 'inFlightDeadlines holds for the whole policy; set it beside changes, not inside one',
});
