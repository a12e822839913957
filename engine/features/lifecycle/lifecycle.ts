import type { Feature } from '../Feature.js';
import { lifecycleEvolves } from './evolves.js';
import { lifecycleMutants } from './mutants.js';
import { decideAdvance, decideOpenClaim, decidePlaceOrder } from './lifecycleRules.js';

/** R16–R18: orders are placed, claims opened and moved through their statuses; an open withdrawal lapses when its claim leaves the eligible statuses. */
export const lifecycle: Feature = {
  name: 'lifecycle',
  rules: ['R16', 'R17', 'R18'],
  docs: 'docs/rules.md#the-claim-moves-on-while-a-withdrawal-is-open-interpretation',
  commands: { PlaceOrder: decidePlaceOrder, OpenClaim: decideOpenClaim, AdvanceClaim: decideAdvance },
  evolves: lifecycleEvolves,
  mutants: lifecycleMutants,
};
