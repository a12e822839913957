import type { Feature } from '../Feature.js';
import { memoEvolves } from './evolves.js';
import { memoMutants } from './mutants.js';
import { decideMemo, decideSupport } from './memoRules.js';

/** R20, R3: memos between the parties of an order, and escalation to the support desk. */
export const memos: Feature = {
  name: 'memos',
  rules: ['R20', 'R3'],
  docs: 'docs/rules.md#memos-2-tip-box',
  commands: { SendMemo: decideMemo, ContactSupport: decideSupport },
  evolves: memoEvolves,
  mutants: memoMutants,
};
