import { DEFAULT_ELIGIBLE_STATUSES } from '../claimTypes.js';
import { statusList } from '../Parameter.js';

export const eligibleStatuses = statusList('eligibleStatuses', {
  default: DEFAULT_ELIGIBLE_STATUSES,
  description: 'the claim statuses a withdrawal may be requested in (non-terminal only)',
  label: 'eligible statuses',
  rules: ['R2', 'R16'],
  changes: 'eligibleStatuses cannot change within a policy (withdrawals open in a status no longer eligible would have no rule); run a separate policy instead',
});
