import type { Feature } from '../Feature.js';
import { requestEvolves } from './evolves.js';
import { requestMutants } from './mutants.js';
import { decideRequest } from './requestRules.js';

/** R1, R2, R4–R6: the seller requests a withdrawal of an eligible claim, with a message; the buyer's deadline is counted from the request date. */
export const request: Feature = {
  name: 'request',
  rules: ['R6', 'R1', 'R2', 'R4', 'R5'],
  docs: 'docs/rules.md#requesting-a-withdrawal-1',
  commands: { RequestWithdrawal: decideRequest },
  evolves: requestEvolves,
  mutants: requestMutants,
};
