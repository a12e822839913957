import type { Feature } from '../Feature.js';
import { reRequestMutants } from './mutants.js';
import { reRequestAfterCooldown } from './reRequestAfterCooldown.js';

/** R11–R13, R15: the seller re-requests a withdrawal on hold once every cooldown has ended, within the policy's limit. */
export const reRequest: Feature = {
  name: 'reRequest',
  rules: ['R11', 'R12', 'R13', 'R15'],
  docs: 'docs/rules.md#after-a-rejection-4-5',
  commands: { ReRequestWithdrawal: reRequestAfterCooldown },
  mutants: reRequestMutants,
};
