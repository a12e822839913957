import type { Feature } from '../Feature.js';
import { answerEvolves } from './evolves.js';
import { answerMutants } from './mutants.js';
import { decideAccept, decideReject } from './answerRules.js';

/** R7–R9, R12: the buyer accepts (the claim is withdrawn) or rejects (the withdrawal is on hold; a rejection cooldown starts). */
export const answer: Feature = {
  name: 'answer',
  rules: ['R7', 'R8', 'R9', 'R12'],
  docs: 'docs/rules.md#the-buyers-answer-1-4',
  commands: { AcceptWithdrawal: decideAccept, RejectWithdrawal: decideReject },
  evolves: answerEvolves,
  mutants: answerMutants,
};
