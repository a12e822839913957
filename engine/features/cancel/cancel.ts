import type { Feature } from '../Feature.js';
import { cancelEvolves } from './evolves.js';
import { cancelMutants } from './mutants.js';
import { decideCancel } from './cancelRules.js';

/** R14, R15: the seller cancels its own request; a cancellation cooldown starts. */
export const cancel: Feature = {
  name: 'cancel',
  rules: ['R14', 'R15'],
  docs: 'docs/rules.md#the-seller-cancels-its-own-request-3',
  commands: { CancelWithdrawal: decideCancel },
  evolves: cancelEvolves,
  mutants: cancelMutants,
};
